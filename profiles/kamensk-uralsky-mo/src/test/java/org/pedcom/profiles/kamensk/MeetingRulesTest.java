package org.pedcom.profiles.kamensk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.DECEMBER_SESSION;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.FINAL_SESSION;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.LEADER;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.MARCH_SESSION;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.OPENING_SESSION;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.OPEN_EVENT;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.PSYCHOLOGIST;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.SECRETARY;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.SEMINAR;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.aSession;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.draft;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.inForm;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.item;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.judge;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.on;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.onlyViolation;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.profileWith;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.withAgenda;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.withSignatures;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.withoutProtocol;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.withoutRegistration;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.withoutScenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.CommunityRole;
import org.pedcom.record.CommunityRecord;

/** П. 5.2 (sessions, protocols) and п. 9.6 (scenarios, registration sheets). */
class MeetingRulesTest {

    // ---- 5.2: не реже одного раза в полугодие ----------------------------------------------------------------

    @Test
    void rejectsHalfYearWithoutASession() {
        // The March and final sessions were held as «совещания»: section 6 tells them apart from «заседания».
        CommunityRecord record = draft()
                .meeting(MARCH_SESSION, m -> inForm(m, EventForm.CONFERENCE))
                .meeting(FINAL_SESSION, m -> inForm(m, EventForm.CONFERENCE))
                .build();

        Finding f = onlyViolation(judge(record), "sessions-per-half-year", "5.2");
        assertThat(f.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("II полугодие 2024/2025"));
    }

    @Test
    void doesNotCountSeminarsOrConferencesAsSessions() {
        // The first half-year still has its seminar of 20.11.2024 and the opening meeting, now a conference.
        CommunityRecord record = draft()
                .meeting(OPENING_SESSION, m -> inForm(m, EventForm.CONFERENCE))
                .meeting(DECEMBER_SESSION, m -> inForm(m, EventForm.WORKSHOP))
                .build();

        Finding f = onlyViolation(judge(record), "sessions-per-half-year", "5.2");
        assertThat(f.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("I полугодие 2024/2025"));
    }

    @Test
    void acceptsTheOnlySessionOfTheFirstHalfYearOnThirtyFirstDecember() {
        CommunityRecord record = onlyFirstHalfYearSessionOn(LocalDate.of(2024, 12, 31));

        assertThat(judge(record).violations()).isEmpty();
    }

    @Test
    void rejectsTheFirstHalfYearWhenItsSessionSlipsToFirstJanuary() {
        CommunityRecord record = onlyFirstHalfYearSessionOn(LocalDate.of(2025, 1, 1));

        Finding f = onlyViolation(judge(record), "sessions-per-half-year", "5.2");
        assertThat(f.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("I полугодие 2024/2025"));
    }

    @Test
    void doesNotJudgeTheFirstHalfYearOfAnMoCreatedInOctober() {
        CommunityRecord record = withoutFirstHalfYearSessions().createdOn(LocalDate.of(2024, 10, 15)).build();

        ComplianceReport report = judge(record);

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
    }

    @Test
    void judgesTheFirstHalfYearOfAnMoCreatedOnFirstSeptember() {
        CommunityRecord record = withoutFirstHalfYearSessions().createdOn(LocalDate.of(2024, 9, 1)).build();

        onlyViolation(judge(record), "sessions-per-half-year", "5.2");
    }

    // ---- 5.2 / 9.6: протокол заседания ----------------------------------------------------------------------

    @Test
    void rejectsSessionWithoutProtocol() {
        CommunityRecord record = draft().meeting(DECEMBER_SESSION, KamenskMoCommunityYear::withoutProtocol).build();

        Finding f = onlyViolation(judge(record), "session-protocol", "5.2");
        assertThat(f.clauses()).extracting(c -> c.number()).containsExactly("5.2", "9.6");
        assertThat(f.evidence().meetings()).containsExactly(DECEMBER_SESSION);
    }

    @Test
    void rejectsASessionWithoutProtocolOnTheEditionsFirstDay() {
        CommunityRecord record = draft().addMeeting(withoutProtocol(extraSession("m-2024-09-02", LocalDate.of(2024, 9, 2))))
                .build();

        onlyViolation(judge(record), "session-protocol", "5.2");
    }

    @Test
    void leavesASessionHeldTheDayBeforeTheEditionToTheRulesThenInForce() {
        CommunityRecord record = draft().addMeeting(withoutProtocol(extraSession("m-2024-09-01", LocalDate.of(2024, 9, 1))))
                .build();

        assertThat(judge(record).findings()).isEmpty();
    }

    @Test
    void doesNotDemandAProtocolOfASeminarOrAnOpenEvent() {
        CommunityRecord record = KamenskMoCommunityYear.aCompliantCommunityYear();

        assertThat(record.meeting(SEMINAR).orElseThrow().protocol()).isEmpty();
        assertThat(record.meeting(OPEN_EVENT).orElseThrow().protocol()).isEmpty();
        assertThat(judge(record).findings()).isEmpty();
    }

    // ---- 5.2: рекомендации и решения по каждому вопросу, подписи --------------------------------------------

    @Test
    void rejectsAQuestionWithADecisionButNoRecommendation() {
        CommunityRecord record = draft().meeting(DECEMBER_SESSION, m -> withAgenda(m, List.of(
                AgendaItem.of("О результатах работы ППк в I полугодии", List.of("Принять информацию к сведению"), List.of()))))
                .build();

        Finding f = onlyViolation(judge(record), "session-protocol-content", "5.2");
        assertThat(f.message().ru()).contains("решение и рекомендация");
    }

    @Test
    void acceptsAQuestionWithOnlyADecisionWhenEitherOutcomeSuffices() {
        CommunityRecord record = draft().meeting(DECEMBER_SESSION, m -> withAgenda(m, List.of(
                AgendaItem.of("О результатах работы ППк в I полугодии", List.of("Принять информацию к сведению"), List.of()))))
                .build();

        ComplianceReport report = judge(record, profileWith("item-outcome", "decision-or-recommendation"));

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
    }

    @Test
    void acceptsAQuestionWithOnlyARecommendationWhenEitherOutcomeSuffices() {
        CommunityRecord record = draft().meeting(MARCH_SESSION, m -> withAgenda(m, List.of(
                AgendaItem.of("Об опыте наставничества в ДОО", List.of(), List.of("Обобщить опыт в банке практик")))))
                .build();

        assertThat(judge(record).violations()).extracting(f -> f.rule().value()).containsExactly("session-protocol-content");
        assertThat(judge(record, profileWith("item-outcome", "decision-or-recommendation")).findings()).isEmpty();
    }

    @Test
    void rejectsAQuestionWithNeitherDecisionNorRecommendationUnderEitherReading() {
        CommunityRecord record = draft().meeting(MARCH_SESSION, m -> withAgenda(m, List.of(
                AgendaItem.of("Разное", List.of(), List.of())))).build();

        onlyViolation(judge(record), "session-protocol-content", "5.2");
        onlyViolation(judge(record, profileWith("item-outcome", "decision-or-recommendation")),
                "session-protocol-content", "5.2");
    }

    @Test
    void rejectsAProtocolWithoutTheSecretarysSignature() {
        CommunityRecord record = draft().meeting(FINAL_SESSION,
                m -> withSignatures(m, new Signature(LEADER, CommunityRole.LEADER))).build();

        Finding f = onlyViolation(judge(record), "session-protocol-content", "5.2");
        assertThat(f.message().ru()).contains("нет подписи: секретарь");
    }

    @Test
    void rejectsAProtocolSignedAsSecretaryBySomeoneNotHoldingThatRole() {
        CommunityRecord record = draft().meeting(FINAL_SESSION, m -> withSignatures(m,
                new Signature(LEADER, CommunityRole.LEADER), new Signature(PSYCHOLOGIST, CommunityRole.SECRETARY))).build();

        Finding f = onlyViolation(judge(record), "session-protocol-content", "5.2");
        assertThat(f.message().ru()).contains("не занимавшим эту роль");
    }

    // ---- 9.6: сценарии открытых мероприятий, листы регистрации ----------------------------------------------

    @Test
    void rejectsAnOpenEventWithoutScenario() {
        CommunityRecord record = draft().meeting(OPEN_EVENT, KamenskMoCommunityYear::withoutScenario).build();

        Finding f = onlyViolation(judge(record), "open-event-scenario", "9.6");
        assertThat(f.evidence().meetings()).containsExactly(OPEN_EVENT);
    }

    @Test
    void rejectsAnOpenLessonWithoutScenario() {
        CommunityRecord record = draft().meeting(OPEN_EVENT, m -> withoutScenario(inForm(m, EventForm.OPEN_LESSON))).build();

        onlyViolation(judge(record), "open-event-scenario", "9.6");
    }

    @Test
    void doesNotDemandAScenarioOfASession() {
        CommunityRecord record = KamenskMoCommunityYear.aCompliantCommunityYear();

        assertThat(record.meeting(DECEMBER_SESSION).orElseThrow().scenario()).isEmpty();
        assertThat(judge(record).findings()).isEmpty();
    }

    @Test
    void rejectsAnEventWithoutRegistrationSheet() {
        CommunityRecord record = draft().meeting(SEMINAR, KamenskMoCommunityYear::withoutRegistration).build();

        Finding f = onlyViolation(judge(record), "event-registration-sheet", "9.6");
        assertThat(f.evidence().meetings()).containsExactly(SEMINAR);
    }

    @Test
    void rejectsASessionWithoutRegistrationSheet() {
        CommunityRecord record = draft().meeting(OPENING_SESSION, KamenskMoCommunityYear::withoutRegistration).build();

        onlyViolation(judge(record), "event-registration-sheet", "9.6");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** The first half-year keeps one session, moved to {@code date}; the opening meeting becomes a conference. */
    private static CommunityRecord onlyFirstHalfYearSessionOn(LocalDate date) {
        return draft()
                .meeting(OPENING_SESSION, m -> inForm(m, EventForm.CONFERENCE))
                .meeting(DECEMBER_SESSION, m -> on(m, date))
                .build();
    }

    private static KamenskMoCommunityYear.Draft withoutFirstHalfYearSessions() {
        return draft()
                .meeting(OPENING_SESSION, m -> inForm(m, EventForm.CONFERENCE))
                .meeting(DECEMBER_SESSION, m -> inForm(m, EventForm.CONFERENCE));
    }

    private static org.pedcom.meeting.Meeting extraSession(String id, LocalDate date) {
        return aSession(MeetingId.of(id), date, "Внеочередное заседание", "б/н",
                List.of(item("О подготовке к установочному заседанию", "Подготовить проект плана",
                        "Собрать предложения членов МО")),
                Set.of(LEADER, SECRETARY));
    }
}
