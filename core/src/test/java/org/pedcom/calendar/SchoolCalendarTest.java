package org.pedcom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchoolCalendarTest {

    private static final SchoolCalendar STANDARD = SchoolCalendar.standard();
    private static final SchoolYear Y2024 = SchoolYear.of(2024);

    private static DateRange range(String start, String end) {
        return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static List<String> names(List<Period> periods) {
        return periods.stream().map(Period::toString).toList();
    }

    @Test
    void aSchoolYearHasTwelveMonths() {
        assertThat(STANDARD.periods(PeriodKind.MONTH, Y2024.range())).hasSize(12);
    }

    @Test
    void listsThreeSchoolYearsForASpanStartingMidYear() {
        assertThat(names(STANDARD.periods(PeriodKind.SCHOOL_YEAR, range("2023-10-15", "2026-02-01"))))
                .containsExactly("2023/2024", "2024/2025", "2025/2026");
    }

    @Test
    void aSpanEndingOnThirtyFirstAugustDoesNotReachIntoTheNextSchoolYear() {
        assertThat(names(STANDARD.periods(PeriodKind.SCHOOL_YEAR, range("2024-09-01", "2025-08-31"))))
                .containsExactly("2024/2025");
        assertThat(names(STANDARD.periods(PeriodKind.SCHOOL_YEAR, range("2024-09-01", "2025-09-01"))))
                .containsExactly("2024/2025", "2025/2026");
    }

    @Test
    void listsFourHalfYearsAcrossTwoSchoolYears() {
        assertThat(names(STANDARD.periods(PeriodKind.HALF_YEAR, range("2024-09-01", "2026-08-31"))))
                .containsExactly("2024/2025-H1", "2024/2025-H2", "2025/2026-H1", "2025/2026-H2");
    }

    @Test
    void halfYearsOfASpanStartingMidHalfYearIncludeTheOneItStartsIn() {
        assertThat(names(STANDARD.periods(PeriodKind.HALF_YEAR, range("2024-11-15", "2025-01-01"))))
                .containsExactly("2024/2025-H1", "2024/2025-H2");
    }

    @Test
    void aSchoolYearOverlapsFiveCalendarQuarters() {
        assertThat(names(STANDARD.periods(PeriodKind.CALENDAR_QUARTER, Y2024.range())))
                .containsExactly("2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3");
    }

    @Test
    void listsThirteenCalendarQuartersAcrossThreeSchoolYears() {
        List<Period> quarters = STANDARD.periods(PeriodKind.CALENDAR_QUARTER, range("2023-09-01", "2026-08-31"));
        assertThat(quarters).hasSize(13);
        assertThat(quarters.get(0)).isEqualTo(CalendarQuarter.of(2023, 3));
        assertThat(quarters.get(12)).isEqualTo(CalendarQuarter.of(2026, 3));
    }

    @Test
    void listsEveryMonthTouchedByASpanStartingMidMonth() {
        List<Period> months = STANDARD.periods(PeriodKind.MONTH, range("2024-08-15", "2025-09-01"));
        assertThat(months).hasSize(14);
        assertThat(months.get(0)).isEqualTo(CalendarMonth.of(2024, Month.AUGUST));
        assertThat(months.get(13)).isEqualTo(CalendarMonth.of(2025, Month.SEPTEMBER));
    }

    @Test
    void monthsAcrossALeapFebruaryCoverEveryDay() {
        DateRange span = range("2023-09-01", "2024-08-31");
        long days = STANDARD.periods(PeriodKind.MONTH, span).stream().mapToLong(p -> p.range().lengthInDays()).sum();
        assertThat(days).isEqualTo(366);
    }

    @Test
    void listsEightStandardAcademicQuartersAcrossTwoSchoolYears() {
        List<Period> quarters = STANDARD.periods(PeriodKind.ACADEMIC_QUARTER, range("2024-09-01", "2026-08-31"));
        assertThat(quarters).hasSize(8);
        assertThat(quarters).extracting(Period::kind).containsOnly(PeriodKind.ACADEMIC_QUARTER);
        assertThat(quarters.get(0).start()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(quarters.get(7).end()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void academicQuartersOfASpanStartingInSummerIncludeTheFourthQuarterBefore() {
        List<Period> quarters = STANDARD.periods(PeriodKind.ACADEMIC_QUARTER, range("2025-08-20", "2025-09-10"));
        assertThat(quarters).extracting(Period::label).containsExactly("4 четверть 2024/2025", "1 четверть 2025/2026");
    }

    @Test
    void academicQuartersMixOwnAndStandardDatesAcrossThreeSchoolYears() {
        SchoolCalendar calendar = SchoolCalendar.of(TermCalendar.of(TermCalendarTest.ownQuarters2024()));
        List<Period> quarters = calendar.periods(PeriodKind.ACADEMIC_QUARTER, range("2023-09-01", "2026-08-31"));
        assertThat(quarters).hasSize(12);
        assertThat(quarters.subList(4, 8)).isEqualTo(new ArrayList<Period>(TermCalendarTest.ownQuarters2024()));
        assertThat(quarters.get(3).end()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(quarters.get(8).start()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void academicQuartersOfASpanWithinHolidaysAreNone() {
        SchoolCalendar calendar = SchoolCalendar.of(TermCalendar.of(TermCalendarTest.ownQuarters2024()));
        assertThat(calendar.periods(PeriodKind.ACADEMIC_QUARTER, range("2024-12-29", "2025-01-08"))).isEmpty();
    }

    @Test
    void academicQuartersOfASpanStartingInAHolidayBeginWithTheNextQuarter() {
        SchoolCalendar calendar = SchoolCalendar.of(TermCalendar.of(TermCalendarTest.ownQuarters2024()));
        assertThat(calendar.periods(PeriodKind.ACADEMIC_QUARTER, range("2024-10-28", "2025-01-09")))
                .extracting(Period::label).containsExactly("2 четверть 2024/2025", "3 четверть 2024/2025");
    }

    @Test
    void periodContainingAHolidayIsEmptyOnlyForAcademicQuarters() {
        SchoolCalendar calendar = SchoolCalendar.of(TermCalendar.of(TermCalendarTest.ownQuarters2024()));
        LocalDate holiday = LocalDate.of(2024, 10, 30);
        assertThat(calendar.periodContaining(PeriodKind.ACADEMIC_QUARTER, holiday)).isEmpty();
        assertThat(calendar.periodContaining(PeriodKind.SCHOOL_YEAR, holiday)).hasValue(Y2024);
        assertThat(calendar.periodContaining(PeriodKind.HALF_YEAR, holiday)).hasValue(HalfYear.of(Y2024, 1));
        assertThat(calendar.periodContaining(PeriodKind.CALENDAR_QUARTER, holiday)).hasValue(CalendarQuarter.of(2024, 4));
        assertThat(calendar.periodContaining(PeriodKind.MONTH, holiday)).hasValue(CalendarMonth.of(2024, Month.OCTOBER));
    }

    @ParameterizedTest
    @EnumSource(PeriodKind.class)
    void everyKindYieldsContiguousSortedPeriodsOverTheStandardCalendar(PeriodKind kind) {
        DateRange span = range("2023-10-15", "2026-02-01");
        List<Period> periods = STANDARD.periods(kind, span);
        assertThat(periods).isNotEmpty().isSorted().doesNotHaveDuplicates();
        assertThat(periods).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.range().overlaps(span)).isTrue();
        });
        assertThat(periods.get(0).contains(span.start())).isTrue();
        assertThat(periods.get(periods.size() - 1).contains(span.end())).isTrue();
        for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
        }
    }

    @ParameterizedTest
    @EnumSource(PeriodKind.class)
    void aOneDaySpanYieldsTheOnePeriodContainingIt(PeriodKind kind) {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(STANDARD.periods(kind, DateRange.ofDay(leapDay)))
                .containsExactly(STANDARD.periodContaining(kind, leapDay).orElseThrow());
    }

    @Test
    void periodsAreUnmodifiable() {
        List<Period> periods = STANDARD.periods(PeriodKind.MONTH, Y2024.range());
        assertThatThrownBy(() -> periods.add(Y2024))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsMissingArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> STANDARD.periods(null, Y2024.range()))
                .withMessageContaining("kind");
        assertThatIllegalArgumentException().isThrownBy(() -> STANDARD.periods(PeriodKind.MONTH, null))
                .withMessageContaining("span");
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolCalendar.of(null))
                .withMessageContaining("SchoolCalendar.terms");
    }

    @Test
    void calendarsWithTheSameTermsAreEqual() {
        assertThat(SchoolCalendar.of(TermCalendar.standard())).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
        assertThat(SchoolCalendar.of(TermCalendar.of(TermCalendarTest.ownQuarters2024()))).isNotEqualTo(STANDARD);
    }

    @Test
    void periodsOfDifferentKindsOrderByTheirDates() {
        List<Period> mixed = new ArrayList<>(List.of(Y2024, CalendarMonth.of(2024, Month.SEPTEMBER),
                HalfYear.of(Y2024, 2), CalendarQuarter.of(2024, 3)));
        mixed.sort(null);
        assertThat(mixed).containsExactly(CalendarQuarter.of(2024, 3), CalendarMonth.of(2024, Month.SEPTEMBER), Y2024,
                HalfYear.of(Y2024, 2));
    }
}
