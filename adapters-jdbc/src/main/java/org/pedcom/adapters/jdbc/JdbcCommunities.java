package org.pedcom.adapters.jdbc;

import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.pedcom.adapters.jdbc.internal.RecordStore;
import org.pedcom.community.CommunityId;
import org.pedcom.organisation.Territory;
import org.pedcom.record.CommunityRecord;

/**
 * «Дела сообществ в базе данных»: {@link Communities} over plain JDBC, on PostgreSQL 14 and newer or H2. Give it the
 * application's {@link DataSource} (a pool, preferably) whose database has the schema of {@link PedcomSchema}.
 *
 * <p>Every call takes a connection, does its work in one transaction and gives the connection back with its
 * settings as it found them; a sweep holds its connection until its stream is closed or read to the end. The object
 * is immutable and safe to share between threads.
 *
 * <pre>{@code
 * PedcomSchema.migrate(dataSource);
 * Communities communities = JdbcCommunities.over(dataSource);
 * Versioned<CommunityRecord> stored = communities.add(record);
 * communities.update(stored.map(r -> r.toBuilder().meeting(nextMeeting).build()));
 * }</pre>
 */
public final class JdbcCommunities implements Communities {

    /**
     * Records per bulk-import batch and per sweep round, unless told otherwise. Not larger, because a sweep holds two
     * rounds as rows and records: with community-years of ~400 rows, rounds of 500 kept 130–200 MiB alive and made a
     * 256 MiB heap collect five times as often, while rounds of 100 keep under 30 MiB.
     */
    public static final int DEFAULT_CHUNK = 100;

    private final DataSource dataSource;
    private final int chunk;
    private final RecordStore store;

    private JdbcCommunities(DataSource dataSource, int chunk) {
        this.dataSource = dataSource;
        this.chunk = chunk;
        this.store = new RecordStore(dataSource, chunk);
    }

    public static JdbcCommunities over(DataSource dataSource) {
        return new JdbcCommunities(required(dataSource, "dataSource"), DEFAULT_CHUNK);
    }

    /**
     * The same store with another chunk: how many records a bulk import inserts per batch and a sweep reads per
     * round (it holds two rounds in memory: the one consumed and the one read ahead). Larger chunks mean fewer round
     * trips and more memory.
     */
    public JdbcCommunities withChunk(int records) {
        if (records < 1 || records > 10_000) {
            throw new IllegalArgumentException("JdbcCommunities.chunk: значение " + records + " вне диапазона [1, 10000]"
                    + " / value " + records + " is outside [1, 10000]");
        }
        return new JdbcCommunities(dataSource, records);
    }

    public int chunk() {
        return chunk;
    }

    @Override
    public Optional<Versioned<CommunityRecord>> find(CommunityId id) {
        return store.find(required(id, "id"));
    }

    @Override
    public Versioned<CommunityRecord> add(CommunityRecord record) {
        return store.add(required(record, "record"));
    }

    @Override
    public Versioned<CommunityRecord> update(Versioned<CommunityRecord> changed) {
        return store.update(required(changed, "changed"));
    }

    @Override
    public void remove(CommunityId id, long expectedVersion) {
        required(id, "id");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("expectedVersion: версия должна быть не меньше 1, получено "
                    + expectedVersion + " / version must be 1 or more, got " + expectedVersion);
        }
        store.remove(id, expectedVersion);
    }

    @Override
    public long addAll(Iterable<CommunityRecord> records) {
        return store.addAll(required(records, "records"));
    }

    @Override
    public Stream<CommunityRecord> hostedIn(Territory municipality) {
        required(municipality, "municipality");
        return store.hostedIn(municipality.region(), municipality.municipality());
    }

    @Override
    public Stream<CommunityRecord> everyCommunity() {
        return store.every();
    }

    @Override
    public long count() {
        return store.count();
    }

    @Override
    public Stream<CommunityRecord> hostedInRegion(String region) {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region: пустое значение недопустимо / must not be blank");
        }
        return store.hostedIn(region, null);
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": значение обязательно / is required");
        }
        return value;
    }

    @Override
    public String toString() {
        return "JdbcCommunities[chunk=" + chunk + "]";
    }
}
