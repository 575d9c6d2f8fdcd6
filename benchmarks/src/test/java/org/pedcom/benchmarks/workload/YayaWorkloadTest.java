package org.pedcom.benchmarks.workload;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.community.CommunityKind;
import org.pedcom.community.Termination;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Verdict;
import org.pedcom.membership.CommunityRole;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;

class YayaWorkloadTest {

    static final Profile PROFILE = Profiles.load().profile(YayaWorkload.PROFILE_ID);
    static final List<CommunityRecord> BATCH = YayaWorkload.communityYears(2025, 256);
    static final List<ComplianceReport> REPORTS = BATCH.stream()
            .map(r -> Compliance.evaluate(r, PROFILE, YayaWorkload.JUDGED_ON)).toList();

    @Test
    void theSameSeedGivesEqualRecordsAndAnotherSeedOtherRecords() {
        assertThat(YayaWorkload.communityYears(11, 20)).isEqualTo(YayaWorkload.communityYears(11, 20));
        assertThat(YayaWorkload.communityYears(11, 20)).isNotEqualTo(YayaWorkload.communityYears(12, 20));
    }

    @Test
    void everyCommunityYearHasTenToFortyEventsAPlanDocumentsALeaderFiveToElevenMembersAndAStatus() {
        assertThat(BATCH).hasSize(256);
        for (CommunityRecord r : BATCH) {
            LocalDate lastDay = r.community().termination().map(Termination::on).orElse(YayaWorkload.JUDGED_ON);
            assertThat(r.community().kind()).isEqualTo(CommunityKind.OSMP);
            assertThat(r.meetings()).as("events of %s", r.community().id()).hasSizeBetween(10, 40)
                    .allSatisfy(m -> assertThat(m.date()).isBetween(r.community().createdOn(), lastDay));
            assertThat(r.plans()).as("plans of %s", r.community().id()).isNotEmpty();
            assertThat(r.documents()).as("documents of %s", r.community().id()).isNotEmpty();
            assertThat(r.appointments()).as("leadership of %s", r.community().id())
                    .anyMatch(a -> a.role() == CommunityRole.LEADER);
            assertThat(r.memberships()).as("members of %s", r.community().id()).hasSizeBetween(5, 11);
            assertThat(r.statusGrants()).as("status of %s", r.community().id()).hasSize(1);
        }
    }

    @Test
    void communitiesWorkersAndMeetingsHaveIdentifiersUniqueWithinTheBatch() {
        assertThat(BATCH.stream().map(r -> r.community().id())).doesNotHaveDuplicates();
        assertThat(BATCH.stream().flatMap(r -> r.workers().stream()).map(w -> w.id())).doesNotHaveDuplicates();
        assertThat(BATCH.stream().flatMap(r -> r.meetings().stream()).map(m -> m.id())).doesNotHaveDuplicates();
    }

    @Test
    void betweenThirtyAndSeventyPercentOfTheBatchComplyWithTheDefaultSettings() {
        long complying = REPORTS.stream().filter(r -> r.verdict() == Verdict.COMPLIES).count();
        assertThat((double) complying / REPORTS.size()).as("share of 256 records complying").isBetween(0.30, 0.70);
    }

    @Test
    void everyRuleOfTheDefaultSettingsYieldsAFindingSomewhereInTheBatch() {
        Set<String> rules = PROFILE.editionOn(YayaWorkload.JUDGED_ON).orElseThrow().rules().stream()
                .map(rule -> rule.id().value()).collect(toSet());
        Set<String> fired = REPORTS.stream().flatMap(r -> r.findings().stream()).map(f -> f.rule().value())
                .collect(toSet());
        assertThat(rules).hasSize(15);
        assertThat(fired).containsAll(rules);
    }
}
