package org.pedcom.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.pedcom.record.RecordFixtures.aCommunity;
import static org.pedcom.record.RecordFixtures.aCommunityRecord;
import static org.pedcom.record.RecordFixtures.aCommunityWithAFullYear;
import static org.pedcom.record.RecordFixtures.aCommunityWithMembers;
import static org.pedcom.record.RecordFixtures.aCommunityWithStatus;
import static org.pedcom.record.RecordFixtures.aMeetingOn;
import static org.pedcom.record.RecordFixtures.aMembership;
import static org.pedcom.record.RecordFixtures.aProtocolledMeetingOn;
import static org.pedcom.record.RecordFixtures.aWorker;
import static org.pedcom.record.RecordFixtures.anAppointment;
import static org.pedcom.record.RecordFixtures.anExtension;
import static org.pedcom.record.RecordFixtures.anOrder;
import static org.pedcom.record.RecordFixtures.authorityId;
import static org.pedcom.record.RecordFixtures.firstMemberId;
import static org.pedcom.record.RecordFixtures.leaderId;
import static org.pedcom.record.RecordFixtures.memberIds;
import static org.pedcom.record.RecordFixtures.methodicalCentreId;
import static org.pedcom.record.RecordFixtures.schoolId;
import static org.pedcom.record.RecordFixtures.secondMemberId;
import static org.pedcom.record.RecordFixtures.secretaryId;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.Termination;
import org.pedcom.community.TerminationReason;
import org.pedcom.documentation.Document;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.RegistrationSheet;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanKind;
import org.pedcom.report.Submission;
import org.pedcom.status.StatusGrant;

class CommunityRecordTest {

    private static final SchoolYear Y2024 = SchoolYear.of(2024);
    private static final LocalDate COMPOSED = LocalDate.of(2024, 9, 2);
    private static final WorkerId GHOST = WorkerId.of("w-ghost");

    // ---------------------------------------------------------------- a consistent record

    @Test
    void aConsistentRecordBuildsAndResolvesItsReferences() {
        CommunityRecord r = aCommunityWithAFullYear();
        assertThat(r.workers()).hasSize(4);
        assertThat(r.worker(leaderId())).map(PedagogicalWorker::employer).hasValue(schoolId());
        assertThat(r.organisation(methodicalCentreId())).isPresent();
        assertThat(r.meeting(MeetingId.of("meeting-2024-11-14"))).isPresent();
        assertThat(r.worker(GHOST)).isEmpty();
        assertThat(r.meeting(MeetingId.of("meeting-2024-11-15"))).isEmpty();
        assertThat(r.organisation(OrganisationId.of("nowhere"))).isEmpty();
    }

    @Test
    void findsThePlanReportAndCompositionOrderOfAYear() {
        CommunityRecord r = aCommunityWithAFullYear();
        assertThat(r.plan(Y2024, PlanKind.WORK)).isPresent();
        assertThat(r.plan(Y2024, PlanKind.PRELIMINARY)).isEmpty();
        assertThat(r.plan(Y2024.next(), PlanKind.WORK)).isEmpty();
        assertThat(r.report(Y2024)).isPresent();
        assertThat(r.report(Y2024.previous())).isEmpty();
        assertThat(r.compositionOrder(Y2024)).map(CompositionOrder::members).hasValue(Set.copyOf(memberIds()));
        assertThat(r.compositionOrder(Y2024.next())).isEmpty();
    }

    @Test
    void aFullYearCanBeBuiltForAnyYearIncludingOneEndingInALeapYear() {
        CommunityRecord r = aCommunityWithAFullYear(SchoolYear.of(2023));
        assertThat(r.meetings()).extracting(Meeting::date).allMatch(SchoolYear.of(2023)::contains);
    }

    @Test
    void meetingsComeOutSortedByDate() {
        CommunityRecord r = aCommunityRecord().toBuilder()
                .meeting(aMeetingOn(LocalDate.of(2025, 5, 22)))
                .meeting(aMeetingOn(LocalDate.of(2024, 9, 10)))
                .meeting(aMeetingOn(LocalDate.of(2025, 2, 20)))
                .build();
        assertThat(r.meetings()).extracting(Meeting::date)
                .containsExactly(LocalDate.of(2024, 9, 10), LocalDate.of(2025, 2, 20), LocalDate.of(2025, 5, 22));
    }

    @Test
    void meetingsOfTheSameDayComeOutSortedById() {
        LocalDate day = LocalDate.of(2024, 11, 14);
        Meeting seminar = withId(aMeetingOn(day), "b-seminar");
        Meeting session = withId(aMeetingOn(day), "a-session");
        CommunityRecord r = aCommunityRecord().toBuilder().meeting(seminar).meeting(session).build();
        assertThat(r.meetings()).containsExactly(session, seminar);
    }

    @Test
    void withoutMeetingsDropsTheSelectedOnes() {
        CommunityRecord r = aCommunityWithMembers().toBuilder()
                .meeting(aMeetingOn(LocalDate.of(2024, 9, 10)))
                .meeting(aMeetingOn(LocalDate.of(2025, 2, 20)))
                .withoutMeetings(m -> m.date().getYear() == 2025)
                .build();
        assertThat(r.meetings()).extracting(Meeting::date).containsExactly(LocalDate.of(2024, 9, 10));
    }

    // ---------------------------------------------------------------- broken references

    @Test
    void rejectsDuplicateWorkerIds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> aCommunityWithMembers().toBuilder().worker(aWorker(leaderId().value())).build())
                .withMessageContaining("workers: ")
                .withMessageContaining("id 'w-leader' occurs 2 times");
    }

    @Test
    void rejectsDuplicateOrganisationAndMeetingIds() {
        LocalDate day = LocalDate.of(2024, 11, 14);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> aCommunityRecord().toBuilder()
                        .organisation(RecordFixtures.theAuthority())
                        .meeting(aMeetingOn(day)).meeting(aMeetingOn(day))
                        .build())
                .withMessageContaining("organisations: ")
                .withMessageContaining("id 'rybnovsky-uo' occurs 2 times")
                .withMessageContaining("meetings: ")
                .withMessageContaining("id 'meeting-2024-11-14' occurs 2 times");
    }

    @Test
    void rejectsASignatureByAnUnknownWorker() {
        Meeting signedByGhost = aProtocolledMeetingOn(LocalDate.of(2024, 9, 10), "1", GHOST, secretaryId(), Set.of());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> aCommunityWithMembers().toBuilder().meeting(signedByGhost).build())
                .withMessageContaining("meetings[0].protocol.signatures[0].signer")
                .withMessageContaining("worker 'w-ghost' is not in workers");
    }

    @Test
    void pathsOfMeetingsCountInDateOrderNotInTheOrderAdded() {
        Meeting signedByGhost = aProtocolledMeetingOn(LocalDate.of(2024, 9, 10), "1", leaderId(), GHOST, Set.of());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> aCommunityWithMembers().toBuilder()
                        .meeting(aMeetingOn(LocalDate.of(2025, 5, 22)))
                        .meeting(signedByGhost)
                        .build())
                .withMessageContaining("meetings[0].protocol.signatures[1].signer");
    }

    @Test
    void rejectsAPlanReviewCitingAnUnknownMeeting() {
        CommunityRecord full = aCommunityWithAFullYear();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> full.toBuilder().withoutMeetings(m -> m.date().equals(LocalDate.of(2024, 9, 10))).build())
                .withMessageContaining("plans[0].steps[1].meeting")
                .withMessageContaining("meeting 'meeting-2024-09-10' is not in meetings");
    }

    @Test
    void rejectsAnActIssuedByAnOrganisationNotInTheRecord() {
        Act foreignOrder = anOrder("12", COMPOSED, OrganisationId.of("ryazan-minobr"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> aCommunityWithMembers().toBuilder()
                        .appointment(Appointment.byAct(firstMemberId(), CommunityRole.CO_LEADER, foreignOrder))
                        .build())
                .withMessageContaining("appointments[2].act.issuer.organisation")
                .withMessageContaining("organisation 'ryazan-minobr' is not in organisations");
    }

    @Test
    void listsEveryProblemWithItsPathInOneMessage() {
        Meeting signedByGhost = aProtocolledMeetingOn(LocalDate.of(2024, 9, 10), "1", GHOST, secretaryId(), Set.of());
        Act foreignOrder = anOrder("12", COMPOSED, OrganisationId.of("ryazan-minobr"));
        Throwable thrown = catchThrowable(() -> aCommunityWithAFullYear().toBuilder()
                .worker(aWorker(secondMemberId().value()))
                .withoutMeetings(m -> m.date().equals(LocalDate.of(2024, 9, 10)))
                .meeting(signedByGhost)
                .withoutMeetings(m -> m.date().equals(LocalDate.of(2025, 5, 22)))
                .appointment(Appointment.byAct(firstMemberId(), CommunityRole.CO_LEADER, foreignOrder))
                .build());
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CommunityRecord: нарушена целостность записи / the record is inconsistent:");
        List<String> lines = thrown.getMessage().lines().skip(1).toList();
        assertThat(lines).allMatch(l -> l.startsWith("  - "));
        assertThat(lines).anyMatch(l -> l.startsWith("  - workers: ") && l.contains("'w-member-2' occurs 2 times"));
        assertThat(lines).anyMatch(l -> l.startsWith("  - meetings[0].protocol.signatures[0].signer: "));
        assertThat(lines).anyMatch(l -> l.startsWith("  - appointments[2].act.issuer.organisation: "));
        assertThat(lines).anyMatch(l -> l.startsWith("  - reports[0].presentedAt: ") && l.contains("'meeting-2025-05-22'"));
        assertThat(lines).hasSize(4);
    }

    @Test
    void checksEveryKindOfReference() {
        Community terminated = aCommunity().withTermination(Termination.of(LocalDate.of(2025, 8, 31),
                TerminationReason.LIQUIDATED, anOrder("90", LocalDate.of(2025, 8, 31), OrganisationId.of("gone-3"))));
        Meeting attendedByGhost = new Meeting(MeetingId.of("m-open"), LocalDate.of(2024, 12, 5),
                EventForm.OPEN_EVENT, "Открытое мероприятие", List.of(), Optional.empty(),
                Optional.of(new RegistrationSheet(Set.of(GHOST), 12)), Optional.empty());
        StatusGrant foreignStatus = RecordFixtures.aStatusGrant(OrganisationId.of("gone-5"), LocalDate.of(2024, 9, 20),
                Period.ofYears(3), anExtension(OrganisationId.of("gone-6"), LocalDate.of(2027, 6, 1), Period.ofYears(1)));
        Plan plan = RecordFixtures.aWorkPlan(Y2024, aMeetingOn(LocalDate.of(2024, 9, 10)),
                anOrder("118", LocalDate.of(2024, 9, 12), OrganisationId.of("gone-7")), OrganisationId.of("gone-8"));
        Plan planByGhost = new Plan(plan.schoolYear(), plan.kind(), Optional.of(GHOST), plan.items(),
                plan.steps(), plan.publications());

        Throwable thrown = catchThrowable(() -> CommunityRecord.builder(terminated)
                .worker(aWorker("w-1", OrganisationId.of("gone-1")))
                .membership(aMembership(GHOST, COMPOSED))
                .appointment(anAppointment(GHOST, CommunityRole.LEADER, COMPOSED, COMPOSED.plusYears(1)))
                .compositionOrder(new CompositionOrder(Y2024,
                        anOrder("112-о", COMPOSED, OrganisationId.of("gone-2")), Set.of(GHOST), List.of()))
                .plan(planByGhost)
                .meeting(attendedByGhost)
                .report(RecordFixtures.anAnnualReport(Y2024, LocalDate.of(2025, 5, 20), MeetingId.of("m-missing")))
                .submission(new Submission(DocumentKind.ANNUAL_REPORT, Y2024, OrganisationId.of("gone-4"),
                        LocalDate.of(2025, 6, 5)))
                .statusGrant(foreignStatus)
                .build());

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage()).contains(
                "community.host: ",
                "community.creationAct.issuer.organisation: ",
                "community.termination.act.issuer.organisation: ",
                "workers[0].employer: ",
                "memberships[0].worker: ",
                "appointments[0].worker: ",
                "compositionOrders[0].act.issuer.organisation: ",
                "compositionOrders[0].members: ",
                "plans[0].author: ",
                "plans[0].steps[1].meeting: ",
                "plans[0].steps[2].act.issuer.organisation: ",
                "plans[0].publications[0].organisation: ",
                "meetings[0].registration.attendees: ",
                "reports[0].presentedAt: ",
                "submissions[0].to: ",
                "statusGrants[0].decision.issuer.organisation: ",
                "statusGrants[0].confirmation.issuer.organisation: ",
                "statusGrants[0].extensions[0].decision.issuer.organisation: ");
    }

    @Test
    void rejectsADocumentKeptAtAnOrganisationNotInTheRecord() {
        Document lost = new Document(DocumentKind.PROTOCOL, "Протокол № 1", LocalDate.of(2024, 9, 10),
                DocumentForm.PAPER, Optional.of(OrganisationId.of("gone-9")), Optional.of(Y2024));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> aCommunityRecord().toBuilder().document(lost).build())
                .withMessageContaining("documents[0].keptAt")
                .withMessageContaining("organisation 'gone-9' is not in organisations");
    }

    @Test
    void inconsistencyMessagesNameWorkersByIdOnly() {
        PedagogicalWorker twin = aWorker(leaderId().value());
        Throwable thrown = catchThrowable(() ->
                aCommunityWithMembers().toBuilder().worker(twin).build());
        assertThat(thrown).hasMessageContaining("w-leader");
        for (PedagogicalWorker w : aCommunityWithMembers().workers()) {
            assertThat(thrown.getMessage()).doesNotContain(w.personalData().fullName());
        }
        assertThat(thrown.getMessage()).doesNotContain(twin.personalData().fullName(), "1979", "@");
    }

    @Test
    void toStringShowsNoPersonalData() {
        CommunityRecord r = aCommunityWithAFullYear();
        String printed = r.toString();
        assertThat(printed).contains("w-leader");
        for (PedagogicalWorker w : r.workers()) {
            assertThat(printed).doesNotContain(w.personalData().fullName());
            w.personalData().contacts().forEach(c -> assertThat(printed).doesNotContain(c.value()));
            assertThat(printed).doesNotContain(w.personalData().birthDate().orElseThrow().toString());
        }
    }

    @Test
    void rejectsMissingPartsNamingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CommunityRecord(aCommunity(), TermCalendar.standard(), List.of(), null, List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                .withMessageStartingWith("CommunityRecord.workers:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CommunityRecord(aCommunity(), null, List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                .withMessageStartingWith("CommunityRecord.terms:");
        assertThatIllegalArgumentException().isThrownBy(() -> CommunityRecord.builder(null))
                .withMessageContaining("community");
        assertThatIllegalArgumentException().isThrownBy(() -> aCommunityRecord().toBuilder().worker(null))
                .withMessageContaining("worker");
    }

    // ---------------------------------------------------------------- copies and builder

    @Test
    void toBuilderRoundTripGivesAnEqualRecord() {
        CommunityRecord full = aCommunityWithAFullYear();
        assertThat(full.toBuilder().build()).isEqualTo(full).hasSameHashCodeAs(full);
        CommunityRecord withTerms = full.toBuilder()
                .terms(TermCalendar.of(TermCalendar.standard().quartersOf(Y2024))).build();
        assertThat(withTerms.toBuilder().build()).isEqualTo(withTerms);
        assertThat(withTerms).isNotEqualTo(full);
    }

    @Test
    void changingABuilderDoesNotChangeTheRecordItCameFrom() {
        CommunityRecord members = aCommunityWithMembers();
        CommunityRecord.Builder builder = members.toBuilder();
        builder.meeting(aMeetingOn(LocalDate.of(2024, 9, 10))).worker(aWorker("w-new"));
        CommunityRecord changed = builder.build();
        assertThat(members.meetings()).isEmpty();
        assertThat(members.workers()).hasSize(4);
        assertThat(changed.workers()).hasSize(5);
        builder.meeting(aMeetingOn(LocalDate.of(2024, 11, 14)));
        assertThat(changed.meetings()).hasSize(1);
    }

    @Test
    void mutatingSourceListsDoesNotChangeTheRecord() {
        CommunityRecord base = aCommunityWithMembers();
        List<PedagogicalWorker> workers = new ArrayList<>(base.workers());
        List<Meeting> meetings = new ArrayList<>(List.of(aMeetingOn(LocalDate.of(2024, 9, 10))));
        CommunityRecord r = new CommunityRecord(base.community(), base.terms(), base.organisations(), workers,
                base.memberships(), base.appointments(), base.compositionOrders(), base.plans(), meetings,
                base.documents(), base.reports(), base.submissions(), base.statusGrants());
        workers.clear();
        meetings.add(aMeetingOn(LocalDate.of(2024, 11, 14)));
        assertThat(r.workers()).hasSize(4);
        assertThat(r.meetings()).hasSize(1);
        assertThatThrownBy(() -> r.meetings().add(aMeetingOn(LocalDate.of(2025, 1, 1))))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- who holds what, when

    @Test
    void holdersOfALeadingRoleAreThoseAppointedThatDay() {
        CommunityRecord r = aCommunityWithMembers();
        assertThat(r.holdersOn(CommunityRole.LEADER, COMPOSED.minusDays(1))).isEmpty();
        assertThat(r.holdersOn(CommunityRole.LEADER, COMPOSED)).containsExactly(leaderId());
        assertThat(r.holdersOn(CommunityRole.SECRETARY, COMPOSED)).containsExactly(secretaryId());
        assertThat(r.holdersOn(CommunityRole.CO_LEADER, COMPOSED)).isEmpty();
    }

    @Test
    void aNewLeaderTakesOverTheDayAfterThePreviousOneLeft() {
        LocalDate lastDay = LocalDate.of(2024, 12, 31);
        CommunityRecord r = aCommunityRecord().toBuilder()
                .worker(aWorker("w-old", authorityId()))
                .worker(aWorker("w-new", authorityId()))
                .appointment(anAppointment(WorkerId.of("w-old"), CommunityRole.LEADER, COMPOSED, lastDay))
                .appointment(new Appointment(WorkerId.of("w-new"), CommunityRole.LEADER,
                        lastDay.plusDays(1), Optional.empty(), Optional.empty()))
                .build();
        assertThat(r.holdersOn(CommunityRole.LEADER, lastDay)).containsExactly(WorkerId.of("w-old"));
        assertThat(r.holdersOn(CommunityRole.LEADER, lastDay.plusDays(1))).containsExactly(WorkerId.of("w-new"));
    }

    @Test
    void holdersOfMemberAreTheMembersThatDayEachOnce() {
        LocalDate left = LocalDate.of(2025, 1, 31);
        CommunityRecord r = aCommunityWithMembers().toBuilder()
                .worker(aWorker("w-visitor"))
                .membership(aMembership(WorkerId.of("w-visitor"), COMPOSED, left))
                .membership(aMembership(WorkerId.of("w-visitor"), LocalDate.of(2025, 3, 1)))
                .membership(aMembership(leaderId(), COMPOSED))
                .build();
        assertThat(r.holdersOn(CommunityRole.MEMBER, COMPOSED.minusDays(1))).isEmpty();
        assertThat(r.holdersOn(CommunityRole.MEMBER, left)).hasSize(5).doesNotHaveDuplicates()
                .contains(WorkerId.of("w-visitor"));
        assertThat(r.holdersOn(CommunityRole.MEMBER, left.plusDays(1))).hasSize(4).doesNotContain(WorkerId.of("w-visitor"));
        assertThat(r.holdersOn(CommunityRole.MEMBER, LocalDate.of(2025, 3, 1))).hasSize(5);
    }

    @Test
    void isMemberFromTheDayOfJoiningToTheDayOfLeaving() {
        LocalDate left = LocalDate.of(2025, 1, 31);
        CommunityRecord r = aCommunityRecord().toBuilder()
                .worker(aWorker("w-1", authorityId()))
                .membership(aMembership(WorkerId.of("w-1"), COMPOSED, left))
                .build();
        WorkerId w = WorkerId.of("w-1");
        assertThat(r.isMemberOn(w, COMPOSED.minusDays(1))).isFalse();
        assertThat(r.isMemberOn(w, COMPOSED)).isTrue();
        assertThat(r.isMemberOn(w, left)).isTrue();
        assertThat(r.isMemberOn(w, left.plusDays(1))).isFalse();
        assertThat(r.isMemberOn(GHOST, COMPOSED)).isFalse();
    }

    @Test
    void aLeaderWithoutMembershipIsNotAMember() {
        CommunityRecord r = aCommunityRecord().toBuilder()
                .worker(aWorker("w-1", authorityId()))
                .appointment(anAppointment(WorkerId.of("w-1"), CommunityRole.LEADER, COMPOSED, COMPOSED.plusYears(1)))
                .build();
        assertThat(r.isMemberOn(WorkerId.of("w-1"), COMPOSED)).isFalse();
        assertThat(r.holdersOn(CommunityRole.MEMBER, COMPOSED)).isEmpty();
    }

    // ---------------------------------------------------------------- state of the community

    @Test
    void isNotYetCreatedTheDayBeforeCreation() {
        assertThat(aCommunityRecord().stateOn(LocalDate.of(2020, 3, 22))).isEqualTo(new CommunityState.NotYetCreated());
    }

    @Test
    void isActiveWithoutStatusFromTheDayOfCreation() {
        assertThat(aCommunityRecord().stateOn(LocalDate.of(2020, 3, 23))).isEqualTo(new CommunityState.Active(Optional.empty()));
    }

    @Test
    void isActiveWithItsStatusFromTheDecisionToTheLastDay() {
        CommunityRecord r = aCommunityWithStatus();
        StatusGrant grant = r.statusGrants().get(0);
        assertThat(r.stateOn(LocalDate.of(2022, 8, 31))).isInstanceOf(CommunityState.NotYetCreated.class);
        assertThat(r.stateOn(LocalDate.of(2022, 9, 1))).isEqualTo(new CommunityState.Active(Optional.empty()));
        assertThat(r.stateOn(LocalDate.of(2022, 9, 14))).isEqualTo(new CommunityState.Active(Optional.empty()));
        assertThat(r.stateOn(LocalDate.of(2022, 9, 15))).isEqualTo(new CommunityState.Active(Optional.of(grant)));
        assertThat(r.stateOn(LocalDate.of(2025, 9, 14))).isEqualTo(new CommunityState.Active(Optional.of(grant)));
        assertThat(r.stateOn(LocalDate.of(2025, 9, 15))).isEqualTo(new CommunityState.Active(Optional.empty()));
    }

    @Test
    void anExtensionKeepsTheStatusInForce() {
        CommunityRecord r = aCommunityWithStatus(anExtension(methodicalCentreId(), LocalDate.of(2025, 6, 1), Period.ofYears(1)));
        assertThat(r.stateOn(LocalDate.of(2026, 9, 14)))
                .isEqualTo(new CommunityState.Active(Optional.of(r.statusGrants().get(0))));
        assertThat(r.stateOn(LocalDate.of(2026, 9, 15))).isEqualTo(new CommunityState.Active(Optional.empty()));
    }

    @Test
    void isActiveOnItsLastDayAndTerminatedTheDayAfter() {
        LocalDate lastDay = LocalDate.of(2025, 8, 31);
        Termination termination = Termination.of(lastDay, TerminationReason.TOPIC_NO_LONGER_RELEVANT,
                anOrder("90", lastDay, authorityId(), "О прекращении деятельности ППС"));
        CommunityRecord r = aCommunityRecord().toBuilder().community(aCommunity().withTermination(termination)).build();
        assertThat(r.stateOn(lastDay)).isInstanceOf(CommunityState.Active.class);
        assertThat(r.stateOn(lastDay.plusDays(1))).isEqualTo(new CommunityState.Terminated(termination));
        assertThat(r.stateOn(lastDay.plusYears(5))).isEqualTo(new CommunityState.Terminated(termination));
    }

    @Test
    void stateRejectsAMissingDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> aCommunityRecord().stateOn(null)).withMessageContaining("date");
    }

    private static Meeting withId(Meeting m, String id) {
        return new Meeting(MeetingId.of(id), m.date(), m.form(), m.topic(), m.agenda(), m.protocol(), m.registration(),
                m.scenario());
    }
}
