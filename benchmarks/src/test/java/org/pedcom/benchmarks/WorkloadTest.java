package org.pedcom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedcom.benchmarks.workload.RybnovskyWorkload;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.Verdict;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider;
import org.pedcom.record.CommunityRecord;

class WorkloadTest {

    static final Profile PROFILE = Profiles.load().profile(RybnovskyPpsProfileProvider.ID);

    @Test
    void theSameSeedGivesTheSameRecords() {
        assertThat(RybnovskyWorkload.communityYears(11, 20)).isEqualTo(RybnovskyWorkload.communityYears(11, 20));
        assertThat(RybnovskyWorkload.communityYears(11, 20)).isNotEqualTo(RybnovskyWorkload.communityYears(12, 20));
    }

    @Test
    void aCommunityYearHasTenToFortyEventsAPlanAndALeader() {
        for (CommunityRecord r : RybnovskyWorkload.communityYears(3, 200)) {
            assertThat(r.meetings()).hasSizeBetween(10, 40);
            assertThat(r.plans()).isNotEmpty();
            assertThat(r.appointments()).isNotEmpty();
            assertThat(r.workers()).hasSizeBetween(6, 12);
        }
    }

    @Test
    void mostRecordsComplyAndSomeDoNot() {
        List<CommunityRecord> records = RybnovskyWorkload.communityYears(2025, 200);
        long complying = records.stream()
                .filter(r -> Compliance.evaluate(r, PROFILE, RybnovskyWorkload.JUDGED_ON).verdict() == Verdict.COMPLIES)
                .count();
        assertThat(complying).as("complying records of 200").isBetween(40L, 160L);
    }

    @Test
    void theBulkImportHoldsExactlyTheMeetingsAsked() {
        List<CommunityRecord> records = RybnovskyWorkload.withMeetingsTotalling(7, 10_007);
        assertThat(records.stream().mapToInt(r -> r.meetings().size()).sum()).isEqualTo(10_007);
        assertThat(records.subList(0, records.size() - 1)).allSatisfy(r -> assertThat(r.meetings()).hasSizeBetween(10, 40));
        assertThat(records.stream().map(r -> r.community().id()).distinct()).hasSize(records.size());
        assertThat(RybnovskyWorkload.withMeetingsTotalling(7, 10_007)).isEqualTo(records);
    }

    @Test
    void theScalingSeriesHasExactlyTheMeetingsAsked() {
        for (int n : new int[] {10, 100, 1_000, 10_000}) {
            CommunityRecord r = RybnovskyWorkload.withMeetings(42, n);
            assertThat(r.meetings()).hasSize(n);
            assertThat(r.meetings()).allSatisfy(m -> assertThat(m.date()).isBetween(
                    r.community().createdOn(), RybnovskyWorkload.JUDGED_ON));
        }
    }
}
