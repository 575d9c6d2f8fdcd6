package org.pedcom.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.adapters.jdbc.JdbcCommunities;
import org.pedcom.adapters.jdbc.PedcomSchema;
import org.pedcom.benchmarks.workload.Workloads;
import org.pedcom.record.CommunityRecord;

/**
 * The adapter's packed rows on records of every shape the workload generators make (the adapter's own tests cannot
 * reach the generators): stored through H2, every record read back from its packs equals the original, and equals
 * the record read from its part rows once the packs are deleted.
 */
class PackedRoundTripTest {

    private static final int RECORDS = 60;

    static Stream<String> profiles() {
        return Workloads.profileIds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyGeneratedCommunityYearReadsBackFromItsPacksAsSavedAndAsItsPartRowsGiveIt(String profileId)
            throws SQLException {
        List<CommunityRecord> records = Workloads.of(profileId).communityYears(2025, RECORDS);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:packed-" + profileId + ";DB_CLOSE_DELAY=-1");
        try {
            PedcomSchema.migrate(dataSource);
            JdbcCommunities communities = JdbcCommunities.over(dataSource).withChunk(25);
            assertThat(communities.addAll(records)).isEqualTo(RECORDS);

            List<CommunityRecord> packed = read(communities, records);
            try (Stream<CommunityRecord> sweep = communities.everyCommunity()) {
                assertThat(sweep.toList()).containsExactlyInAnyOrderElementsOf(records);
            }
            execute(dataSource, "DELETE FROM pedcom_community_packed", "DELETE FROM pedcom_personal_packed");
            List<CommunityRecord> unpacked = read(communities, records);

            for (int i = 0; i < RECORDS; i++) {
                assertThat(packed.get(i)).as("%s, record %d from its packs", profileId, i).isEqualTo(records.get(i))
                        .usingRecursiveComparison().isEqualTo(records.get(i));
                assertThat(unpacked.get(i)).as("%s, record %d from its part rows", profileId, i)
                        .usingRecursiveComparison().isEqualTo(packed.get(i));
            }
        } finally {
            execute(dataSource, "SHUTDOWN");
        }
    }

    private static List<CommunityRecord> read(JdbcCommunities communities, List<CommunityRecord> records) {
        return records.stream().map(r -> communities.find(r.community().id()).orElseThrow().value()).toList();
    }

    private static void execute(JdbcDataSource dataSource, String... sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }
}
