package org.pedcom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedcom.benchmarks.alternatives.HandWrittenReport;
import org.pedcom.benchmarks.workload.RybnovskyWorkload;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.ClauseSummary;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Verdict;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear;
import org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Severity;

/**
 * {@code EngineBenchmark.handWrittenReport} compares like with like only if the hand-written report is pedcom's
 * report: equal as records, so the same findings in the same order with the same texts, evidence, citations and
 * periods, the same obligations, the same clause summary and verdict.
 */
class SameReportTest {

    static final Profile PROFILE = Profiles.load().profile(RybnovskyPpsProfileProvider.ID);
    static final HandWrittenReport HAND_WRITTEN = new HandWrittenReport(PROFILE);

    static void assertSameReport(CommunityRecord record, LocalDate asOf) {
        ComplianceReport expected = Compliance.evaluate(record, PROFILE, asOf);
        ComplianceReport actual = HAND_WRITTEN.evaluate(record, asOf);
        String where = record.community().id() + " on " + asOf;
        // part by part first, so that a difference is reported where it is
        assertThat(actual.findings()).as("findings, %s", where).containsExactlyElementsOf(expected.findings());
        assertThat(actual.obligations()).as("obligations, %s", where).containsExactlyElementsOf(expected.obligations());
        assertThat(actual.clauses()).as("clauses, %s", where).containsExactlyElementsOf(expected.clauses());
        assertThat(actual).as("report, %s", where).isEqualTo(expected);
    }

    @Test
    void onEveryGeneratedCommunityYearOfTheBenchmark() {
        for (CommunityRecord record : RybnovskyWorkload.communityYears(2025, 256)) {
            assertSameReport(record, RybnovskyWorkload.JUDGED_ON);
        }
    }

    @Test
    void onOtherDatesOfJudgementToo() {
        List<CommunityRecord> records = RybnovskyWorkload.communityYears(7, 30);
        for (LocalDate asOf : SameFindingsTest.OTHER_DATES) {
            for (CommunityRecord record : records) {
                assertSameReport(record, asOf);
            }
        }
    }

    @Test
    void onTheBenchmarkRecordsJudgedOnOtherDates() {
        List<CommunityRecord> records = RybnovskyWorkload.communityYears(2025, 256);
        for (LocalDate asOf : List.of(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 9, 10), LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 9, 1))) {
            for (CommunityRecord record : records) {
                assertSameReport(record, asOf);
            }
        }
    }

    @Test
    void onTheScalingSeries() {
        for (int meetings : new int[] {10, 100, 1_000, 10_000}) {
            assertSameReport(RybnovskyWorkload.withMeetings(42, meetings), RybnovskyWorkload.JUDGED_ON);
        }
    }

    @Test
    void onTheProfilesOwnFixture() {
        CommunityRecord record = RybnovskyCommunityYear.aCompliantCommunityYear();
        assertSameReport(record, LocalDate.of(2025, 9, 20));
        assertSameReport(record, LocalDate.of(2026, 3, 1));
    }

    /** Equal reports prove little if they are all alike: the batches yield every status, obligations and warnings. */
    @Test
    void theComparedReportsCoverEveryKindOfOutcome() {
        List<CommunityRecord> records = RybnovskyWorkload.communityYears(2025, 256);
        List<ComplianceReport> reports = new ArrayList<>();
        for (LocalDate asOf : List.of(RybnovskyWorkload.JUDGED_ON, LocalDate.of(2024, 9, 10))) {
            records.forEach(r -> reports.add(HAND_WRITTEN.evaluate(r, asOf)));
        }
        assertThat(reports).anyMatch(r -> r.verdict() == Verdict.COMPLIES).anyMatch(r -> r.verdict() == Verdict.VIOLATED)
                .anyMatch(r -> !r.findingsOfSeverity(Severity.WARNING).isEmpty());
        assertThat(reports.stream().flatMap(r -> r.clauses().stream()).map(ClauseSummary::status).distinct())
                .containsExactlyInAnyOrder(ClauseStatus.values());
        assertThat(reports.stream().mapToInt(r -> r.obligations().size()).sum()).isPositive();
    }
}
