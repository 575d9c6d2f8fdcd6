package org.pedcom.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.meeting.Meeting;
import org.pedcom.membership.CommunityRole;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanKind;

/** What other modules may rely on when they build on the shared fixtures. */
class RecordFixturesTest {

    @ParameterizedTest
    @ValueSource(ints = {2020, 2023, 2024, 2027})
    void aFullYearIsCompleteAndConsistentInAnyYear(int startYear) {
        SchoolYear year = SchoolYear.of(startYear);
        CommunityRecord r = RecordFixtures.aCommunityWithAFullYear(year);

        assertThat(r.meetings()).hasSize(4).allSatisfy(m -> {
            assertThat(year.contains(m.date())).isTrue();
            assertThat(m.protocol()).hasValueSatisfying(p -> {
                assertThat(p.isSignedAs(CommunityRole.LEADER)).isTrue();
                assertThat(p.isSignedAs(CommunityRole.SECRETARY)).isTrue();
            });
            assertThat(r.holdersOn(CommunityRole.LEADER, m.date())).containsExactly(RecordFixtures.leaderId());
            assertThat(r.holdersOn(CommunityRole.MEMBER, m.date())).containsExactlyInAnyOrderElementsOf(RecordFixtures.memberIds());
        });
        Plan plan = r.plan(year, PlanKind.WORK).orElseThrow();
        assertThat(plan.reviews()).singleElement().satisfies(review ->
                assertThat(review.on()).isBefore(plan.approval().orElseThrow().on()));
        Meeting last = r.meetings().get(3);
        assertThat(r.report(year).orElseThrow().presentedAt()).hasValue(last.id());
        assertThat(r.stateOn(year.start())).isInstanceOf(CommunityState.Active.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aCommunityRecord", "aCommunityWithMembers", "aCommunityWithAFullYear", "aCommunityWithStatus"})
    void everyCallReturnsAnEqualButFreshRecord(String fixture) {
        CommunityRecord first = build(fixture);
        CommunityRecord second = build(fixture);
        assertThat(first).isEqualTo(second).isNotSameAs(second);
    }

    private static CommunityRecord build(String fixture) {
        return switch (fixture) {
            case "aCommunityRecord" -> RecordFixtures.aCommunityRecord();
            case "aCommunityWithMembers" -> RecordFixtures.aCommunityWithMembers();
            case "aCommunityWithAFullYear" -> RecordFixtures.aCommunityWithAFullYear();
            case "aCommunityWithStatus" -> RecordFixtures.aCommunityWithStatus();
            default -> throw new IllegalArgumentException(fixture);
        };
    }
}
