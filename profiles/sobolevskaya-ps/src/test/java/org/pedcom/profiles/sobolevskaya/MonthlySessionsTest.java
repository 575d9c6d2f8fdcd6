package org.pedcom.profiles.sobolevskaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.aCommunityCreatedOn;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.aSession;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.afterTheYear;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.edit;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.judgedAfter;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.movedTo;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.sessionOf;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;

/** Clause 3.1 «Заседания ПС проводятся не реже 1 раза в месяц». */
class MonthlySessionsTest {

    private static final Profiles PROFILES = Profiles.load();
    private static final Profile DEFAULT = PROFILES.profile("sobolevskaya-ps");

    private static Profile with(String parameter, String value) {
        return PROFILES.profile(ProfileId.of("sobolevskaya-ps"), ProfileSettings.of(Map.of(parameter, value)));
    }

    private static CommunityRecord withSessionMoved(CommunityRecord year, MeetingId id, LocalDate to) {
        Meeting session = year.meeting(id).orElseThrow();
        return edit(year, p -> p.replaceMeeting(id, movedTo(session, to)));
    }

    private static List<String> violatedMonths(ComplianceReport report) {
        return report.violations().stream()
                .peek(f -> assertThat(f.rule().value()).isEqualTo("sessions-monthly"))
                .peek(f -> assertThat(f.clauseNumber()).isEqualTo("3.1"))
                .map(f -> f.period().orElseThrow().label()).toList();
    }

    @Test
    void aYearWithoutAFebruarySessionHasExactlyOneViolationCiting31() {
        CommunityRecord year = aCompliantCommunityYear().toBuilder()
                .withoutMeetings(m -> m.date().getMonth() == Month.FEBRUARY).build();

        ComplianceReport report = Compliance.evaluate(year, DEFAULT, afterTheYear());

        assertThat(report.violations()).singleElement().satisfies(f -> {
            assertThat(f.rule().value()).isEqualTo("sessions-monthly");
            assertThat(f.clauseNumber()).isEqualTo("3.1");
            assertThat(f.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("февраль 2025"));
            assertThat(f.citation()).startsWith("п. 3.1 Положения о профессиональном сообществе учителей");
        });
        assertThat(report.findings()).hasSize(1);
        assertThat(report.verdict()).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void expectsNoSessionInJuneJulyOrAugustByDefault() {
        ComplianceReport report = Compliance.evaluate(aCompliantCommunityYear(), DEFAULT, afterTheYear());

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void doesNotBlameTheMonthStillRunning() {
        CommunityRecord year = aCompliantCommunityYear().toBuilder()
                .withoutMeetings(m -> !m.date().isBefore(LocalDate.of(2025, 2, 1))).build();

        ComplianceReport report = Compliance.evaluate(year, DEFAULT, LocalDate.of(2025, 2, 20));

        assertThat(report.violations()).isEmpty();
        assertThat(report.obligations()).anySatisfy(o -> {
            assertThat(o.rule().value()).isEqualTo("sessions-monthly");
            assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 2, 28));
        });
    }

    @Test
    void aSessionOn31AugustDoesNotCountForSeptember() {
        CommunityRecord year = withSessionMoved(aCompliantCommunityYear(), sessionOf(2024, Month.SEPTEMBER),
                LocalDate.of(2024, 8, 31));

        assertThat(violatedMonths(Compliance.evaluate(year, DEFAULT, afterTheYear()))).containsExactly("сентябрь 2024");
    }

    @Test
    void aSessionOn1SeptemberCountsForSeptember() {
        CommunityRecord year = withSessionMoved(aCompliantCommunityYear(), sessionOf(2024, Month.SEPTEMBER),
                LocalDate.of(2024, 9, 1));

        assertThat(Compliance.evaluate(year, DEFAULT, afterTheYear()).violations()).isEmpty();
    }

    @Test
    void aSessionOnTheLastDayOfAMonthCountsForThatMonth() {
        CommunityRecord year = withSessionMoved(aCompliantCommunityYear(), sessionOf(2024, Month.OCTOBER),
                LocalDate.of(2024, 10, 31));

        assertThat(Compliance.evaluate(year, DEFAULT, afterTheYear()).violations()).isEmpty();
    }

    @Test
    void aSessionOnTheFirstDayOfTheNextMonthLeavesTheMonthWithout() {
        CommunityRecord year = withSessionMoved(aCompliantCommunityYear(), sessionOf(2024, Month.OCTOBER),
                LocalDate.of(2024, 11, 1));

        assertThat(violatedMonths(Compliance.evaluate(year, DEFAULT, afterTheYear()))).containsExactly("октябрь 2024");
    }

    @Test
    void aSessionOn29FebruaryOfALeapYearCountsForFebruary() {
        CommunityRecord year = withSessionMoved(aCompliantCommunityYear(2023), sessionOf(2023, Month.FEBRUARY),
                LocalDate.of(2024, 2, 29));

        assertThat(Compliance.evaluate(year, DEFAULT, judgedAfter(2023)).violations()).isEmpty();
    }

    @Test
    void aSessionOn1MarchOfALeapYearLeavesFebruaryWithout() {
        CommunityRecord year = withSessionMoved(aCompliantCommunityYear(2023), sessionOf(2023, Month.FEBRUARY),
                LocalDate.of(2024, 3, 1));

        assertThat(violatedMonths(Compliance.evaluate(year, DEFAULT, judgedAfter(2023)))).containsExactly("февраль 2024");
    }

    @Test
    void aCommunityCreatedOn15OctoberOwesNoOctoberSession() {
        CommunityRecord year = aCommunityCreatedOn(LocalDate.of(2024, 10, 15));

        assertThat(year.meetings()).noneMatch(m -> m.date().getMonth() == Month.OCTOBER);
        assertThat(Compliance.evaluate(year, DEFAULT, afterTheYear()).violations()).isEmpty();
    }

    @Test
    void aCommunityCreatedOn15OctoberOwesANovemberSession() {
        CommunityRecord year = edit(aCommunityCreatedOn(LocalDate.of(2024, 10, 15)), p -> p.dropMeetingsIn(Month.NOVEMBER));

        assertThat(violatedMonths(Compliance.evaluate(year, DEFAULT, afterTheYear()))).containsExactly("ноябрь 2024");
    }

    @Test
    void septemberToJuneAlsoExpectsAJuneSession() {
        Profile toJune = with("counted-months", "september-june");

        assertThat(violatedMonths(Compliance.evaluate(aCompliantCommunityYear(), toJune, afterTheYear())))
                .containsExactly("июнь 2025");
        CommunityRecord withJune = aCompliantCommunityYear().toBuilder()
                .meeting(aSession("pos-2025-06", LocalDate.of(2025, 6, 5), "Итоги года")).build();
        assertThat(Compliance.evaluate(withJune, toJune, afterTheYear()).violations()).isEmpty();
    }

    @Test
    void allMonthsExpectsSessionsInTheSummerToo() {
        ComplianceReport report = Compliance.evaluate(aCompliantCommunityYear(), with("counted-months", "all-months"),
                afterTheYear());

        assertThat(violatedMonths(report)).containsExactly("июнь 2025", "июль 2025", "август 2025");
    }

    @Test
    void aSeminarIsNotASessionByDefault() {
        MeetingId february = sessionOf(2024, Month.FEBRUARY);
        CommunityRecord year = aCompliantCommunityYear();
        Meeting session = year.meeting(february).orElseThrow();
        CommunityRecord withSeminar = edit(year, p -> p.replaceMeeting(february, new Meeting(february, session.date(),
                EventForm.SEMINAR, "Семинар «Функциональная грамотность на уроках»", session.agenda(), session.protocol(),
                session.registration(), session.scenario())));

        assertThat(violatedMonths(Compliance.evaluate(withSeminar, DEFAULT, afterTheYear()))).containsExactly("февраль 2025");
        assertThat(Compliance.evaluate(withSeminar, with("counted-events", "any-form"), afterTheYear()).violations())
                .isEmpty();
    }

    @Test
    void namesTheMonthInTheFinding() {
        CommunityRecord year = aCompliantCommunityYear().toBuilder()
                .withoutMeetings(m -> m.date().getMonth() == Month.DECEMBER).build();

        Finding f = Compliance.evaluate(year, DEFAULT, afterTheYear()).violations().get(0);

        assertThat(f.message().ru()).contains("декабрь 2024").contains("не менее 1");
    }
}
