package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.LEADER;
import static org.pedcom.compliance.EngineFixtures.TEACHER;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.aSession;
import static org.pedcom.compliance.EngineFixtures.judge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.Protocol;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.CommunityRole;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.ItemOutcome;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingPart;
import org.pedcom.rule.ProtocolContent;

class MeetingRecordsTest {

    private static final LocalDate CREATED = LocalDate.of(2024, 8, 30);
    private static final LocalDate ON = LocalDate.of(2024, 10, 10);
    private static final ProtocolContent SIGNED_BY_LEADER_AND_SECRETARY = ProtocolContent.recording(
            ItemOutcome.DECISION_AND_RECOMMENDATION, CommunityRole.LEADER, CommunityRole.SECRETARY);

    private static Meeting with(Meeting m, List<AgendaItem> agenda, Optional<Protocol> protocol) {
        return new Meeting(m.id(), m.date(), m.form(), m.topic(), agenda, protocol, m.registration(), m.scenario());
    }

    private static CommunityRecord.Builder withMeeting(Meeting m) {
        return aCommunityCreatedOn(CREATED).meeting(m);
    }

    @Test
    void acceptsAProtocolWithDecisionsRecommendationsAndBothSignatures() {
        assertThat(judge(withMeeting(aSession("m-1", ON)), SIGNED_BY_LEADER_AND_SECRETARY, ON).findings()).isEmpty();
    }

    @Test
    void reportsAnItemWithoutARecommendationWhenBothAreDemanded() {
        Meeting m = aSession("m-1", ON);
        Meeting decisionOnly = with(m, List.of(AgendaItem.of("Об итогах ВПР", List.of("Принять к сведению"), List.of())), m.protocol());

        assertThat(judge(withMeeting(decisionOnly), SIGNED_BY_LEADER_AND_SECRETARY, ON).violations()).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().ru()).contains("по вопросу 1 «Об итогах ВПР» не зафиксировано: решение и рекомендация");
                    assertThat(f.evidence().meetings()).extracting(Object::toString).containsExactly("m-1");
                });
        assertThat(judge(withMeeting(decisionOnly), ProtocolContent.recording(ItemOutcome.DECISION_OR_RECOMMENDATION), ON).findings())
                .isEmpty();
    }

    @Test
    void reportsAMissingSecretarySignature() {
        Meeting m = aSession("m-1", ON);
        Meeting leaderOnly = with(m, m.agenda(), Optional.of(new Protocol("1", ON, List.of(new Signature(LEADER, CommunityRole.LEADER)))));

        assertThat(judge(withMeeting(leaderOnly), SIGNED_BY_LEADER_AND_SECRETARY, ON).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("нет подписи: секретарь"));
    }

    @Test
    void aSignatureCountsOnlyFromTheWorkerWhoHeldTheRoleThatDay() {
        Meeting m = aSession("m-1", ON);
        Meeting signedByTeacher = with(m, m.agenda(), Optional.of(new Protocol("1", ON, List.of(
                new Signature(LEADER, CommunityRole.LEADER), new Signature(TEACHER, CommunityRole.SECRETARY)))));

        assertThat(judge(withMeeting(signedByTeacher), SIGNED_BY_LEADER_AND_SECRETARY, ON).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("лицом, не занимавшим эту роль"));
    }

    @Test
    void judgesOnlyTheFormsNamedAndOnlyMeetingsThatHavePassed() {
        Meeting m = aSession("m-1", ON);
        Meeting seminarWithoutDecisions = new Meeting(m.id(), ON, EventForm.SEMINAR, m.topic(),
                List.of(AgendaItem.of("Мастер-класс", List.of(), List.of())), m.protocol(), m.registration(), m.scenario());

        assertThat(judge(withMeeting(seminarWithoutDecisions), SIGNED_BY_LEADER_AND_SECRETARY.forForms(EventForm.SESSION), ON)
                .findings()).isEmpty();
        assertThat(judge(withMeeting(seminarWithoutDecisions), SIGNED_BY_LEADER_AND_SECRETARY, ON.minusDays(1)).findings())
                .as("a meeting after the date of judgement is not judged").isEmpty();
    }

    @Test
    void requiresEveryDemandedPartOfEveryMeeting() {
        Meeting m = aSession("m-1", ON);
        Meeting bare = new Meeting(m.id(), ON, EventForm.SESSION, m.topic(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
        MeetingDocuments protocolAndSheet = MeetingDocuments.everyMeetingHas(MeetingPart.PROTOCOL, MeetingPart.REGISTRATION_SHEET);

        assertThat(judge(withMeeting(m), protocolAndSheet, ON).findings()).isEmpty();
        assertThat(judge(withMeeting(bare), protocolAndSheet, ON).violations()).singleElement().satisfies(f ->
                assertThat(f.message().ru()).contains("нет протокола").contains("нет листа регистрации"));
    }

    @Test
    void requiresAScenarioOnlyForOpenEvents() {
        Meeting session = aSession("m-1", ON);
        Meeting openEvent = new Meeting(session.id(), ON, EventForm.OPEN_EVENT, "Открытое занятие", session.agenda(),
                session.protocol(), session.registration(), Optional.empty());
        MeetingDocuments scenario = MeetingDocuments.everyMeetingHas(MeetingPart.SCENARIO).forForms(EventForm.OPEN_EVENT);

        assertThat(judge(withMeeting(session), scenario, ON).findings()).isEmpty();
        assertThat(judge(withMeeting(openEvent), scenario, ON).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("нет сценария"));
    }

    @Test
    void aMeetingBeforeTheCommunityExistedIsNotJudged() {
        Meeting early = new Meeting(aSession("m-0", ON).id(), CREATED.minusDays(1), EventForm.SESSION, "Установочное",
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(judge(withMeeting(early), MeetingDocuments.everyMeetingHas(MeetingPart.PROTOCOL), ON).findings()).isEmpty();
    }
}
