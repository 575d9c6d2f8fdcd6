package org.pedcom.adapters.jdbc.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.pedcom.adapters.jdbc.StorageException;
import org.pedcom.record.CommunityRecord;

/**
 * Reads the parts of several communities at once: their packs with two queries for the whole group, and for those
 * without packs one query per part table, so reading a hundred records costs as many round trips as reading one.
 */
final class PartReader {

    private PartReader() {
    }

    /** The header row of one community, if stored. */
    static Optional<Row> header(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Tables.COMMUNITY.selectSql(1))) {
            statement.setString(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(Jdbc.read(rs, Tables.COMMUNITY)) : Optional.empty();
            }
        }
    }

    /** The records of {@code headers}, in the same order. */
    static List<CommunityRecord> records(Connection connection, List<Row> headers) throws SQLException {
        Map<String, Map<Table, List<Row>>> parts = parts(connection, headers, () -> false);
        List<CommunityRecord> records = new ArrayList<>(headers.size());
        for (Row header : headers) {
            records.add(assemble(header, parts.getOrDefault(header.communityId(), Map.of())));
        }
        return records;
    }

    /**
     * The rows of every part table of the communities of {@code headers}, by community and table: from their packs
     * ({@link Packs}), and for those without packs that this version reads, from the part tables. Null if
     * {@code cancelled} turned true between two queries.
     */
    static Map<String, Map<Table, List<Row>>> parts(Connection connection, List<Row> headers,
                                                    BooleanSupplier cancelled) throws SQLException {
        if (headers.isEmpty()) {
            return new HashMap<>();
        }
        List<String> ids = new ArrayList<>(headers.size());
        for (Row header : headers) {
            ids.add(header.communityId());
        }
        Array array = connection.createArrayOf("VARCHAR", ids.toArray());
        Array unpacked = null;
        Map<String, Map<Table, List<Row>>> byCommunity;
        try {
            byCommunity = Packs.read(connection, array, ids.size(), cancelled);
            if (byCommunity != null && byCommunity.size() < ids.size()) {
                if (byCommunity.isEmpty()) {
                    unpacked = array;
                } else {
                    List<String> rest = new ArrayList<>(ids.size() - byCommunity.size());
                    for (String id : ids) {
                        if (!byCommunity.containsKey(id)) {
                            rest.add(id);
                        }
                    }
                    unpacked = connection.createArrayOf("VARCHAR", rest.toArray());
                }
                if (!partRows(connection, unpacked, byCommunity, cancelled)) {
                    byCommunity = null;
                }
            }
        } catch (SQLException | RuntimeException | Error e) {
            free(array, e);
            if (unpacked != null && unpacked != array) {
                free(unpacked, e);
            }
            throw e;
        }
        try {
            if (unpacked != null && unpacked != array) {
                unpacked.free();
            }
        } finally {
            array.free();
        }
        return byCommunity;
    }

    /**
     * Adds the rows of every part table of the communities of {@code ids} to {@code byCommunity}; false if
     * {@code cancelled} turned true between two queries.
     */
    private static boolean partRows(Connection connection, Array ids, Map<String, Map<Table, List<Row>>> byCommunity,
                                    BooleanSupplier cancelled) throws SQLException {
        for (Table table : Tables.PARTS) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            try (PreparedStatement statement = connection.prepareStatement(table.selectAnySql())) {
                statement.setArray(1, ids);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Jdbc.read(rs, table));
                    }
                }
                split(rows, table, byCommunity);
            }
        }
        return true;
    }

    /**
     * Hands each community its rows of {@code table} as a view of {@code rows}. They come sorted by community, so a
     * community's rows are one run: one view and one lookup per community, not a list grown row by row.
     */
    private static void split(List<Row> rows, Table table, Map<String, Map<Table, List<Row>>> byCommunity) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            String community = rows.get(start).communityId();
            if (i == rows.size() || !rows.get(i).communityId().equals(community)) {
                List<Row> run = rows.subList(start, i);
                List<Row> earlier = byCommunity.computeIfAbsent(community, id -> new HashMap<>()).putIfAbsent(table,
                        run);
                if (earlier != null) {
                    // Not sorted after all (a collation that separates equal identifiers?): still correct.
                    List<Row> joined = new ArrayList<>(earlier);
                    joined.addAll(run);
                    byCommunity.get(community).put(table, joined);
                }
                start = i;
            }
        }
    }

    private static void free(Array array, Throwable pending) {
        try {
            array.free();
        } catch (SQLException | RuntimeException e) {
            pending.addSuppressed(e);
        }
    }

    /** The record of {@code header}; the adapter's exception if its rows do not make one. */
    static CommunityRecord assemble(Row header, Map<Table, List<Row>> parts) {
        try {
            return RecordAssembler.assemble(header, parts);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            String id = header.communityId();
            throw new StorageException("Сохранённое дело сообщества '" + id + "' не удалось собрать: строки в базе"
                    + " противоречат друг другу или правилам предметной области / the stored record of community '"
                    + id + "' cannot be assembled: its rows contradict each other or the domain's rules", e);
        }
    }
}
