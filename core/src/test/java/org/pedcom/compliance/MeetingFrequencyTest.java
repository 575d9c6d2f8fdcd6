package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.aSession;
import static org.pedcom.compliance.EngineFixtures.judge;
import static org.pedcom.compliance.EngineFixtures.withMonthlySessions;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.calendar.AcademicQuarter;
import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Termination;
import org.pedcom.community.TerminationReason;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.record.CommunityRecord;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.MeetingFrequency;

class MeetingFrequencyTest {

    private static final Month[] SEPTEMBER_TO_MAY = {Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER,
            Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY};
    private static final MeetingFrequency MONTHLY_SEPTEMBER_TO_MAY =
            MeetingFrequency.atLeast(1, PeriodKind.MONTH).inMonths(SEPTEMBER_TO_MAY);
    private static final LocalDate LAST_AUGUST = LocalDate.of(2024, 8, 30);
    private static final MeetingFrequency ONCE_PER_HALF_YEAR = MeetingFrequency.atLeast(1, PeriodKind.HALF_YEAR);

    @Test
    void reportsExactlyTheOneMonthWithoutAMeeting() {
        ComplianceReport report = judge(withMonthlySessions(aCommunityCreatedOn(LAST_AUGUST),
                Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY,
                Month.MARCH, Month.APRIL, Month.MAY), MONTHLY_SEPTEMBER_TO_MAY, LocalDate.of(2025, 6, 30));

        assertThat(report.violations()).singleElement().satisfies(f -> {
            assertThat(f.clauseNumber()).isEqualTo("1.1");
            assertThat(f.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("февраль 2025"));
            assertThat(f.citation()).isEqualTo("п. 1.1 Положения о тестовом сообществе, утв. приказом № 1 от 01.01.2020");
            assertThat(f.message().ru()).contains("проведено 0");
        });
        assertThat(report.verdict()).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void compliesWhenEveryCountedMonthHasAMeeting() {
        ComplianceReport report = judge(withMonthlySessions(aCommunityCreatedOn(LAST_AUGUST), SEPTEMBER_TO_MAY),
                MONTHLY_SEPTEMBER_TO_MAY, LocalDate.of(2025, 8, 31));

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
    }

    @Test
    void periodNotYetEndedYieldsAnObligationNotAViolation() {
        ComplianceReport report = judge(withMonthlySessions(aCommunityCreatedOn(LAST_AUGUST), Month.SEPTEMBER),
                MONTHLY_SEPTEMBER_TO_MAY, LocalDate.of(2024, 10, 20));

        assertThat(report.findings()).isEmpty();
        assertThat(report.obligations()).singleElement().satisfies(o -> {
            assertThat(o.dueBy()).isEqualTo(LocalDate.of(2024, 10, 31));
            assertThat(o.what().ru()).contains("до 31.10.2024");
        });
        assertThat(report.clause(ClauseId.of("p1"))).hasValueSatisfying(
                c -> assertThat(c.status()).isEqualTo(ClauseStatus.COMPLIED));
    }

    @Test
    void lastDayOfThePeriodIsJudgedAndAMeetingOnItCounts() {
        CommunityRecord.Builder r = aCommunityCreatedOn(LAST_AUGUST);
        r.meeting(aSession("m-1", LocalDate.of(2024, 12, 31)));

        ComplianceReport onTheDay = judge(r, ONCE_PER_HALF_YEAR, LocalDate.of(2024, 12, 31));

        assertThat(onTheDay.findings()).isEmpty();
        assertThat(onTheDay.clause(ClauseId.of("p1")).orElseThrow().status()).isEqualTo(ClauseStatus.COMPLIED);
    }

    @Test
    void meetingOnThirtyFirstAugustCountsForTheEndingSchoolYearAndFirstSeptemberForTheNext() {
        CommunityRecord.Builder r = aCommunityCreatedOn(LAST_AUGUST);
        r.meeting(aSession("m-h1", LocalDate.of(2024, 10, 1)))
                .meeting(aSession("m-aug31", LocalDate.of(2025, 8, 31)));

        ComplianceReport report = judge(r, ONCE_PER_HALF_YEAR, LocalDate.of(2025, 12, 31));

        assertThat(report.violations()).singleElement().satisfies(f ->
                assertThat(f.period().orElseThrow().label()).isEqualTo("I полугодие 2025/2026"));

        CommunityRecord.Builder moved = aCommunityCreatedOn(LAST_AUGUST);
        moved.meeting(aSession("m-h1", LocalDate.of(2024, 10, 1)))
                .meeting(aSession("m-sep1", LocalDate.of(2025, 9, 1)));
        ComplianceReport movedReport = judge(moved, ONCE_PER_HALF_YEAR, LocalDate.of(2025, 12, 31));
        assertThat(movedReport.violations()).singleElement().satisfies(f ->
                assertThat(f.period().orElseThrow().label()).isEqualTo("II полугодие 2024/2025"));
    }

    @Test
    void communityCreatedMidMonthOwesNothingForThatMonth() {
        ComplianceReport report = judge(aCommunityCreatedOn(LocalDate.of(2024, 10, 15)),
                MONTHLY_SEPTEMBER_TO_MAY, LocalDate.of(2024, 11, 30));

        assertThat(report.violations()).singleElement().satisfies(f ->
                assertThat(f.period().orElseThrow().label()).isEqualTo("ноябрь 2024"));
    }

    @Test
    void onlyTheCountedFormsCount() {
        CommunityRecord.Builder r = aCommunityCreatedOn(LAST_AUGUST);
        Meeting seminar = aSession("m-1", LocalDate.of(2024, 10, 1));
        r.meeting(new Meeting(seminar.id(), seminar.date(), EventForm.SEMINAR, seminar.topic(), seminar.agenda(),
                seminar.protocol(), seminar.registration(), seminar.scenario()));

        ComplianceReport sessionsOnly = judge(r, ONCE_PER_HALF_YEAR.ofForms(EventForm.SESSION), LocalDate.of(2025, 1, 1));
        ComplianceReport anyForm = judge(r, ONCE_PER_HALF_YEAR, LocalDate.of(2025, 1, 1));

        assertThat(sessionsOnly.violations()).hasSize(1);
        assertThat(anyForm.violations()).isEmpty();
    }

    @Test
    void aMeetingOnTwentyNinthFebruaryCountsForFebruaryOfALeapYear() {
        CommunityRecord.Builder r = aCommunityCreatedOn(LocalDate.of(2023, 9, 1));
        r.meeting(aSession("m-leap", LocalDate.of(2024, 2, 29)));

        ComplianceReport report = judge(r, MeetingFrequency.atLeast(1, PeriodKind.MONTH).inMonths(Month.FEBRUARY),
                LocalDate.of(2024, 3, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(report.obligations()).singleElement().satisfies(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 2, 28)));
    }

    @Test
    void academicQuartersFollowTheSchoolsOwnDatesSoAHolidayMeetingCountsForNone() {
        SchoolYear year = SchoolYear.of(2024);
        TermCalendar terms = TermCalendar.of(List.of(
                AcademicQuarter.of(year, 1, DateRange.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 25))),
                AcademicQuarter.of(year, 2, DateRange.of(LocalDate.of(2024, 11, 5), LocalDate.of(2024, 12, 28))),
                AcademicQuarter.of(year, 3, DateRange.of(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 3, 21))),
                AcademicQuarter.of(year, 4, DateRange.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 26)))));
        CommunityRecord.Builder r = aCommunityCreatedOn(LAST_AUGUST);
        r.terms(terms)
                .meeting(aSession("m-q1", LocalDate.of(2024, 10, 1)))
                .meeting(aSession("m-holiday", LocalDate.of(2024, 11, 1)))
                .meeting(aSession("m-q3", LocalDate.of(2025, 2, 1)))
                .meeting(aSession("m-q4", LocalDate.of(2025, 4, 1)));

        ComplianceReport report = judge(r, MeetingFrequency.atLeast(1, PeriodKind.ACADEMIC_QUARTER), LocalDate.of(2025, 6, 1));

        assertThat(report.violations()).singleElement().satisfies(f ->
                assertThat(f.period().orElseThrow().label()).isEqualTo("2 четверть 2024/2025"));
    }

    @Test
    void periodsAfterTheCommunityEndedAreNotJudged() {
        CommunityRecord.Builder r = aCommunityCreatedOn(LAST_AUGUST);
        r.community(r.build().community().withTermination(
                new Termination(LocalDate.of(2024, 12, 31), TerminationReason.TERM_EXPIRED, Optional.empty())));
        r.meeting(aSession("m-1", LocalDate.of(2024, 10, 1)));

        ComplianceReport report = judge(r, ONCE_PER_HALF_YEAR, LocalDate.of(2026, 1, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(report.obligations()).isEmpty();
    }

    @Test
    void whenTheCurrentPeriodIsSettledTheNextOneIsDue() {
        CommunityRecord.Builder r = aCommunityCreatedOn(LAST_AUGUST);
        r.meeting(aSession("m-1", LocalDate.of(2024, 10, 1)));

        ComplianceReport report = judge(r, ONCE_PER_HALF_YEAR, LocalDate.of(2024, 11, 1));

        assertThat(report.obligations()).singleElement().satisfies(o -> {
            assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 8, 31));
            assertThat(o.period().orElseThrow().label()).isEqualTo("II полугодие 2024/2025");
        });
    }

    @Test
    void countsOnlyTheCountedMonthsOfAPeriodClippedToThePeriod() {
        org.pedcom.calendar.HalfYear second = SchoolYear.of(2024).halfYears().get(1);
        assertThat(MeetingJudges.countedPart(second, java.util.EnumSet.of(Month.FEBRUARY, Month.MAY)))
                .contains(DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 5, 31)));
        assertThat(MeetingJudges.countedPart(second, java.util.EnumSet.of(Month.JANUARY, Month.AUGUST)))
                .contains(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 31)));
        assertThat(MeetingJudges.countedPart(second, java.util.EnumSet.of(Month.FEBRUARY)))
                .contains(DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)));
        assertThat(MeetingJudges.countedPart(second, java.util.EnumSet.of(Month.OCTOBER))).isEmpty();
    }

    @Test
    void countsTheCountedMonthsOfASchoolYearAcrossTheTurnOfTheYear() {
        assertThat(MeetingJudges.countedPart(SchoolYear.of(2023), java.util.EnumSet.of(Month.DECEMBER, Month.FEBRUARY)))
                .contains(DateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29)));
        assertThat(MeetingJudges.countedPart(SchoolYear.of(2023), java.util.EnumSet.complementOf(
                java.util.EnumSet.of(Month.JULY, Month.AUGUST))))
                .contains(DateRange.of(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 6, 30)));
    }
}
