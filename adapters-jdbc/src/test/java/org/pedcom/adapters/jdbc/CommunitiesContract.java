package org.pedcom.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.pedcom.adapters.jdbc.SampleRecords.RYAZAN;
import static org.pedcom.adapters.jdbc.SampleRecords.RYBNOE;
import static org.pedcom.adapters.jdbc.SampleRecords.SOBOLEVO;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.adapters.jdbc.internal.Table;
import org.pedcom.adapters.jdbc.internal.Tables;
import org.pedcom.adapters.jdbc.internal.V1Era;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.community.CommunityId;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.organisation.Territory;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;

/**
 * The suite every database runs: {@link H2CommunitiesTest} and {@link PostgresCommunitiesTest} only say which.
 * Each test gets a fresh database with the pedcom schema.
 */
abstract class CommunitiesContract {

    private TestDatabase.Database database;
    private Communities communities;

    abstract TestDatabase kind();

    @BeforeEach
    void freshDatabase() {
        database = kind().create();
        communities = JdbcCommunities.over(database.dataSource());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    // --- round trip ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.pedcom.adapters.jdbc.SampleRecords#samples")
    void readsBackEverySampleRecordExactlyAsSaved(CommunityRecord sample) {
        Versioned<CommunityRecord> added = communities.add(sample);
        Versioned<CommunityRecord> found = communities.find(sample.community().id()).orElseThrow();

        assertThat(found).isEqualTo(added);
        assertThat(found.value()).isEqualTo(sample);
        // Records of open vocabularies are equal by code alone; compare field by field so titles are checked too.
        assertThat(found.value()).usingRecursiveComparison().isEqualTo(sample);
        assertThat(found.version()).isEqualTo(1);

        Versioned<CommunityRecord> updated = communities.update(found);
        assertThat(communities.find(sample.community().id())).contains(updated);
        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void findsNothingForACommunityNeverStored() {
        assertThat(communities.find(CommunityId.of("nowhere"))).isEmpty();
    }

    @Test
    void storesSeveralCommunitiesSideBySideWithoutMixingTheirParts() {
        CommunityRecord a = SampleRecords.everyPart();
        CommunityRecord b = SampleRecords.renamed(SampleRecords.everyPart(), "pps-copy");
        communities.add(a);
        communities.add(b);
        communities.update(communities.find(b.community().id()).orElseThrow()
                .map(r -> SampleRecords.withMeeting(r, "m-extra", LocalDate.of(2025, 3, 3))));

        assertThat(communities.find(a.community().id()).orElseThrow().value()).isEqualTo(a);
        assertThat(communities.find(b.community().id()).orElseThrow().value().meetings())
                .hasSize(a.meetings().size() + 1);
    }

    // --- packed rows ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.pedcom.adapters.jdbc.SampleRecords#samples")
    void readsEverySampleRecordTheSameFromItsPacksAsFromItsPartRows(CommunityRecord sample) {
        communities.add(sample);
        assertThat(packCount(COMMUNITY_PACKED)).isEqualTo(1);
        assertThat(packCount(PERSONAL_PACKED)).isEqualTo(1);
        Versioned<CommunityRecord> packed = communities.find(sample.community().id()).orElseThrow();

        deletePacks(sample.community().id().value());
        Versioned<CommunityRecord> unpacked = communities.find(sample.community().id()).orElseThrow();

        assertThat(unpacked).isEqualTo(packed).isEqualTo(new Versioned<>(sample, 1));
        assertThat(unpacked.value()).usingRecursiveComparison().isEqualTo(packed.value());
        assertThat(packed.value()).usingRecursiveComparison().isEqualTo(sample);
    }

    @Test
    void everySaveWritesBothPacksOfItsRecordAndAnUpdateReplacesThem() {
        CommunityRecord record = SampleRecords.everyPart();
        Versioned<CommunityRecord> added = communities.add(record);
        byte[] first = pack(COMMUNITY_PACKED, record.community().id().value());

        Versioned<CommunityRecord> updated = communities.update(added.map(r -> SampleRecords.withMeeting(r, "m-new",
                LocalDate.of(2025, 3, 3))));

        assertThat(packCount(COMMUNITY_PACKED)).isEqualTo(1);
        assertThat(packCount(PERSONAL_PACKED)).isEqualTo(1);
        assertThat(pack(COMMUNITY_PACKED, record.community().id().value())).isNotEqualTo(first);
        assertThat(communities.find(record.community().id())).contains(updated);
        communities.remove(record.community().id(), 2);
        assertThat(packCount(COMMUNITY_PACKED) + packCount(PERSONAL_PACKED)).isZero();
    }

    @Test
    void communitiesWithoutBothPacksAreReadFromTheirPartRowsByFindAndBySweeps() {
        List<CommunityRecord> records = IntStream.rangeClosed(1, 25).mapToObj(n -> SampleRecords.generated("d-", n,
                RYBNOE)).toList();
        communities.addAll(records);
        // Every third without packs, and one each with only one of its two.
        for (int n = 3; n <= 25; n += 3) {
            deletePacks(String.format("d-%06d", n));
        }
        execute("DELETE FROM " + COMMUNITY_PACKED + " WHERE community_id = 'd-000005'");
        execute("DELETE FROM " + PERSONAL_PACKED + " WHERE community_id = 'd-000011'");

        for (CommunityRecord record : records) {
            assertThat(communities.find(record.community().id()).orElseThrow().value()).isEqualTo(record);
        }
        try (Stream<CommunityRecord> sweep = JdbcCommunities.over(database.dataSource()).withChunk(10)
                .hostedIn(RYBNOE)) {
            assertThat(sweep.toList()).usingRecursiveFieldByFieldElementComparator().isEqualTo(records);
        }
    }

    @Test
    void aPackOfAFormatOrTableLayoutThisVersionDoesNotKnowIsPassedOverForThePartRows() {
        List<CommunityRecord> records = IntStream.rangeClosed(1, 12).mapToObj(n -> SampleRecords.generated("d-", n,
                RYBNOE)).toList();
        communities.addAll(records);
        execute("UPDATE " + COMMUNITY_PACKED + " SET format = 2 WHERE community_id = 'd-000002'");
        execute("UPDATE " + PERSONAL_PACKED + " SET format = 99 WHERE community_id = 'd-000007'");
        // Format 1, but written for a layout with a table this version lacks: no strings, one section, no rows.
        byte[] future = "\0\1\u0013pedcom_future_table\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        setPack(COMMUNITY_PACKED, "d-000010", future);

        assertThat(communities.find(CommunityId.of("d-000002")).orElseThrow().value()).isEqualTo(records.get(1));
        assertThat(communities.find(CommunityId.of("d-000007")).orElseThrow().value()).isEqualTo(records.get(6));
        assertThat(communities.find(CommunityId.of("d-000010")).orElseThrow().value()).isEqualTo(records.get(9));
        try (Stream<CommunityRecord> sweep = JdbcCommunities.over(database.dataSource()).withChunk(5)
                .hostedIn(RYBNOE)) {
            assertThat(sweep.toList()).isEqualTo(records);
        }
    }

    @Test
    void afterPartRowsAreEditedByHandDeletingTheCommunitysPacksMakesTheEditVisible() {
        CommunityRecord record = SampleRecords.everyPart();
        communities.add(record);
        String id = record.community().id().value();
        String first = record.meetings().get(0).topic();
        execute("UPDATE pedcom_meeting SET topic = 'Исправлено вручную' WHERE community_id = '" + id + "' AND ord = 0");

        // The packs still hold the rows as saved: the documented escape hatch is to delete them.
        assertThat(communities.find(record.community().id()).orElseThrow().value().meetings().get(0).topic())
                .isEqualTo(first);
        deletePacks(id);
        assertThat(communities.find(record.community().id()).orElseThrow().value().meetings().get(0).topic())
                .isEqualTo("Исправлено вручную");
    }

    @Test
    void aCorruptPackIsAStorageExceptionThatNamesTheCommunityAndWhatIsWrongNotAFallback() {
        CommunityRecord record = SampleRecords.everyPart();
        communities.add(record);
        String id = record.community().id().value();
        byte[] pack = pack(PERSONAL_PACKED, id);
        setPack(PERSONAL_PACKED, id, java.util.Arrays.copyOf(pack, pack.length / 2));

        StorageException failure = catchThrowableOfType(StorageException.class,
                () -> communities.find(record.community().id()));

        assertThat(failure).isExactlyInstanceOf(StorageException.class)
                .hasMessageStartingWith("Упакованные строки сообщества 'pps-rybnoe-primary' в pedcom_personal_packed"
                        + " повреждены: обрыв")
                .hasMessageContaining("/ the packed rows of community 'pps-rybnoe-primary' in pedcom_personal_packed"
                        + " are corrupt: truncated")
                .hasMessageContaining("delete its rows from pedcom_community_packed and pedcom_personal_packed");
        assertNoPersonalData(failure, record);

        deletePacks(id);
        assertThat(communities.find(record.community().id()).orElseThrow().value()).isEqualTo(record);
    }

    @Test
    void aCorruptPackFailsASweepAfterEveryRecordBeforeItsChunk() {
        communities.addAll(generate("d-", 1, 25, RYBNOE));
        byte[] pack = pack(COMMUNITY_PACKED, "d-000015");
        byte[] damaged = java.util.Arrays.copyOf(pack, pack.length + 1);
        setPack(COMMUNITY_PACKED, "d-000015", damaged);
        List<String> seen = new ArrayList<>();

        try (Stream<CommunityRecord> sweep = JdbcCommunities.over(database.dataSource()).withChunk(10)
                .hostedIn(RYBNOE)) {
            assertThatThrownBy(() -> sweep.forEach(r -> seen.add(r.community().id().value())))
                    .isExactlyInstanceOf(StorageException.class).hasMessageContaining("'d-000015'")
                    .hasMessageContaining("1 bytes after the last section");
        }

        assertThat(seen).containsExactlyElementsOf(ids("d-", 1, 10));
        assertThat(sweepThreads()).isZero();
    }

    // --- optimistic locking --------------------------------------------------------------------------------------

    @Test
    void rejectsAddingACommunityThatIsAlreadyStored() {
        CommunityRecord record = SampleRecords.everyPart();
        communities.add(record);

        CommunityConflictException conflict = catchThrowableOfType(CommunityConflictException.class,
                () -> communities.add(SampleRecords.renamed(SampleRecords.bareMethodicalAssociation(),
                        record.community().id().value())));

        assertThat(conflict.community()).isEqualTo(record.community().id());
        assertThat(conflict).hasMessage("Сообщество 'pps-rybnoe-primary' уже есть в хранилище / community"
                + " 'pps-rybnoe-primary' already exists");
        assertThat(communities.find(record.community().id())).contains(new Versioned<>(record, 1));
    }

    @Test
    void rejectsSecondWriterOfTheSameVersion() {
        CommunityRecord record = SampleRecords.everyPart();
        communities.add(record);
        Versioned<CommunityRecord> first = communities.find(record.community().id()).orElseThrow();
        Versioned<CommunityRecord> second = communities.find(record.community().id()).orElseThrow();

        Versioned<CommunityRecord> saved = communities.update(
                first.map(r -> SampleRecords.withMeeting(r, "m-first", LocalDate.of(2025, 3, 1))));
        CommunityConflictException conflict = catchThrowableOfType(CommunityConflictException.class,
                () -> communities.update(second.map(r -> SampleRecords.withMeeting(r, "m-second",
                        LocalDate.of(2025, 3, 2)))));

        assertThat(conflict).hasMessage("Сообщество 'pps-rybnoe-primary' изменено другим пользователем (версия 2,"
                + " ожидалась 1) / community 'pps-rybnoe-primary' was modified concurrently (version 2, expected 1)");
        assertThat(conflict.expectedVersion()).hasValue(1);
        assertThat(conflict.actualVersion()).hasValue(2);
        assertThat(communities.find(record.community().id())).contains(saved);
    }

    @Test
    void exactlyOneOfTwoConcurrentWritersWinsEveryTime() throws Exception {
        CommunityRecord record = SampleRecords.everyPart();
        communities.add(record);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 5; round++) {
                Versioned<CommunityRecord> loaded = communities.find(record.community().id()).orElseThrow();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Versioned<CommunityRecord>>> results = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    String meeting = "m-round-" + round + "-writer-" + writer;
                    Versioned<CommunityRecord> changed = loaded.map(r -> SampleRecords.withMeeting(r, meeting,
                            LocalDate.of(2025, 4, 1)));
                    // Each writer its own store, so each its own connection.
                    Communities own = JdbcCommunities.over(database.dataSource());
                    results.add(writers.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return own.update(changed);
                    }));
                }
                List<Versioned<CommunityRecord>> winners = new ArrayList<>();
                List<Throwable> losers = new ArrayList<>();
                for (Future<Versioned<CommunityRecord>> result : results) {
                    try {
                        winners.add(result.get(30, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        losers.add(e.getCause());
                    }
                }

                assertThat(winners).as("round %d", round).hasSize(1);
                assertThat(losers).as("round %d", round).singleElement()
                        .isInstanceOfSatisfying(CommunityConflictException.class,
                                c -> assertThat(c.community()).isEqualTo(record.community().id()));
                assertThat(communities.find(record.community().id())).contains(winners.get(0));
                assertThat(winners.get(0).version()).isEqualTo(loaded.version() + 1);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void aWriterHeldUpByAnotherGetsAConflictOnceTheOtherCommits() throws Exception {
        CommunityRecord record = SampleRecords.everyPart();
        communities.add(record);
        Versioned<CommunityRecord> loaded = communities.find(record.community().id()).orElseThrow();
        CountDownLatch firstHoldsTheRow = new CountDownLatch(1);
        CountDownLatch secondIsDeleting = new CountDownLatch(1);
        // The first writer stops right after its version check, holding the community row, until the second
        // writer runs into that row.
        WatchedDataSource first = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
            if (n == 2) {
                firstHoldsTheRow.countDown();
                await(secondIsDeleting);
                pause(300);
            }
        });
        WatchedDataSource second = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
            if (sql.startsWith("DELETE")) {
                secondIsDeleting.countDown();
            }
        });
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            Future<Versioned<CommunityRecord>> winner = writers.submit(() -> JdbcCommunities.over(first)
                    .update(loaded.map(r -> SampleRecords.withMeeting(r, "m-first", LocalDate.of(2025, 3, 1)))));
            Future<Versioned<CommunityRecord>> loser = writers.submit(() -> {
                await(firstHoldsTheRow);
                return JdbcCommunities.over(second).update(loaded.map(r -> SampleRecords.withMeeting(r, "m-second",
                        LocalDate.of(2025, 3, 2))));
            });

            Versioned<CommunityRecord> saved = winner.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> loser.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(CommunityConflictException.class, c -> {
                        assertThat(c.community()).isEqualTo(record.community().id());
                        assertThat(c.getMessage()).contains("'pps-rybnoe-primary'");
                    });
            assertThat(communities.find(record.community().id())).contains(saved);
            assertThat(first.openConnections()).isZero();
            assertThat(second.openConnections()).isZero();
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void updatingOrRemovingACommunityThatIsGoneIsAConflict() {
        CommunityRecord record = SampleRecords.everyPart();
        Versioned<CommunityRecord> stored = communities.add(record);
        communities.remove(record.community().id(), 1);

        assertThatThrownBy(() -> communities.update(stored)).isInstanceOf(CommunityConflictException.class)
                .hasMessageContaining("не найдено").hasMessageContaining("is not stored");
        assertThatThrownBy(() -> communities.remove(record.community().id(), 1))
                .isInstanceOf(CommunityConflictException.class);
    }

    @Test
    void removingACommunityDeletesEveryPartOfItsRecordAndNothingElse() throws SQLException {
        CommunityRecord kept = SampleRecords.renamed(SampleRecords.everyPart(), "pps-kept");
        communities.add(kept);
        Map<Table, Long> before = rowCounts();
        communities.add(SampleRecords.everyPart());

        assertThatThrownBy(() -> communities.remove(SampleRecords.everyPart().community().id(), 2))
                .isInstanceOf(CommunityConflictException.class);
        communities.remove(SampleRecords.everyPart().community().id(), 1);

        // Every row of the record is gone; what stays is the version it had, so that it is never reused.
        before.merge(Tables.REMOVED, 1L, Long::sum);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(removedVersions()).containsExactly(entry("pps-rybnoe-primary", 1L));
        assertThat(communities.find(kept.community().id()).orElseThrow().value()).isEqualTo(kept);
    }

    // --- versions after removal (no ABA) -----------------------------------------------------------------------

    @Test
    void aCommunityAddedAgainAfterItsRemovalStartsOneAboveItsLastVersion() {
        CommunityRecord record = SampleRecords.everyPart();
        CommunityId id = record.community().id();
        Versioned<CommunityRecord> stored = communities.add(record);
        stored = communities.update(stored.map(r -> SampleRecords.withMeeting(r, "m-2", LocalDate.of(2025, 3, 1))));
        stored = communities.update(stored.map(r -> SampleRecords.withMeeting(r, "m-3", LocalDate.of(2025, 3, 2))));
        communities.remove(id, 3);

        CommunityRecord again = SampleRecords.renamed(SampleRecords.bareMethodicalAssociation(), id.value());
        Versioned<CommunityRecord> added = communities.add(again);

        assertThat(added).isEqualTo(new Versioned<>(again, 4));
        assertThat(communities.find(id)).contains(added);
        assertThat(communities.update(added).version()).isEqualTo(5);
    }

    @Test
    void aWriterOfTheRemovedRecordGetsAConflictAndTheRecordAddedAgainStaysAsItIs() {
        CommunityRecord record = SampleRecords.everyPart();
        CommunityId id = record.community().id();
        communities.add(record);
        // Loaded before the removal, saved after the community was added again: the lost update this prevents.
        Versioned<CommunityRecord> stale = communities.find(id).orElseThrow();
        communities.remove(id, 1);
        CommunityRecord again = SampleRecords.renamed(SampleRecords.bareMethodicalAssociation(), id.value());
        Versioned<CommunityRecord> added = communities.add(again);

        CommunityConflictException conflict = catchThrowableOfType(CommunityConflictException.class,
                () -> communities.update(stale.map(r -> SampleRecords.withMeeting(r, "m-stale",
                        LocalDate.of(2025, 3, 1)))));

        assertThat(conflict).hasMessage("Сообщество 'pps-rybnoe-primary' изменено другим пользователем (версия 2,"
                + " ожидалась 1) / community 'pps-rybnoe-primary' was modified concurrently (version 2, expected 1)");
        assertThat(conflict.expectedVersion()).hasValue(1);
        assertThat(conflict.actualVersion()).hasValue(2);
        assertThatThrownBy(() -> communities.remove(id, stale.version()))
                .isInstanceOf(CommunityConflictException.class);
        assertThat(communities.find(id)).contains(added).contains(new Versioned<>(again, 2));
        assertThat(communities.find(id).orElseThrow().value()).usingRecursiveComparison().isEqualTo(again);
    }

    @Test
    void versionsOfOneIdentifierStrictlyIncreaseThroughAddRemoveAddRemoveAdd() {
        CommunityRecord record = SampleRecords.everyPart();
        CommunityId id = record.community().id();
        List<Long> versions = new ArrayList<>();
        List<Versioned<CommunityRecord>> stale = new ArrayList<>();

        for (int incarnation = 1; incarnation <= 3; incarnation++) {
            Versioned<CommunityRecord> stored = communities.add(incarnation % 2 == 1 ? record
                    : SampleRecords.renamed(SampleRecords.bareMethodicalAssociation(), id.value()));
            versions.add(stored.version());
            stale.add(stored);
            if (incarnation == 2) {
                stored = communities.update(stored.map(r -> SampleRecords.withMeeting(r, "m-update",
                        LocalDate.of(2025, 3, 1))));
                versions.add(stored.version());
                stale.add(stored);
            }
            if (incarnation < 3) {
                communities.remove(id, stored.version());
                assertThat(removedVersions()).containsExactly(entry(id.value(), stored.version()));
            }
        }

        assertThat(versions).containsExactly(1L, 2L, 3L, 4L);
        Versioned<CommunityRecord> current = stale.remove(stale.size() - 1);
        for (Versioned<CommunityRecord> old : stale) {
            assertThatThrownBy(() -> communities.update(old)).as("version %d", old.version())
                    .isInstanceOf(CommunityConflictException.class);
        }
        assertThat(communities.find(id)).contains(current);
    }

    @Test
    void anImportStartsPreviouslyRemovedCommunitiesAboveTheirLastVersionLookingThemUpOncePerChunk() {
        communities.addAll(generate("d-", 1, 25, RYBNOE));
        communities.update(communities.update(communities.find(CommunityId.of("d-000002")).orElseThrow()));
        for (int n = 1; n <= 25; n++) {
            CommunityId id = CommunityId.of(String.format("d-%06d", n));
            communities.remove(id, n == 2 ? 3 : 1);
        }
        communities.add(SampleRecords.generated("d-", 17, RYBNOE));
        communities.remove(CommunityId.of("d-000017"), 2);
        AtomicInteger lookups = new AtomicInteger();
        WatchedDataSource watched = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
            if (sql.contains("FROM pedcom_community_removed")) {
                lookups.incrementAndGet();
            }
        });

        // Previously removed d-1 … d-25 and never stored d-26 … d-30, in chunks of 10.
        assertThat(JdbcCommunities.over(watched).withChunk(10).addAll(generate("d-", 1, 30, RYBNOE)))
                .isEqualTo(30);

        for (int n = 1; n <= 30; n++) {
            CommunityRecord record = SampleRecords.generated("d-", n, RYBNOE);
            long expected = n == 2 ? 4 : n == 17 ? 3 : n <= 25 ? 2 : 1;
            assertThat(communities.find(record.community().id())).as("d-%06d", n)
                    .contains(new Versioned<>(record, expected));
        }
        // Per chunk of ten, a look-up before the insert and one after it (see the race below), not one per record.
        assertThat(lookups.get()).isEqualTo(2 * 3);
    }

    @Test
    void aRemovalThatFailsHalfwayLeavesTheRecordAndTheRemovedVersionsAsTheyWere() {
        CommunityRecord record = SampleRecords.everyPart();
        CommunityId id = record.community().id();
        communities.add(record);
        communities.remove(id, 1);
        Versioned<CommunityRecord> stored = communities.update(communities.add(record));
        assertThat(stored.version()).isEqualTo(3);
        assertThat(removedVersions()).containsExactly(entry(id.value(), 1L));

        assertThatThrownBy(() -> communities.remove(id, 2)).isInstanceOf(CommunityConflictException.class);
        assertThat(removedVersions()).containsExactly(entry(id.value(), 1L));

        // Before the community's deletion, before the old version's, before the new version's insert, at commit.
        for (int dropAt = 1; dropAt <= 4; dropAt++) {
            int at = dropAt;
            WatchedDataSource dropping = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
                if (n == at) {
                    kind().dropConnection(real);
                }
            });

            assertThatThrownBy(() -> JdbcCommunities.over(dropping).remove(id, 3)).as("dropped at %d", at)
                    .isInstanceOf(StorageUnavailableException.class).hasCauseInstanceOf(SQLException.class);

            assertThat(dropping.openConnections()).isZero();
            assertThat(communities.find(id)).as("after a drop at %d", at).contains(stored);
            assertThat(removedVersions()).as("after a drop at %d", at).containsExactly(entry(id.value(), 1L));
        }
        communities.remove(id, 3);
        assertThat(removedVersions()).containsExactly(entry(id.value(), 3L));
        assertThat(communities.add(record).version()).isEqualTo(4);
    }

    @Test
    void anImportThatFailsLeavesTheRemovedVersionsAsTheyWere() {
        communities.add(SampleRecords.generated("d-", 2, RYBNOE));
        communities.remove(CommunityId.of("d-000002"), 1);
        communities.add(SampleRecords.generated("d-", 2, RYBNOE));
        communities.remove(CommunityId.of("d-000002"), 2);
        communities.add(SampleRecords.generated("d-", 12, RYBNOE));
        Map<String, Long> before = removedVersions();
        List<CommunityRecord> batch = IntStream.rangeClosed(2, 12).mapToObj(n -> SampleRecords.generated("d-", n,
                RYBNOE)).toList();

        // d-000002 goes in with the first chunk; the second chunk names d-000012, which is stored.
        CommunityConflictException conflict = catchThrowableOfType(CommunityConflictException.class,
                () -> JdbcCommunities.over(database.dataSource()).withChunk(5).addAll(batch));

        assertThat(conflict.community()).isEqualTo(CommunityId.of("d-000012"));
        assertThat(communities.find(CommunityId.of("d-000002"))).isEmpty();
        assertThat(removedVersions()).isEqualTo(before).containsExactly(entry("d-000002", 2L));
        assertThat(communities.addAll(batch.subList(0, batch.size() - 1))).isEqualTo(10);
        assertThat(communities.find(CommunityId.of("d-000002")).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void anAdditionThatAnotherWriterAddedAndRemovedMeanwhileIsAConflictNotAReusedVersion() {
        CommunityRecord record = SampleRecords.everyPart();
        CommunityId id = record.community().id();
        AtomicInteger raced = new AtomicInteger();
        // Between the adder's look-ups and its insert, another writer adds the community and removes it again.
        WatchedDataSource racing = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
            if (sql.startsWith("INSERT INTO pedcom_community (") && raced.getAndIncrement() == 0) {
                communities.add(SampleRecords.renamed(SampleRecords.bareMethodicalAssociation(), id.value()));
                communities.remove(id, 1);
            }
        });

        CommunityConflictException conflict = catchThrowableOfType(CommunityConflictException.class,
                () -> JdbcCommunities.over(racing).add(record));

        assertThat(conflict.community()).isEqualTo(id);
        assertThat(communities.find(id)).isEmpty();
        assertThat(removedVersions()).containsExactly(entry(id.value(), 1L));
        assertThat(communities.add(record)).isEqualTo(new Versioned<>(record, 2));

        // The same for an import.
        raced.set(0);
        CommunityRecord other = SampleRecords.generated("d-", 1, RYBNOE);
        WatchedDataSource racingImport = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
            if (sql.startsWith("INSERT INTO pedcom_community (") && raced.getAndIncrement() == 0) {
                communities.add(other);
                communities.remove(other.community().id(), 1);
            }
        });

        assertThatThrownBy(() -> JdbcCommunities.over(racingImport).addAll(List.of(other)))
                .isInstanceOfSatisfying(CommunityConflictException.class,
                        c -> assertThat(c.community()).isEqualTo(other.community().id()));
        assertThat(communities.find(other.community().id())).isEmpty();
        assertThat(communities.addAll(List.of(other))).isEqualTo(1);
        assertThat(communities.find(other.community().id())).contains(new Versioned<>(other, 2));
    }

    // --- failures ------------------------------------------------------------------------------------------------

    @Test
    void aConnectionDroppedInTheMiddleOfASaveLeavesThePreviousVersionWhole() {
        CommunityRecord record = SampleRecords.everyPart();
        Versioned<CommunityRecord> previous = communities.add(record);
        Versioned<CommunityRecord> changed = previous.map(r -> SampleRecords.withMeeting(r, "m-lost",
                LocalDate.of(2025, 3, 1)));
        int statements = statementsOfOneUpdate(record);

        // Before the version check, right after it, halfway through the parts, before the last insert, at commit.
        for (int dropAt : new int[] {1, 2, statements / 2, statements - 1, statements}) {
            WatchedDataSource dropping = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
                if (n == dropAt) {
                    kind().dropConnection(real);
                }
            });

            StorageUnavailableException failure = catchThrowableOfType(StorageUnavailableException.class,
                    () -> JdbcCommunities.over(dropping).update(changed));

            assertThat(failure).as("dropped before statement %d of %d", dropAt, statements).isNotNull();
            assertThat(failure.getCause()).isInstanceOf(SQLException.class);
            assertThat(failure.getMessage()).contains("'pps-rybnoe-primary'");
            assertNoPersonalData(failure, record);
            assertThat(dropping.openConnections()).isZero();
            assertThat(communities.find(record.community().id())).as("after a drop at %d", dropAt)
                    .contains(previous);
        }
        assertThat(communities.update(changed).version()).isEqualTo(2);
    }

    @Test
    void aConnectionDroppedWhileAddingLeavesNothing() {
        CommunityRecord record = SampleRecords.everyPart();
        WatchedDataSource dropping = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
            if (n == 10) {
                kind().dropConnection(real);
            }
        });

        assertThatThrownBy(() -> JdbcCommunities.over(dropping).add(record))
                .isInstanceOf(StorageUnavailableException.class).hasCauseInstanceOf(SQLException.class);

        assertThat(communities.find(record.community().id())).isEmpty();
        assertThat(rowCounts().values()).allMatch(n -> n == 0);
    }

    @Test
    void aValueTooLongForItsColumnIsRejectedWithTheCauseAndNothingWritten() {
        CommunityRecord record = SampleRecords.renamed(SampleRecords.everyPart(), "c-" + "я".repeat(250));

        RecordRejectedException rejected = catchThrowableOfType(RecordRejectedException.class,
                () -> communities.add(record));

        assertThat(rejected).hasMessageStartingWith("База данных отклонила запись: добавление сообщества")
                .hasMessageContaining("(pedcom_community)").hasMessageContaining("SQLSTATE 22001")
                .hasMessageContaining("/ the database rejected the record").hasCauseInstanceOf(SQLException.class);
        assertNoPersonalData(rejected, record);
        assertThat(rowCounts().values()).allMatch(n -> n == 0);
    }

    @Test
    void aConstraintThePortalAddedToTheSchemaIsReportedAsARejectedRecord() throws SQLException {
        // A rule the domain does not know, added by the portal's DBA, on a table of personal data: the database
        // refuses the row, and on PostgreSQL its DETAIL would quote the whole row, name and all.
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE pedcom_personal_data ADD CONSTRAINT portal_born_after_1980_ck"
                    + " CHECK (birth_date IS NULL OR birth_date >= DATE '1980-01-01')");
        }
        CommunityRecord record = SampleRecords.everyPart();

        RecordRejectedException rejected = catchThrowableOfType(RecordRejectedException.class,
                () -> communities.add(record));

        assertThat(rejected).hasMessageContaining("(pedcom_personal_data)")
                .hasMessageContaining("нарушено условие проверки").hasMessageContaining("a check constraint is violated")
                .hasCauseInstanceOf(SQLException.class);
        assertNoPersonalData(rejected, record);
        assertThat(rowCounts().values()).allMatch(n -> n == 0);
    }

    @Test
    void aDateTheDatabasesCannotHoldIsRejectedWithoutQuotingIt() {
        CommunityRecord record = SampleRecords.withFirstWorkerBornOn(SampleRecords.everyPart(),
                LocalDate.of(12_024, 2, 29));

        RecordRejectedException rejected = catchThrowableOfType(RecordRejectedException.class,
                () -> communities.add(record));

        assertThat(rejected).hasMessageContaining("pedcom_personal_data.birth_date")
                .hasMessageContaining("'pps-rybnoe-primary'");
        assertNoPersonalData(rejected, record);
        assertThat(rejected.getMessage()).doesNotContain("12024");
        assertThat(rowCounts().values()).allMatch(n -> n == 0);
    }

    @Test
    void anIndicatorValueTheSchemaWouldRoundIsRejectedBeforeAnythingIsWritten() {
        CommunityRecord base = SampleRecords.bareMethodicalAssociation();
        CommunityRecord record = base.toBuilder().report(new AnnualReport(SchoolYear.of(2024),
                LocalDate.of(2025, 5, 30), DocumentForm.PAPER, Map.of("share", new BigDecimal("0.123456789012345678901")),
                Optional.empty())).build();

        assertThatThrownBy(() -> communities.add(record)).isInstanceOf(RecordRejectedException.class)
                .hasMessageContaining("'share'");
        assertThat(communities.find(base.community().id())).isEmpty();
    }

    @Test
    void anUnreachableDatabaseIsReportedAsUnavailable() {
        Communities nowhere = JdbcCommunities.over(kind().unreachable());

        assertThatThrownBy(() -> nowhere.find(CommunityId.of("c-1")))
                .isInstanceOf(StorageUnavailableException.class).hasCauseInstanceOf(SQLException.class)
                .hasMessageStartingWith("Хранилище недоступно");
        assertThatThrownBy(() -> nowhere.add(SampleRecords.everyPart()))
                .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> PedcomSchema.migrate(kind().unreachable()))
                .isInstanceOf(StorageUnavailableException.class);
    }

    // --- bulk import ---------------------------------------------------------------------------------------------

    @Test
    void importsInBatchesAllOrNothing() {
        communities.add(SampleRecords.generated("d-", 201, RYBNOE));
        List<CommunityRecord> batch = IntStream.rangeClosed(1, 250)
                .mapToObj(n -> SampleRecords.generated("d-", n, RYBNOE)).toList();

        CommunityConflictException conflict = catchThrowableOfType(CommunityConflictException.class,
                () -> communities.addAll(batch));

        assertThat(conflict.community()).isEqualTo(CommunityId.of("d-000201"));
        assertThat(communities.find(CommunityId.of("d-000001"))).isEmpty();
        assertThat(communities.find(CommunityId.of("d-000200"))).isEmpty();

        assertThat(communities.addAll(batch.stream().filter(r -> !r.community().id().value().equals("d-000201"))
                .toList())).isEqualTo(249);
        assertThat(communities.find(CommunityId.of("d-000250")).orElseThrow().value()).isEqualTo(batch.get(249));
    }

    @Test
    void rejectsAnImportThatNamesOneCommunityTwice() {
        List<CommunityRecord> batch = List.of(SampleRecords.generated("d-", 1, RYBNOE),
                SampleRecords.generated("d-", 2, RYBNOE), SampleRecords.generated("d-", 1, RYBNOE));

        assertThatThrownBy(() -> communities.addAll(batch)).isInstanceOf(CommunityConflictException.class)
                .hasMessage("Сообщество 'd-000001' встречается в импорте дважды / community 'd-000001' occurs twice"
                        + " in the import");
        assertThat(rowCounts().values()).allMatch(n -> n == 0);
    }

    // --- sweeps --------------------------------------------------------------------------------------------------

    @Test
    void sweepsTheCommunitiesOfOneMunicipalityOrOneRegionInIdentifierOrder() {
        communities.addAll(generate("d-", 1, 30, RYBNOE));
        communities.addAll(generate("c-", 1, 20, RYAZAN));
        communities.addAll(generate("k-", 1, 10, SOBOLEVO));
        Communities smallChunks = JdbcCommunities.over(database.dataSource()).withChunk(7);

        try (Stream<CommunityRecord> district = smallChunks.hostedIn(RYBNOE)) {
            assertThat(district.map(r -> r.community().id().value()))
                    .containsExactlyElementsOf(ids("d-", 1, 30));
        }
        try (Stream<CommunityRecord> region = smallChunks.hostedInRegion(RYBNOE.region())) {
            assertThat(region.toList()).extracting(r -> r.community().id().value())
                    .containsExactlyElementsOf(Stream.concat(ids("c-", 1, 20).stream(), ids("d-", 1, 30).stream())
                            .toList());
        }
        try (Stream<CommunityRecord> empty = smallChunks.hostedIn(
                Territory.of("Рязанская область", "Касимовский район"))) {
            assertThat(empty).isEmpty();
        }
        try (Stream<CommunityRecord> one = communities.hostedIn(SOBOLEVO)) {
            assertThat(one.findFirst()).contains(SampleRecords.generated("k-", 1, SOBOLEVO));
        }
    }

    @Test
    void sweepsAndCountsEveryCommunityWhateverItsTerritory() {
        assertThat(communities.count()).isZero();
        communities.addAll(generate("d-", 1, 12, RYBNOE));
        communities.addAll(generate("k-", 1, 5, SOBOLEVO));

        try (Stream<CommunityRecord> every = JdbcCommunities.over(database.dataSource()).withChunk(4).everyCommunity()) {
            assertThat(every.map(r -> r.community().id().value()))
                    .containsExactlyElementsOf(Stream.concat(ids("d-", 1, 12).stream(), ids("k-", 1, 5).stream()).toList());
        }
        assertThat(communities.count()).isEqualTo(17);
    }

    @Test
    void aSweepGivesItsConnectionBackWhenClosedEarlyOrReadToTheEnd() {
        communities.addAll(generate("d-", 1, 25, RYBNOE));
        WatchedDataSource watched = new WatchedDataSource(database.dataSource());
        Communities store = JdbcCommunities.over(watched).withChunk(10);

        Stream<CommunityRecord> lazy = store.hostedIn(RYBNOE);
        assertThat(watched.openConnections()).as("nothing happens before the stream is read").isZero();
        try (Stream<CommunityRecord> partly = lazy) {
            assertThat(partly.limit(3).count()).isEqualTo(3);
            assertThat(watched.openConnections()).isEqualTo(1);
        }
        assertThat(watched.openConnections()).isZero();

        // Read to the end and deliberately not closed: the connection is back as soon as the last chunk is read.
        assertThat(store.hostedIn(RYBNOE).count()).isEqualTo(25);
        assertThat(watched.openConnections()).isZero();
    }

    @Test
    void aSweepReadsTheNextChunkOnAThreadOfItsOwnAndStopsItWhenClosedEarly() {
        communities.addAll(generate("d-", 1, 45, RYBNOE));
        WatchedDataSource watched = new WatchedDataSource(database.dataSource());
        Communities store = JdbcCommunities.over(watched).withChunk(10);
        String cursor = "FROM pedcom_community WHERE host_region = ? AND host_municipality = ?";

        try (Stream<CommunityRecord> partly = store.hostedIn(RYBNOE)) {
            Iterator<CommunityRecord> records = partly.iterator();
            assertThat(records.next().community().id().value()).isEqualTo("d-000001");
            assertThat(sweepThreads()).isEqualTo(1);
            // The reader fetches the second chunk while the first is consumed, and waits there: one chunk ahead.
            awaitUntil(() -> watched.rowsFetched(cursor) == 20);
            pause(200);
            assertThat(watched.rowsFetched(cursor)).isEqualTo(20);
        }
        assertThat(watched.openConnections()).isZero();
        assertThat(sweepThreads()).isZero();
    }

    @Test
    void aConnectionDroppedWhileTheNextChunkIsReadFailsTheSweepAfterEveryRecordBeforeIt() {
        communities.addAll(generate("d-", 1, 25, RYBNOE));
        AtomicInteger packQueries = new AtomicInteger();
        WatchedDataSource dropping = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
            // The personal packs of the second chunk: read ahead while the consumer still holds the first.
            if (sql.contains("FROM pedcom_personal_packed ") && packQueries.incrementAndGet() == 2) {
                kind().dropConnection(real);
            }
        });
        List<String> seen = new ArrayList<>();

        try (Stream<CommunityRecord> sweep = JdbcCommunities.over(dropping).withChunk(10).hostedIn(RYBNOE)) {
            assertThatThrownBy(() -> sweep.forEach(r -> seen.add(r.community().id().value())))
                    .isInstanceOf(StorageUnavailableException.class).hasCauseInstanceOf(SQLException.class);
        }

        assertThat(seen).containsExactlyElementsOf(ids("d-", 1, 10));
        assertThat(dropping.openConnections()).isZero();
        assertThat(sweepThreads()).isZero();
    }

    @Test
    void aSweepDroppedWithoutBeingClosedGivesItsConnectionBackOnceCollected() {
        communities.addAll(generate("d-", 1, 45, RYBNOE));
        WatchedDataSource watched = new WatchedDataSource(database.dataSource());

        readAFewAndForget(JdbcCommunities.over(watched).withChunk(10));

        awaitUntil(() -> {
            System.gc();
            return watched.openConnections() == 0 && sweepThreads() == 0;
        });
    }

    /** Reads three records and drops the stream without closing it: the caller's mistake the adapter survives. */
    private static void readAFewAndForget(Communities store) {
        Iterator<CommunityRecord> records = store.hostedIn(RYBNOE).iterator();
        for (int i = 0; i < 3; i++) {
            records.next();
        }
        assertThat(sweepThreads()).isEqualTo(1);
    }

    @Test
    void aReadSeesOneSaveEvenWhenAnotherCommitsHalfwayThroughIt() {
        CommunityRecord record = SampleRecords.everyPart();
        Versioned<CommunityRecord> before = communities.add(record);
        AtomicReference<Versioned<CommunityRecord>> after = new AtomicReference<>();
        // Between the reader's header row and its parts, a writer commits a new version on its own connection.
        WatchedDataSource reader = new WatchedDataSource(database.dataSource()).before((n, sql, real) -> {
            if (n == 2) {
                after.set(communities.update(before.map(r -> SampleRecords.withMeeting(r, "m-meanwhile",
                        LocalDate.of(2025, 3, 1)))));
            }
        });

        assertThat(JdbcCommunities.over(reader).find(record.community().id())).contains(before);
        assertThat(after.get()).isNotNull();
        assertThat(communities.find(record.community().id())).contains(after.get());
    }

    @Test
    void sweepsTenThousandCommunitiesOfADistrictWithFlatMemory() throws SQLException {
        int district = 10_000;
        assertThat(communities.addAll(generate("d-", 1, district, RYBNOE))).isEqualTo(district);
        communities.addAll(generate("c-", 1, 300, RYAZAN));
        WatchedDataSource watched = new WatchedDataSource(database.dataSource());
        JdbcCommunities store = JdbcCommunities.over(watched);
        String cursor = "FROM pedcom_community WHERE host_region = ? AND host_municipality = ?";
        long[] seen = {0};
        long[] heapAfterFirstChunks = {0};
        long[] heapGrowth = {0};

        try (Stream<CommunityRecord> sweep = store.hostedIn(RYBNOE)) {
            sweep.forEach(record -> {
                seen[0]++;
                assertThat(record.community().id().value()).isEqualTo(String.format("d-%06d", seen[0]));
                // Never more than one chunk read ahead of the chunk being consumed, however many communities match.
                assertThat(watched.rowsFetched(cursor) - seen[0]).isLessThan(2L * store.chunk());
                if (seen[0] == 1) {
                    WatchedDataSource.Query query = watched.query(cursor);
                    assertThat(query.autoCommit()).isFalse();
                    assertThat(query.fetchSize()).isEqualTo(store.chunk());
                    assertThat(query.resultSetType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
                    serverSideCursorIsOpen(query.connection());
                }
                if (seen[0] == 1_000) {
                    heapAfterFirstChunks[0] = usedHeapAfterGc();
                }
                if (seen[0] == district) {
                    heapGrowth[0] = usedHeapAfterGc() - heapAfterFirstChunks[0];
                }
            });
        }

        assertThat(seen[0]).isEqualTo(district);
        assertThat(watched.rowsFetched(cursor)).isEqualTo(district);
        // All ten thousand records at once would take hundreds of megabytes; a chunk takes about one.
        assertThat(heapGrowth[0]).as("heap growth over 9 000 records").isLessThan(32L * 1024 * 1024);
        assertThat(watched.openConnections()).isZero();
    }

    // --- migrations ----------------------------------------------------------------------------------------------

    @Test
    void migratingAgainChangesNothing() {
        assertThat(PedcomSchema.migrate(database.dataSource())).isZero();
    }

    @Test
    void migratesADatabaseThatAlreadyHoldsAPortalsOwnTablesAndHistory() throws SQLException {
        try (TestDatabase.Database portal = kind().createEmpty()) {
            try (Connection c = portal.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE portal_user (id INTEGER PRIMARY KEY, login VARCHAR(100))");
                // The portal's own Flyway history, under Flyway's default name: pedcom must leave it alone.
                s.execute("CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY)");
                s.execute("INSERT INTO portal_user VALUES (1, 'admin')");
            }

            assertThat(PedcomSchema.migrate(portal.dataSource())).isEqualTo(3);

            Communities stored = JdbcCommunities.over(portal.dataSource());
            stored.add(SampleRecords.everyPart());
            assertThat(stored.find(SampleRecords.everyPart().community().id())).isPresent();
            try (Connection c = portal.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM portal_user")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void recordsSavedBeforeSchemaV2AreReadFromTheirPartRowsAndPackedOnTheirNextSave() throws SQLException {
        try (TestDatabase.Database v1 = kind().createEmpty()) {
            Flyway.configure(PedcomSchema.class.getClassLoader()).dataSource(v1.dataSource())
                    .locations(PedcomSchema.LOCATION).table(PedcomSchema.HISTORY_TABLE).target("1").load().migrate();
            List<CommunityRecord> records = new ArrayList<>(SampleRecords.samples().map(Named::getPayload).toList());
            IntStream.rangeClosed(1, 12).forEach(n -> records.add(SampleRecords.generated("d-", n, RYBNOE)));
            V1Era.store(v1.dataSource(), records);

            assertThat(PedcomSchema.migrate(v1.dataSource())).isEqualTo(2);

            Communities upgraded = JdbcCommunities.over(v1.dataSource());
            for (CommunityRecord record : records) {
                assertThat(upgraded.find(record.community().id())).contains(new Versioned<>(record, 1));
            }
            try (Stream<CommunityRecord> every = JdbcCommunities.over(v1.dataSource()).withChunk(4).everyCommunity()) {
                assertThat(every.toList()).containsExactlyInAnyOrderElementsOf(records);
            }
            try (Connection c = v1.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM " + COMMUNITY_PACKED)) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            CommunityRecord first = records.get(0);
            Versioned<CommunityRecord> saved = upgraded.update(new Versioned<>(first, 1));
            try (Connection c = v1.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM " + PERSONAL_PACKED + " WHERE community_id = '"
                         + first.community().id().value() + "'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
            assertThat(upgraded.find(first.community().id())).contains(saved);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void serverSideCursorIsOpen(Connection connection) {
        try {
            kind().serverSideCursors(connection).ifPresent(open -> assertThat(open).isPositive());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private int statementsOfOneUpdate(CommunityRecord record) {
        CommunityRecord probe = SampleRecords.renamed(record, "probe");
        communities.add(probe);
        WatchedDataSource counting = new WatchedDataSource(database.dataSource());
        Versioned<CommunityRecord> stored = JdbcCommunities.over(counting).update(new Versioned<>(probe, 1));
        communities.remove(probe.community().id(), stored.version());
        return counting.executions();
    }

    private Map<Table, Long> rowCounts() {
        Map<Table, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (Table table : Stream.concat(Tables.ALL.stream(), Stream.of(Tables.REMOVED)).toList()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table.name())) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return counts;
    }

    /** The rows of {@link Tables#REMOVED}: identifier to the last version it had when removed. */
    private Map<String, Long> removedVersions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT community_id, last_version FROM " + Tables.REMOVED.name()
                     + " ORDER BY community_id")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return versions;
    }

    private static final String COMMUNITY_PACKED = "pedcom_community_packed";
    private static final String PERSONAL_PACKED = "pedcom_personal_packed";

    private void execute(String sql) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The escape hatch of the adapter's README: a community without packs is read from its part rows. */
    private void deletePacks(String id) {
        execute("DELETE FROM " + COMMUNITY_PACKED + " WHERE community_id = '" + id + "'");
        execute("DELETE FROM " + PERSONAL_PACKED + " WHERE community_id = '" + id + "'");
    }

    private long packCount(String table) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private byte[] pack(String table, String id) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT pack FROM " + table + " WHERE community_id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).as("%s of %s", table, id).isTrue();
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void setPack(String table, String id, byte[] pack) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(
                "UPDATE " + table + " SET pack = ? WHERE community_id = ?")) {
            p.setBytes(1, pack);
            p.setString(2, id);
            assertThat(p.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Generated on the fly, so that the import's memory is as flat as the sweep's. */
    private static Iterable<CommunityRecord> generate(String prefix, int from, int to, Territory territory) {
        return () -> IntStream.rangeClosed(from, to).mapToObj(n -> SampleRecords.generated(prefix, n, territory))
                .iterator();
    }

    private static List<String> ids(String prefix, int from, int to) {
        IntFunction<String> id = n -> String.format("%s%06d", prefix, n);
        return IntStream.rangeClosed(from, to).mapToObj(id).toList();
    }

    static void assertNoPersonalData(Throwable failure, CommunityRecord record) {
        List<String> texts = new ArrayList<>();
        collect(failure, texts, new IdentityHashMap<>());
        for (String value : SampleRecords.personalValues(record)) {
            assertThat(texts).as("messages of the failure").noneMatch(text -> text.contains(value));
        }
    }

    private static void collect(Throwable t, List<String> texts, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, true) != null) {
            return;
        }
        texts.add(String.valueOf(t));
        collect(t.getCause(), texts, seen);
        for (Throwable s : t.getSuppressed()) {
            collect(s, texts, seen);
        }
        if (t instanceof SQLException sql) {
            collect(sql.getNextException(), texts, seen);
        }
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        // Twice: what the first collection only queues for cleaning is gone after the second.
        System.gc();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the other writer never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Threads reading sweeps ahead of their consumers. */
    private static long sweepThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("pedcom-sweep-")).count();
    }

    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            pause(50);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
