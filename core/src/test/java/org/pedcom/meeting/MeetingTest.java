package org.pedcom.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pedcom.record.RecordFixtures.aMeetingOn;
import static org.pedcom.record.RecordFixtures.aProtocol;
import static org.pedcom.record.RecordFixtures.anAgendaItem;

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
import org.pedcom.membership.CommunityRole;
import org.pedcom.people.WorkerId;

/** {@link Meeting}, its {@link Protocol}, {@link Signature}s, {@link AgendaItem}s and {@link RegistrationSheet}. */
class MeetingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 11, 14);
    private static final WorkerId LEADER = WorkerId.of("w-leader");
    private static final WorkerId SECRETARY = WorkerId.of("w-secretary");

    private static Meeting withProtocol(Protocol protocol) {
        Meeting m = aMeetingOn(DAY);
        return new Meeting(m.id(), m.date(), m.form(), m.topic(), m.agenda(), Optional.of(protocol), Optional.empty(),
                Optional.empty());
    }

    @Test
    void rejectsAProtocolDatedBeforeItsMeeting() {
        assertThatIllegalArgumentException().isThrownBy(() -> withProtocol(aProtocol("2", DAY.minusDays(1), LEADER, SECRETARY)))
                .withMessageContaining("Meeting.protocol.date")
                .withMessageContaining("protocol dated 2024-11-13 precedes the meeting on 2024-11-14");
    }

    @Test
    void acceptsAProtocolOfTheSameDayOrLater() {
        assertThat(withProtocol(aProtocol("2", DAY, LEADER, SECRETARY)).protocol()).isPresent();
        assertThat(withProtocol(aProtocol("2", DAY.plusDays(3), LEADER, SECRETARY)).protocol()).isPresent();
    }

    @Test
    void protocolKnowsInWhichRolesItWasSigned() {
        Protocol p = aProtocol("2", DAY, LEADER, SECRETARY);
        assertThat(p.isSignedAs(CommunityRole.LEADER)).isTrue();
        assertThat(p.isSignedAs(CommunityRole.SECRETARY)).isTrue();
        assertThat(p.isSignedAs(CommunityRole.CO_LEADER)).isFalse();
        assertThat(new Protocol("3", DAY, List.of()).isSignedAs(CommunityRole.LEADER)).isFalse();
    }

    @Test
    void registrationHeadcountAddsGuestsToAttendees() {
        assertThat(new RegistrationSheet(Set.of(LEADER, SECRETARY), 25).headcount()).isEqualTo(27);
        assertThat(new RegistrationSheet(Set.of(), 0).headcount()).isZero();
    }

    @Test
    void registrationRejectsANegativeNumberOfGuests() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationSheet(Set.of(LEADER), -1))
                .withMessageContaining("RegistrationSheet.guests")
                .withMessageContaining("-1");
    }

    @Test
    void mutatingSourceCollectionsDoesNotChangeTheMeeting() {
        List<AgendaItem> agenda = new ArrayList<>(List.of(anAgendaItem()));
        List<Signature> signatures = new ArrayList<>(List.of(new Signature(LEADER, CommunityRole.LEADER)));
        Set<WorkerId> attendees = new HashSet<>(Set.of(LEADER));
        List<String> decisions = new ArrayList<>(List.of("Принять к сведению"));
        AgendaItem item = AgendaItem.of("О плане работы", decisions, List.of());
        Protocol protocol = new Protocol("1", DAY, signatures);
        RegistrationSheet sheet = new RegistrationSheet(attendees, 0);
        Meeting m = new Meeting(MeetingId.of("m-1"), DAY, EventForm.SEMINAR, "Смысловое чтение", agenda,
                Optional.of(protocol), Optional.of(sheet), Optional.empty());
        agenda.clear();
        signatures.add(new Signature(SECRETARY, CommunityRole.SECRETARY));
        attendees.add(SECRETARY);
        decisions.add("Утвердить план");
        assertThat(m.agenda()).hasSize(1);
        assertThat(protocol.isSignedAs(CommunityRole.SECRETARY)).isFalse();
        assertThat(sheet.headcount()).isEqualTo(1);
        assertThat(item.decisions()).containsExactly("Принять к сведению");
    }

    static Stream<Arguments> invalid() {
        Meeting m = aMeetingOn(DAY);
        return Stream.of(
                Arguments.of("Meeting.id", (ThrowingCallable) () -> new Meeting(null, m.date(), m.form(), m.topic(), m.agenda(), m.protocol(), m.registration(), m.scenario())),
                Arguments.of("Meeting.date", (ThrowingCallable) () -> new Meeting(m.id(), null, m.form(), m.topic(), m.agenda(), m.protocol(), m.registration(), m.scenario())),
                Arguments.of("Meeting.form", (ThrowingCallable) () -> new Meeting(m.id(), m.date(), null, m.topic(), m.agenda(), m.protocol(), m.registration(), m.scenario())),
                Arguments.of("Meeting.topic", (ThrowingCallable) () -> new Meeting(m.id(), m.date(), m.form(), " ", m.agenda(), m.protocol(), m.registration(), m.scenario())),
                Arguments.of("Meeting.agenda", (ThrowingCallable) () -> new Meeting(m.id(), m.date(), m.form(), m.topic(), null, m.protocol(), m.registration(), m.scenario())),
                Arguments.of("Meeting.protocol", (ThrowingCallable) () -> new Meeting(m.id(), m.date(), m.form(), m.topic(), m.agenda(), null, m.registration(), m.scenario())),
                Arguments.of("Meeting.registration", (ThrowingCallable) () -> new Meeting(m.id(), m.date(), m.form(), m.topic(), m.agenda(), m.protocol(), null, m.scenario())),
                Arguments.of("Meeting.scenario", (ThrowingCallable) () -> new Meeting(m.id(), m.date(), m.form(), m.topic(), m.agenda(), m.protocol(), m.registration(), null)),
                Arguments.of("MeetingId.value", (ThrowingCallable) () -> MeetingId.of("")),
                Arguments.of("Protocol.number", (ThrowingCallable) () -> new Protocol(" ", DAY, List.of())),
                Arguments.of("Protocol.date", (ThrowingCallable) () -> new Protocol("1", null, List.of())),
                Arguments.of("Protocol.signatures", (ThrowingCallable) () -> new Protocol("1", DAY, null)),
                Arguments.of("Signature.signer", (ThrowingCallable) () -> new Signature(null, CommunityRole.LEADER)),
                Arguments.of("Signature.role", (ThrowingCallable) () -> new Signature(LEADER, null)),
                Arguments.of("AgendaItem.question", (ThrowingCallable) () -> AgendaItem.of("", List.of(), List.of())),
                Arguments.of("AgendaItem.decisions", (ThrowingCallable) () -> AgendaItem.of("О плане", null, List.of())),
                Arguments.of("AgendaItem.recommendations", (ThrowingCallable) () -> AgendaItem.of("О плане", List.of(), null)),
                Arguments.of("RegistrationSheet.attendees", (ThrowingCallable) () -> new RegistrationSheet(null, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsMissingOrBlankFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }

    @Test
    void rejectsAMissingSignatureOrAttendee() {
        List<Signature> signatures = new ArrayList<>();
        signatures.add(null);
        assertThatIllegalArgumentException().isThrownBy(() -> new Protocol("1", DAY, signatures))
                .withMessageStartingWith("Protocol.signatures[0]:");
        Set<WorkerId> attendees = new HashSet<>();
        attendees.add(null);
        assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationSheet(attendees, 0))
                .withMessageStartingWith("RegistrationSheet.attendees[]:");
    }
}
