package org.pedcom.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.people.WorkerId;
import org.pedcom.record.RecordFixtures;

/** {@link Membership} and {@link CompositionOrder}. */
class MembershipTest {

    private static final WorkerId WORKER = WorkerId.of("w-17");
    private static final LocalDate JOINED = LocalDate.of(2024, 9, 2);
    private static final LocalDate LEFT = LocalDate.of(2025, 5, 31);

    @Test
    void isActiveFromJoiningToLeavingInclusive() {
        Membership m = new Membership(WORKER, JOINED, Optional.of(LEFT), MembershipBasis.APPLICATION);
        assertThat(m.isActiveOn(JOINED.minusDays(1))).isFalse();
        assertThat(m.isActiveOn(JOINED)).isTrue();
        assertThat(m.isActiveOn(LEFT)).isTrue();
        assertThat(m.isActiveOn(LEFT.plusDays(1))).isFalse();
    }

    @Test
    void anOpenMembershipGoesOn() {
        assertThat(Membership.since(WORKER, JOINED, MembershipBasis.BY_POSITION).isActiveOn(LocalDate.of(2040, 1, 1))).isTrue();
    }

    @Test
    void rejectsLeavingBeforeJoining() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Membership(WORKER, JOINED, Optional.of(JOINED.minusDays(1)), MembershipBasis.ORDER))
                .withMessageContaining("Membership.leftOn")
                .withMessageContaining("leaving 2024-09-01 is before joining 2024-09-02");
    }

    @Test
    void acceptsLeavingOnTheDayOfJoining() {
        Membership oneDay = new Membership(WORKER, JOINED, Optional.of(JOINED), MembershipBasis.ORDER);
        assertThat(oneDay.isActiveOn(JOINED)).isTrue();
        assertThat(oneDay.isActiveOn(JOINED.plusDays(1))).isFalse();
    }

    static Stream<Arguments> invalid() {
        SchoolYear year = SchoolYear.of(2024);
        var act = RecordFixtures.aCompositionOrder(year);
        return Stream.of(
                Arguments.of("Membership.worker", (ThrowingCallable) () -> Membership.since(null, JOINED, MembershipBasis.ORDER)),
                Arguments.of("Membership.joinedOn", (ThrowingCallable) () -> Membership.since(WORKER, null, MembershipBasis.ORDER)),
                Arguments.of("Membership.leftOn", (ThrowingCallable) () -> new Membership(WORKER, JOINED, null, MembershipBasis.ORDER)),
                Arguments.of("Membership.basis", (ThrowingCallable) () -> Membership.since(WORKER, JOINED, null)),
                Arguments.of("CompositionOrder.schoolYear", (ThrowingCallable) () -> new CompositionOrder(null, act, Set.of(), List.of())),
                Arguments.of("CompositionOrder.act", (ThrowingCallable) () -> new CompositionOrder(year, null, Set.of(), List.of())),
                Arguments.of("CompositionOrder.members", (ThrowingCallable) () -> new CompositionOrder(year, act, null, List.of())),
                Arguments.of("CompositionOrder.directions", (ThrowingCallable) () -> new CompositionOrder(year, act, Set.of(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsMissingFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }

    @Test
    void compositionOrderRejectsAMissingMember() {
        Set<WorkerId> members = new HashSet<>();
        members.add(null);
        SchoolYear year = SchoolYear.of(2024);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CompositionOrder(year, RecordFixtures.aCompositionOrder(year), members, List.of()))
                .withMessageContaining("CompositionOrder.members[]");
    }

    @Test
    void mutatingTheSourceMembersDoesNotChangeTheCompositionOrder() {
        SchoolYear year = SchoolYear.of(2024);
        Set<WorkerId> members = new HashSet<>(Set.of(WORKER));
        List<String> directions = new ArrayList<>(List.of("наставничество"));
        CompositionOrder order = new CompositionOrder(year, RecordFixtures.aCompositionOrder(year), members, directions);
        members.add(WorkerId.of("w-18"));
        directions.clear();
        assertThat(order.members()).containsExactly(WORKER);
        assertThat(order.directions()).containsExactly("наставничество");
    }
}
