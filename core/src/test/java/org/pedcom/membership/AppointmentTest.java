package org.pedcom.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.people.WorkerId;
import org.pedcom.record.RecordFixtures;

class AppointmentTest {

    private static final WorkerId WORKER = WorkerId.of("w-leader");
    private static final LocalDate FROM = LocalDate.of(2024, 9, 2);
    private static final LocalDate UNTIL = LocalDate.of(2025, 8, 31);

    @Test
    void rejectsAnAppointmentAsMember() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Appointment(WORKER, CommunityRole.MEMBER, FROM, Optional.empty(), Optional.empty()))
                .withMessageContaining("Appointment.role")
                .withMessageContaining("membership is a Membership, not an appointment");
    }

    @ParameterizedTest
    @EnumSource(value = CommunityRole.class, names = "MEMBER", mode = EnumSource.Mode.EXCLUDE)
    void acceptsEveryLeadingRole(CommunityRole role) {
        assertThat(new Appointment(WORKER, role, FROM, Optional.empty(), Optional.empty()).role()).isEqualTo(role);
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RecordFixtures.anAppointment(WORKER, CommunityRole.LEADER, FROM, FROM.minusDays(1)))
                .withMessageContaining("Appointment.until")
                .withMessageContaining("end 2024-09-01 is before start 2024-09-02");
    }

    @Test
    void isActiveFromItsFirstToItsLastDayInclusive() {
        Appointment a = RecordFixtures.anAppointment(WORKER, CommunityRole.SECRETARY, FROM, UNTIL);
        assertThat(a.isActiveOn(FROM.minusDays(1))).isFalse();
        assertThat(a.isActiveOn(FROM)).isTrue();
        assertThat(a.isActiveOn(UNTIL)).isTrue();
        assertThat(a.isActiveOn(UNTIL.plusDays(1))).isFalse();
    }

    @Test
    void anAppointmentForOneDayIsAllowed() {
        assertThat(RecordFixtures.anAppointment(WORKER, CommunityRole.LEADER, FROM, FROM).isActiveOn(FROM)).isTrue();
    }

    @Test
    void byActStartsOnTheActsDateAndStaysOpen() {
        Act order = RecordFixtures.aCompositionOrder(SchoolYear.of(2024));
        Appointment a = Appointment.byAct(WORKER, CommunityRole.LEADER, order);
        assertThat(a.from()).isEqualTo(order.date());
        assertThat(a.until()).isEmpty();
        assertThat(a.act()).hasValue(order);
        assertThat(a.isActiveOn(order.date().minusDays(1))).isFalse();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("Appointment.worker", (ThrowingCallable) () -> new Appointment(null, CommunityRole.LEADER,
                        FROM, Optional.empty(), Optional.empty())),
                Arguments.of("Appointment.role", (ThrowingCallable) () -> new Appointment(WORKER, null, FROM,
                        Optional.empty(), Optional.empty())),
                Arguments.of("Appointment.from", (ThrowingCallable) () -> new Appointment(WORKER, CommunityRole.LEADER,
                        null, Optional.empty(), Optional.empty())),
                Arguments.of("Appointment.until", (ThrowingCallable) () -> new Appointment(WORKER, CommunityRole.LEADER,
                        FROM, null, Optional.empty())),
                Arguments.of("Appointment.act", (ThrowingCallable) () -> new Appointment(WORKER, CommunityRole.LEADER,
                        FROM, Optional.empty(), null)),
                Arguments.of("Appointment.act", (ThrowingCallable) () -> Appointment.byAct(WORKER, CommunityRole.LEADER, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsMissingFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }
}
