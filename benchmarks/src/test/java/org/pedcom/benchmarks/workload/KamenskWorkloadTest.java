package org.pedcom.benchmarks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.Membership;
import org.pedcom.meeting.Meeting;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;

class KamenskWorkloadTest {

    static final Profile PROFILE = Profiles.load().profile(KamenskWorkload.PROFILE_ID);
    static final int BATCH = 256;

    static List<CommunityRecord> batch;
    static List<ComplianceReport> reports;

    @BeforeAll
    static void judgeABatch() {
        batch = KamenskWorkload.communityYears(2025, BATCH);
        reports = batch.stream().map(r -> Compliance.evaluate(r, PROFILE, KamenskWorkload.JUDGED_ON)).toList();
    }

    @Test
    void theSameSeedGivesEqualRecordsAndAnotherSeedDifferentOnes() {
        assertThat(KamenskWorkload.communityYears(11, 20)).isEqualTo(KamenskWorkload.communityYears(11, 20));
        assertThat(KamenskWorkload.communityYears(11, 20)).isNotEqualTo(KamenskWorkload.communityYears(12, 20));
    }

    @Test
    void everyCommunityYearHasTenToFortyEventsAPlanDocumentsLeadershipActsAndFiveToElevenMembers() {
        assertThat(batch).hasSize(BATCH).allSatisfy(r -> {
            assertThat(r.meetings()).hasSizeBetween(10, 40);
            assertThat(r.meetings()).allSatisfy(m -> assertThat(m.date())
                    .isBetween(r.community().createdOn(), KamenskWorkload.JUDGED_ON));
            assertThat(r.plans()).isNotEmpty();
            assertThat(r.documents()).isNotEmpty();
            assertThat(r.appointments()).anySatisfy(a -> {
                assertThat(a.role()).isEqualTo(CommunityRole.LEADER);
                assertThat(a.act()).isPresent();
            });
            assertThat(r.community().creationAct()).isPresent();
            assertThat(r.memberships().stream().map(Membership::worker).distinct()).hasSizeBetween(5, 11);
        });
    }

    @Test
    void communityWorkerAndMeetingIdsAreUniqueWithinTheBatch() {
        assertThat(batch.stream().map(r -> r.community().id())).doesNotHaveDuplicates();
        assertThat(batch.stream().flatMap(r -> r.workers().stream()).map(PedagogicalWorker::id)).doesNotHaveDuplicates();
        assertThat(batch.stream().flatMap(r -> r.meetings().stream()).map(Meeting::id)).doesNotHaveDuplicates();
    }

    @Test
    void betweenThirtyAndSeventyPercentOfABatchComplyWithTheDefaultSettings() {
        long complying = reports.stream().filter(r -> r.verdict() == Verdict.COMPLIES).count();

        assertThat(complying).as("complying records of %d", BATCH).isBetween(BATCH * 30L / 100, BATCH * 70L / 100);
    }

    @Test
    void everyRuleOfTheDefaultSettingsYieldsAFindingSomewhereInTheBatch() {
        Map<String, Long> findingsByRule = new TreeMap<>();
        for (ComplianceReport report : reports) {
            for (Finding f : report.findings()) {
                findingsByRule.merge(f.rule().value(), 1L, Long::sum);
            }
        }
        Set<String> rules = ruleIds();

        // None is exempt: every rule can fail for a 2024/2025 year, host-is-cpmss too, since the engine judges the
        // host of an МО older than the edition on the edition's first day. A rule added to the profile must be
        // exercised by the generator as well, hence the count.
        assertThat(rules).hasSize(14);
        assertThat(findingsByRule.keySet()).as("findings by rule: %s", findingsByRule)
                .containsExactlyInAnyOrderElementsOf(rules);
    }

    @Test
    void aComplyingYearOwesTheNextYearsSessionAndPlanAsObligationsNotFindings() {
        assertThat(reports).filteredOn(r -> r.verdict() == Verdict.COMPLIES).isNotEmpty().allSatisfy(r ->
                assertThat(r.obligations()).extracting(o -> o.rule().value() + " " + o.dueBy())
                        .contains("sessions-per-half-year 2025-12-31", "work-plan-approved 2026-08-31"));
    }

    private static Set<String> ruleIds() {
        return PROFILE.editionOn(KamenskWorkload.JUDGED_ON).orElseThrow().rules().stream()
                .map(rule -> rule.id().value()).collect(Collectors.toSet());
    }
}
