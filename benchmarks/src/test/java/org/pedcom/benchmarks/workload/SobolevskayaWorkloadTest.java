package org.pedcom.benchmarks.workload;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pedcom.benchmarks.workload.SobolevskayaWorkload.JUDGED_ON;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pedcom.act.Act;
import org.pedcom.act.ActKind;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Verdict;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;

class SobolevskayaWorkloadTest {

    private static final Profile PROFILE = Profiles.load().profile(SobolevskayaWorkload.PROFILE_ID);
    private static final List<CommunityRecord> BATCH = SobolevskayaWorkload.communityYears(2025, 256);
    private static final List<ComplianceReport> REPORTS = BATCH.stream()
            .map(r -> Compliance.evaluate(r, PROFILE, JUDGED_ON)).toList();

    /** Every act a record cites: creation, composition orders, appointments, plan approvals. */
    private static List<Act> acts(CommunityRecord r) {
        return Stream.of(r.community().creationAct().stream(),
                        r.compositionOrders().stream().map(CompositionOrder::act),
                        r.appointments().stream().map(Appointment::act).flatMap(Optional::stream),
                        r.plans().stream().map(Plan::approval).flatMap(Optional::stream).map(PlanStep.Approved::act))
                .flatMap(s -> s).distinct().toList();
    }

    @Test
    void theSameSeedGivesEqualRecordsAndAnotherSeedDifferentOnes() {
        assertThat(SobolevskayaWorkload.communityYears(11, 20)).isEqualTo(SobolevskayaWorkload.communityYears(11, 20));
        assertThat(SobolevskayaWorkload.communityYears(11, 20)).isNotEqualTo(SobolevskayaWorkload.communityYears(12, 20));
    }

    @Test
    void everyCommunityYearHasTenToFortyEventsAPlanDocumentsALeaderFiveToElevenMembersAndActs() {
        assertThat(BATCH).hasSize(256).allSatisfy(r -> {
            assertThat(r.meetings()).hasSizeBetween(10, 40);
            assertThat(r.meetings()).anyMatch(m -> m.form().equals(EventForm.SESSION));
            assertThat(r.plan(SchoolYear.of(2024), PlanKind.WORK)).isPresent();
            assertThat(r.documents()).isNotEmpty();
            assertThat(r.appointments()).anyMatch(a -> a.role() == CommunityRole.LEADER);
            assertThat(r.memberships()).hasSizeBetween(5, 11);
            assertThat(acts(r)).isNotEmpty();
        });
    }

    @Test
    void nothingInARecordPostdatesTheDayOfJudgement() {
        assertThat(BATCH).allSatisfy(r -> {
            assertThat(r.meetings()).allSatisfy(m -> assertThat(m.date()).isBetween(r.community().createdOn(), JUDGED_ON));
            assertThat(r.reports()).allSatisfy(a -> assertThat(a.compiledOn()).isBeforeOrEqualTo(JUDGED_ON));
            assertThat(r.documents()).allSatisfy(d -> assertThat(d.date()).isBeforeOrEqualTo(JUDGED_ON));
            assertThat(acts(r)).allSatisfy(a -> assertThat(a.date()).isBeforeOrEqualTo(JUDGED_ON));
        });
    }

    @Test
    void identifiersAreUniqueWithinTheBatch() {
        assertThat(BATCH.stream().map(r -> r.community().id())).doesNotHaveDuplicates();
        assertThat(BATCH.stream().flatMap(r -> r.meetings().stream()).map(Meeting::id)).doesNotHaveDuplicates();
        assertThat(BATCH.stream().flatMap(r -> r.workers().stream()).map(PedagogicalWorker::id)).doesNotHaveDuplicates();
        // one register of the director's orders: the same number is never given twice
        assertThat(BATCH.stream().flatMap(r -> acts(r).stream()).filter(a -> a.kind() == ActKind.ORDER).map(Act::number))
                .doesNotHaveDuplicates();
    }

    @Test
    void between30And70PercentOf256RecordsComplyWithTheDefaultSettings() {
        long complying = REPORTS.stream().filter(r -> r.verdict() == Verdict.COMPLIES).count();

        assertThat(complying / 256.0).as("share of 256 records that comply (%d)", complying).isBetween(0.30, 0.70);
    }

    @Test
    void everyRuleOfTheDefaultSettingsYieldsAFindingSomewhereInTheBatch() {
        // No rule is exempt: the profile has no status term or other multi-year rule, and every one of its rules
        // judges something a 2024/2025 community-year has (creation, roles, sessions, the documentation of Прил. 1).
        Set<String> rules = PROFILE.editionOn(JUDGED_ON).orElseThrow().rules().stream()
                .map(r -> r.id().value()).collect(Collectors.toSet());
        Map<String, Long> findings = REPORTS.stream().flatMap(r -> r.findings().stream())
                .collect(groupingBy(f -> f.rule().value(), TreeMap::new, counting()));

        assertThat(rules).hasSize(11);
        assertThat(findings.keySet()).as("findings by rule: %s", findings).containsExactlyInAnyOrderElementsOf(rules);
    }

    @Test
    void aComplyingYearOwesTheDocumentationSessionAndReportOfTheNextSchoolYear() {
        ComplianceReport complying = REPORTS.stream().filter(r -> r.verdict() == Verdict.COMPLIES).findFirst().orElseThrow();
        LocalDate documentationDue = LocalDate.of(2025, 9, 30);

        assertThat(complying.obligations()).extracting(o -> o.rule().value(), o -> o.dueBy()).contains(
                tuple("composition-order-annual", documentationDue), tuple("work-plan", documentationDue),
                tuple("meeting-schedule", documentationDue), tuple("sessions-monthly", documentationDue),
                tuple("annual-report", LocalDate.of(2026, 6, 30)));
    }
}
