package org.pedcom.benchmarks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
import org.pedcom.membership.CommunityRole;
import org.pedcom.plan.PlanKind;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Rule;

class TomskWorkloadTest {

    static final Profile PROFILE = Profiles.load().profile(TomskWorkload.PROFILE_ID);
    static final List<CommunityRecord> BATCH = TomskWorkload.communityYears(2025, 256);

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOtherRecords() {
        assertThat(TomskWorkload.communityYears(11, 20)).isEqualTo(TomskWorkload.communityYears(11, 20));
        assertThat(TomskWorkload.communityYears(11, 20)).isNotEqualTo(TomskWorkload.communityYears(12, 20));
    }

    @Test
    void aCommunityYearHasTenToFortyEventsAPlanDocumentsALeaderAndFiveToElevenMembers() {
        for (CommunityRecord r : BATCH) {
            assertThat(r.meetings()).hasSizeBetween(10, 40);
            assertThat(r.meetings()).allSatisfy(m -> assertThat(m.date())
                    .isAfterOrEqualTo(r.community().createdOn()).isBefore(TomskWorkload.JUDGED_ON));
            assertThat(r.plans()).isNotEmpty().allSatisfy(p -> assertThat(p.kind()).isEqualTo(PlanKind.WORK));
            assertThat(r.documents()).isNotEmpty();
            assertThat(r.appointments()).isNotEmpty().allSatisfy(a -> assertThat(a.role()).isEqualTo(CommunityRole.LEADER));
            assertThat(r.memberships()).hasSizeBetween(5, 11);
            assertThat(r.community().createdOn()).isBefore(TomskWorkload.JUDGED_ON);
        }
    }

    @Test
    void identifiersAreUniqueWithinTheBatch() {
        assertThat(BATCH.stream().map(r -> r.community().id())).doesNotHaveDuplicates();
        assertThat(BATCH.stream().flatMap(r -> r.workers().stream()).map(w -> w.id())).doesNotHaveDuplicates();
        assertThat(BATCH.stream().flatMap(r -> r.meetings().stream()).map(m -> m.id())).doesNotHaveDuplicates();
    }

    @Test
    void betweenThirtyAndSeventyPercentOfTheBatchComply() {
        long complying = BATCH.stream()
                .filter(r -> Compliance.evaluate(r, PROFILE, TomskWorkload.JUDGED_ON).verdict() == Verdict.COMPLIES)
                .count();
        assertThat(complying).as("complying records of 256 (30–70 %)").isBetween(77L, 179L);
    }

    @Test
    void onTheDayOfJudgementTheNextQuartersEventAndTheNextYearsItemsAreOwed() {
        CommunityRecord complying = BATCH.stream()
                .filter(r -> Compliance.evaluate(r, PROFILE, TomskWorkload.JUDGED_ON).verdict() == Verdict.COMPLIES)
                .findFirst().orElseThrow();

        ComplianceReport report = Compliance.evaluate(complying, PROFILE, TomskWorkload.JUDGED_ON);
        assertThat(report.obligations()).anySatisfy(o -> {
            assertThat(o.rule().value()).isEqualTo("events-per-quarter");
            assertThat(o.dueBy()).isIn(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
        });
        assertThat(report.obligations()).anySatisfy(o -> {
            assertThat(o.rule().value()).isEqualTo("annual-report");
            assertThat(o.dueBy()).isEqualTo(LocalDate.of(2026, 8, 31));
        });
    }

    @Test
    void everyRuleOfTheDefaultSettingsFindsSomethingInTheBatch() {
        Map<String, Long> findings = new TreeMap<>();
        for (CommunityRecord r : BATCH) {
            ComplianceReport report = Compliance.evaluate(r, PROFILE, TomskWorkload.JUDGED_ON);
            for (Finding f : report.findings()) {
                findings.merge(f.rule().value(), 1L, Long::sum);
            }
        }
        List<String> rules = PROFILE.editionOn(TomskWorkload.JUDGED_ON).orElseThrow().rules().stream()
                .map(Rule::id).map(id -> id.value()).toList();

        // every rule of a 2024/2025 year can fire: the profile has no rule on a multi-year status or term
        assertThat(rules).hasSize(12);
        assertThat(findings.keySet()).as("rules with findings, counts " + findings).containsAll(rules);
    }
}
