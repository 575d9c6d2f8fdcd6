package org.pedcom.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.sql.DataSource;

import org.pedcom.adapters.jdbc.CommunityConflictException;
import org.pedcom.adapters.jdbc.Versioned;
import org.pedcom.community.CommunityId;
import org.pedcom.record.CommunityRecord;

/**
 * The JDBC work behind {@code JdbcCommunities}.
 *
 * <p>A save replaces the record whole: the first statement deletes the community row if, and only if, it still has
 * the expected version (the row lock it takes makes a second writer of the same community wait, then find nothing
 * and report a conflict); ON DELETE CASCADE removes every part and both packs; then all rows of the new version,
 * and its packs ({@link Packs}), are inserted in batches. One transaction: all of it or nothing.
 *
 * <p>Versions of one community identifier never repeat, so that a writer holding a removed incarnation cannot
 * mistake a new one for it: a removal records the version it removed ({@link Tables#REMOVED}, in its transaction),
 * and an addition of that identifier starts one above it.
 */
public final class RecordStore {

    private static final String CURRENT_VERSION = "SELECT version FROM pedcom_community WHERE id = ?";
    private static final String DELETE_VERSION = "DELETE FROM pedcom_community WHERE id = ? AND version = ?";
    private static final String FORGET_REMOVED = "DELETE FROM pedcom_community_removed WHERE community_id = ?";
    private static final String REMEMBER_REMOVED = Tables.REMOVED.insertSql();

    private final Transactions transactions;
    private final int chunk;

    /**
     * @param chunk how many records a bulk import inserts per batch and a sweep reads per round
     */
    public RecordStore(DataSource dataSource, int chunk) {
        this.transactions = new Transactions(dataSource);
        this.chunk = chunk;
    }

    public Optional<Versioned<CommunityRecord>> find(CommunityId id) {
        return transactions.read(Doing.reading(id), connection -> {
            Optional<Row> header = PartReader.header(connection, id.value());
            if (header.isEmpty()) {
                return Optional.empty();
            }
            CommunityRecord record = PartReader.records(connection, List.of(header.get())).get(0);
            return Optional.of(new Versioned<>(record, RecordAssembler.version(header.get())));
        });
    }

    public Versioned<CommunityRecord> add(CommunityRecord record) {
        CommunityId id = record.community().id();
        List<String> ids = List.of(id.value());
        RowBatches batches = new RowBatches();
        long version = transactions.write(Doing.adding(id), batches::currentTable, connection -> {
            if (currentVersion(connection, id).isPresent()) {
                throw CommunityConflictException.alreadyExists(id);
            }
            // Read after the check above, not before: a removal commits the deletion and its version together, so
            // a community already gone there has its version here.
            Map<String, Long> removed = removedVersions(connection, ids);
            long first = firstVersion(removed, id.value());
            Packs.write(record, first, batches);
            try {
                batches.insert(connection);
            } catch (SQLException e) {
                // Another writer added the same community after the check above.
                if (batches.currentTable() == Tables.COMMUNITY && Failures.isUniqueViolation(e)) {
                    throw CommunityConflictException.alreadyExists(id, e);
                }
                throw e;
            }
            noRemovalSince(connection, ids, removed);
            return first;
        });
        return new Versioned<>(record, version);
    }

    public Versioned<CommunityRecord> update(Versioned<CommunityRecord> changed) {
        CommunityRecord record = changed.value();
        CommunityId id = record.community().id();
        long expected = changed.version();
        RowBatches batches = new RowBatches();
        transactions.write(Doing.updating(id), batches::currentTable, connection -> {
            deleteVersion(connection, id, expected);
            Packs.write(record, expected + 1, batches);
            batches.insert(connection);
            return null;
        });
        return new Versioned<>(record, expected + 1);
    }

    public void remove(CommunityId id, long expectedVersion) {
        Table[] writing = {null};
        transactions.write(Doing.removing(id), () -> writing[0], connection -> {
            deleteVersion(connection, id, expectedVersion);
            // Only removals write this table, and the deleted row's lock keeps a second removal of this community
            // waiting until this one commits, after which it finds the row gone: nothing else touches this
            // identifier's row meanwhile. DELETE and INSERT, because MERGE (PostgreSQL 15+) and ON CONFLICT (not in
            // H2) are not portable.
            writing[0] = Tables.REMOVED;
            try (PreparedStatement forget = connection.prepareStatement(FORGET_REMOVED)) {
                forget.setString(1, id.value());
                forget.executeUpdate();
            }
            try (PreparedStatement remember = connection.prepareStatement(REMEMBER_REMOVED)) {
                remember.setString(1, id.value());
                remember.setLong(2, expectedVersion);
                remember.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes the community at {@code expected}, with every part, or reports the conflict. */
    private static void deleteVersion(Connection connection, CommunityId id, long expected) throws SQLException {
        int deleted;
        try (PreparedStatement statement = connection.prepareStatement(DELETE_VERSION)) {
            statement.setString(1, id.value());
            statement.setLong(2, expected);
            deleted = statement.executeUpdate();
        }
        if (deleted == 0) {
            OptionalLong actual = currentVersion(connection, id);
            throw actual.isPresent() ? CommunityConflictException.modified(id, actual.getAsLong(), expected)
                    : CommunityConflictException.removed(id, expected);
        }
    }

    /** The version a community added now starts at: one above the last it had, if it was removed, else 1. */
    private static long firstVersion(Map<String, Long> removed, String id) {
        return removed.getOrDefault(id, 0L) + 1;
    }

    /** The last version of each of {@code ids} that was removed; one query for all. */
    private static Map<String, Long> removedVersions(Connection connection, Collection<String> ids)
            throws SQLException {
        List<String> given = List.copyOf(ids);
        Map<String, Long> found = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT community_id, last_version FROM "
                + Tables.REMOVED.name() + " WHERE community_id IN ("
                + String.join(", ", Collections.nCopies(given.size(), "?")) + ")")) {
            for (int i = 0; i < given.size(); i++) {
                statement.setString(i + 1, given.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return found;
    }

    /**
     * Fails unless the removed versions of {@code ids} are still those read before the insert. Between that read and
     * the insert another writer may have added and removed one of them, recording a version this transaction is
     * about to reuse; once the community rows are inserted no other writer can, so a second read settles it.
     */
    private static void noRemovalSince(Connection connection, List<String> ids, Map<String, Long> before)
            throws SQLException {
        Map<String, Long> now = removedVersions(connection, ids);
        if (now.equals(before)) {
            return;
        }
        String first = ids.stream().filter(id -> !Objects.equals(now.get(id), before.get(id))).findFirst()
                .orElseThrow();
        throw CommunityConflictException.busy(CommunityId.of(first), null);
    }

    private static OptionalLong currentVersion(Connection connection, CommunityId id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CURRENT_VERSION)) {
            statement.setString(1, id.value());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    public long addAll(Iterable<CommunityRecord> records) {
        RowBatches batches = new RowBatches();
        try {
            return transactions.write(Doing.importing(), batches::currentTable, connection -> {
                long imported = 0;
                List<CommunityRecord> pending = new ArrayList<>(chunk);
                for (CommunityRecord record : records) {
                    if (record == null) {
                        throw new IllegalArgumentException("records[" + (imported + pending.size())
                                + "]: значение обязательно / is required");
                    }
                    pending.add(record);
                    if (pending.size() == chunk) {
                        imported += importChunk(connection, pending, batches);
                        pending.clear();
                    }
                }
                return imported + importChunk(connection, pending, batches);
            });
        } catch (Collision collision) {
            // The transaction is rolled back by now; see who won.
            List<String> existing;
            try {
                existing = transactions.read(Doing.importing(), connection -> existing(connection, collision.ids));
            } catch (RuntimeException e) {
                e.addSuppressed(collision);
                throw e;
            }
            CommunityId first = CommunityId.of(existing.isEmpty() ? collision.ids.get(0) : existing.get(0));
            throw existing.isEmpty() ? CommunityConflictException.busy(first, collision.getCause())
                    : CommunityConflictException.alreadyExists(first, collision.getCause());
        }
    }

    private static int importChunk(Connection connection, List<CommunityRecord> records, RowBatches batches)
            throws SQLException {
        if (records.isEmpty()) {
            return 0;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (CommunityRecord record : records) {
            if (!ids.add(record.community().id().value())) {
                throw CommunityConflictException.givenTwice(record.community().id());
            }
        }
        // Sees the chunks imported before this one too: they are in this transaction.
        List<String> existing = existing(connection, ids);
        if (!existing.isEmpty()) {
            throw CommunityConflictException.alreadyExists(CommunityId.of(existing.get(0)));
        }
        // After the check above, as in add; one query for the chunk.
        Map<String, Long> removed = removedVersions(connection, ids);
        for (CommunityRecord record : records) {
            Packs.write(record, firstVersion(removed, record.community().id().value()), batches);
        }
        try {
            batches.insert(connection);
        } catch (SQLException e) {
            if (batches.currentTable() == Tables.COMMUNITY && Failures.isUniqueViolation(e)) {
                throw new Collision(List.copyOf(ids), e);
            }
            throw e;
        }
        noRemovalSince(connection, List.copyOf(ids), removed);
        return records.size();
    }

    /** Which of {@code ids} are stored, in the order given. */
    private static List<String> existing(Connection connection, Collection<String> ids) throws SQLException {
        List<String> given = List.copyOf(ids);
        Set<String> found = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM pedcom_community WHERE id IN ("
                + String.join(", ", Collections.nCopies(given.size(), "?")) + ")")) {
            for (int i = 0; i < given.size(); i++) {
                statement.setString(i + 1, given.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return given.stream().filter(found::contains).toList();
    }

    /** Communities of a municipality of a region, or of the whole region when {@code municipality} is null. */
    public Stream<CommunityRecord> hostedIn(String region, String municipality) {
        String columns = Tables.COMMUNITY.columnList();
        Sweep sweep = municipality == null
                ? new Sweep(transactions, Doing.sweeping("региона '" + region + "'", "region '" + region + "'"),
                "SELECT " + columns + " FROM pedcom_community WHERE host_region = ? ORDER BY id", List.of(region),
                chunk)
                : new Sweep(transactions, Doing.sweeping("муниципалитета '" + municipality + "' (" + region + ")",
                "municipality '" + municipality + "' (" + region + ")"),
                "SELECT " + columns + " FROM pedcom_community WHERE host_region = ? AND host_municipality = ?"
                        + " ORDER BY id", List.of(region, municipality), chunk);
        return StreamSupport.stream(sweep, false).onClose(sweep::close);
    }

    /** Every stored community, in the order of their identifiers. */
    public Stream<CommunityRecord> every() {
        Sweep sweep = new Sweep(transactions, Doing.sweepingAll(),
                "SELECT " + Tables.COMMUNITY.columnList() + " FROM pedcom_community ORDER BY id", List.of(), chunk);
        return StreamSupport.stream(sweep, false).onClose(sweep::close);
    }

    /** How many communities are stored. */
    public long count() {
        return transactions.read(Doing.sweepingAll(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM pedcom_community");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A unique violation on the community rows of an import: another writer added one of {@code ids} meanwhile. */
    private static final class Collision extends RuntimeException {
        private final List<String> ids;

        Collision(List<String> ids, SQLException cause) {
            super("import collided with a concurrent addition", cause);
            this.ids = ids;
        }
    }
}
