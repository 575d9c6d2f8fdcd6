package org.pedcom.adapters.jdbc.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.pedcom.adapters.jdbc.StorageException;
import org.pedcom.record.CommunityRecord;

/**
 * Packed rows («упакованные строки», schema V2): every save writes a record's part rows twice, into the part tables
 * (the queryable form, for portals' own SQL) and packed into one value per community ({@link PackCodec}) — two
 * values, in fact, so that personal data stays in tables of its own: {@link Tables#PERSONAL_PACKED} for the rows of
 * {@code pedcom_personal_*}, {@link Tables#COMMUNITY_PACKED} for the rest. Reads take the packs.
 *
 * <p>Why: a community-year is ~400 rows in 34 tables. Reading them as rows costs the server finding, sorting and
 * sending each one, and this JVM decoding each value of each row through the driver; a sweep of 100 000 records
 * spent ~21 s of CPU here and ~27.5 s in PostgreSQL. A pack is one value: two queries per chunk instead of 34, some
 * 8 KB decoded by index instead of 400 result-set rows.
 *
 * <p>Contract: a community's packs hold exactly the rows its part tables hold, because both are written from the
 * same rows ({@link #write}) in the same transaction, and a save replaces both. A community without its two packs,
 * or with a pack of a format or table layout this version does not know, is read from its part rows — records saved
 * before V2, and communities whose packs an operator deleted after editing part rows by hand (the escape hatch:
 * after editing part rows directly, DELETE the community's rows in both pack tables). A pack that does not parse is
 * a {@link StorageException} naming the community, never a silent fallback: it means the bytes were damaged.
 */
final class Packs {

    static final PackCodec COMMUNITY = new PackCodec(Tables.COMMUNITY_PACKED_PARTS);
    static final PackCodec PERSONAL = new PackCodec(Tables.PERSONAL_PARTS);

    private static final String SELECT = "SELECT community_id, format, pack FROM %s WHERE community_id = ANY (?)";
    private static final String SELECT_COMMUNITY = String.format(SELECT, Tables.COMMUNITY_PACKED.name());
    private static final String SELECT_PERSONAL = String.format(SELECT, Tables.PERSONAL_PACKED.name());

    private Packs() {
    }

    /** Sends every row of {@code record}, stored at {@code version}, to {@code rows}, then its two packs. */
    static void write(CommunityRecord record, long version, RowSink rows) {
        String id = record.community().id().value();
        PackCodec.Encoder community = COMMUNITY.encoder(id);
        PackCodec.Encoder personal = PERSONAL.encoder(id);
        RecordRows.write(record, version, (table, values) -> {
            rows.add(table, values);
            if (table != Tables.COMMUNITY) {
                (PERSONAL.holds(table) ? personal : community).add(table, values);
            }
        });
        // Written even when empty: a missing pack means "read the part rows", an empty one "there are none".
        rows.add(Tables.COMMUNITY_PACKED, id, PackCodec.FORMAT, community.toBytes());
        rows.add(Tables.PERSONAL_PACKED, id, PackCodec.FORMAT, personal.toBytes());
    }

    /**
     * The part rows of those communities of {@code ids} that have both packs in a format and layout this version
     * reads, by community and table; the others are absent. Null if {@code cancelled} turned true between the two
     * queries.
     *
     * @throws StorageException if a pack is corrupt
     */
    static Map<String, Map<Table, List<Row>>> read(Connection connection, Array ids, int expected,
                                                   BooleanSupplier cancelled) throws SQLException {
        Map<String, Map<Table, List<Row>>> found = new HashMap<>(2 * expected);
        try (PreparedStatement statement = connection.prepareStatement(SELECT_COMMUNITY)) {
            statement.setArray(1, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    decode(Tables.COMMUNITY_PACKED, COMMUNITY, id, rs.getInt(2), rs.getBytes(3))
                            .ifPresent(rows -> found.put(id, rows));
                }
            }
        }
        if (cancelled.getAsBoolean()) {
            return null;
        }
        if (found.isEmpty()) {
            return found;
        }
        Set<String> complete = new HashSet<>(2 * found.size());
        try (PreparedStatement statement = connection.prepareStatement(SELECT_PERSONAL)) {
            statement.setArray(1, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Map<Table, List<Row>> rows = found.get(id);
                    if (rows == null) {
                        // Its other pack is missing or unknown: read from the part rows, this pack unread.
                        continue;
                    }
                    Optional<Map<Table, List<Row>>> personal = decode(Tables.PERSONAL_PACKED, PERSONAL, id,
                            rs.getInt(2), rs.getBytes(3));
                    if (personal.isPresent()) {
                        rows.putAll(personal.get());
                        complete.add(id);
                    }
                }
            }
        }
        found.keySet().retainAll(complete);
        return found;
    }

    private static Optional<Map<Table, List<Row>>> decode(Table table, PackCodec codec, String id, int format,
                                                          byte[] pack) {
        if (format != PackCodec.FORMAT) {
            return Optional.empty();
        }
        try {
            return codec.decode(id, pack);
        } catch (PackCodec.Corrupt e) {
            throw new StorageException("Упакованные строки сообщества '" + id + "' в " + table.name()
                    + " повреждены: " + e.russian() + "; чтобы читать его строки частей, удалите его строки из"
                    + " pedcom_community_packed и pedcom_personal_packed / the packed rows of community '" + id
                    + "' in " + table.name() + " are corrupt: " + e.english() + "; to read its part rows instead,"
                    + " delete its rows from pedcom_community_packed and pedcom_personal_packed", e);
        }
    }
}
