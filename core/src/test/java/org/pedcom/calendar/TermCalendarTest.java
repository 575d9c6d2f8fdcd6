package org.pedcom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link TermCalendar} and the {@link AcademicQuarter}s it holds. */
class TermCalendarTest {

    private static final SchoolYear Y2024 = SchoolYear.of(2024);

    /** A school's own calendar study schedule for 2024/2025, with autumn, winter and spring holidays between quarters. */
    static List<AcademicQuarter> ownQuarters2024() {
        return List.of(
                quarter(Y2024, 1, "2024-09-02", "2024-10-25"),
                quarter(Y2024, 2, "2024-11-05", "2024-12-28"),
                quarter(Y2024, 3, "2025-01-09", "2025-03-21"),
                quarter(Y2024, 4, "2025-03-31", "2025-05-26"));
    }

    static AcademicQuarter quarter(SchoolYear year, int number, String start, String end) {
        return AcademicQuarter.of(year, number, DateRange.of(LocalDate.parse(start), LocalDate.parse(end)));
    }

    @Test
    void standardSplitIsSeptemberOctoberThenNovemberDecemberThenJanuaryMarchThenAprilAugust() {
        assertThat(TermCalendar.standard().quartersOf(Y2024)).extracting(q -> q.range().toString()).containsExactly(
                "2024-09-01/2024-10-31", "2024-11-01/2024-12-31", "2025-01-01/2025-03-31", "2025-04-01/2025-08-31");
        assertThat(TermCalendar.standard().quartersOf(Y2024)).extracting(AcademicQuarter::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void standardSplitPutsEveryDayOfTheSchoolYearInExactlyOneQuarter() {
        List<AcademicQuarter> quarters = TermCalendar.standard().quartersOf(SchoolYear.of(2023));
        SchoolYear.of(2023).range().days().forEach(day ->
                assertThat(quarters.stream().filter(q -> q.contains(day)).count()).as(day.toString()).isEqualTo(1));
    }

    @Test
    void standardSplitPutsTwentyNinthFebruaryInTheThirdQuarter() {
        assertThat(TermCalendar.standard().quarterContaining(LocalDate.of(2024, 2, 29)))
                .hasValueSatisfying(q -> {
                    assertThat(q.number()).isEqualTo(3);
                    assertThat(q.schoolYear()).isEqualTo(SchoolYear.of(2023));
                });
    }

    @Test
    void standardSplitPutsSummerInTheFourthQuarter() {
        assertThat(TermCalendar.standard().quarterContaining(LocalDate.of(2025, 8, 31)))
                .map(AcademicQuarter::number).hasValue(4);
    }

    @Test
    void ownDatesReplaceTheStandardSplitForThatYearOnly() {
        TermCalendar terms = TermCalendar.of(ownQuarters2024());
        assertThat(terms.quartersOf(Y2024)).isEqualTo(ownQuarters2024());
        assertThat(terms.hasOwnDatesFor(Y2024)).isTrue();
        assertThat(terms.hasOwnDatesFor(SchoolYear.of(2025))).isFalse();
        assertThat(terms.quartersOf(SchoolYear.of(2025))).isEqualTo(TermCalendar.standard().quartersOf(SchoolYear.of(2025)));
    }

    @Test
    void quarterContainingAHolidayBetweenOwnQuartersIsEmpty() {
        TermCalendar terms = TermCalendar.of(ownQuarters2024());
        assertThat(terms.quarterContaining(LocalDate.of(2024, 10, 30))).isEmpty();
        assertThat(terms.quarterContaining(LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(terms.quarterContaining(LocalDate.of(2025, 7, 15))).isEmpty();
        assertThat(terms.quarterContaining(LocalDate.of(2024, 9, 1))).isEmpty();
    }

    @Test
    void quarterContainingFindsOwnQuartersOnTheirFirstAndLastDays() {
        TermCalendar terms = TermCalendar.of(ownQuarters2024());
        assertThat(terms.quarterContaining(LocalDate.of(2024, 10, 25))).map(AcademicQuarter::number).hasValue(1);
        assertThat(terms.quarterContaining(LocalDate.of(2024, 11, 5))).map(AcademicQuarter::number).hasValue(2);
        assertThat(terms.quarterContaining(LocalDate.of(2024, 11, 4))).isEmpty();
    }

    @Test
    void acceptsQuartersGivenInAnyListOrderAndKeepsThemInDateOrder() {
        List<AcademicQuarter> shuffled = new ArrayList<>(ownQuarters2024());
        Collections.reverse(shuffled);
        assertThat(TermCalendar.of(shuffled).quartersOf(Y2024)).isEqualTo(ownQuarters2024());
        assertThat(TermCalendar.of(shuffled)).isEqualTo(TermCalendar.of(ownQuarters2024()));
    }

    @Test
    void acceptsOwnDatesForSeveralYears() {
        SchoolYear y2025 = SchoolYear.of(2025);
        List<AcademicQuarter> both = new ArrayList<>(ownQuarters2024());
        both.addAll(List.of(
                quarter(y2025, 1, "2025-09-01", "2025-10-24"),
                quarter(y2025, 2, "2025-11-05", "2025-12-26"),
                quarter(y2025, 3, "2026-01-12", "2026-03-20"),
                quarter(y2025, 4, "2026-03-30", "2026-05-26")));
        TermCalendar terms = TermCalendar.of(both);
        assertThat(terms.hasOwnDatesFor(Y2024)).isTrue();
        assertThat(terms.hasOwnDatesFor(y2025)).isTrue();
        assertThat(terms.quarterContaining(LocalDate.of(2026, 1, 5))).isEmpty();
    }

    @Test
    void rejectsAYearWithThreeQuarters() {
        assertThatIllegalArgumentException().isThrownBy(() -> TermCalendar.of(ownQuarters2024().subList(0, 3)))
                .withMessageContaining("TermCalendar[2024/2025]")
                .withMessageContaining("exactly 4 quarters are needed, got 3");
    }

    @Test
    void rejectsAYearWithFiveQuarters() {
        List<AcademicQuarter> five = new ArrayList<>(ownQuarters2024());
        five.add(quarter(Y2024, 4, "2025-06-01", "2025-06-30"));
        assertThatIllegalArgumentException().isThrownBy(() -> TermCalendar.of(five))
                .withMessageContaining("got 5");
    }

    @Test
    void rejectsOverlappingQuarters() {
        List<AcademicQuarter> overlapping = List.of(
                quarter(Y2024, 1, "2024-09-02", "2024-11-05"),
                quarter(Y2024, 2, "2024-11-05", "2024-12-28"),
                quarter(Y2024, 3, "2025-01-09", "2025-03-21"),
                quarter(Y2024, 4, "2025-03-31", "2025-05-26"));
        assertThatIllegalArgumentException().isThrownBy(() -> TermCalendar.of(overlapping))
                .withMessageContaining("TermCalendar[2024/2025]")
                .withMessageContaining("quarters 1 and 2 overlap");
    }

    @Test
    void rejectsQuartersNumberedOutOfDateOrder() {
        List<AcademicQuarter> outOfOrder = List.of(
                quarter(Y2024, 2, "2024-09-02", "2024-10-25"),
                quarter(Y2024, 1, "2024-11-05", "2024-12-28"),
                quarter(Y2024, 3, "2025-01-09", "2025-03-21"),
                quarter(Y2024, 4, "2025-03-31", "2025-05-26"));
        assertThatIllegalArgumentException().isThrownBy(() -> TermCalendar.of(outOfOrder))
                .withMessageContaining("quarters must be numbered 1–4 in date order");
    }

    @Test
    void rejectsTwoQuartersWithTheSameNumber() {
        List<AcademicQuarter> duplicate = List.of(
                quarter(Y2024, 1, "2024-09-02", "2024-10-25"),
                quarter(Y2024, 1, "2024-11-05", "2024-12-28"),
                quarter(Y2024, 3, "2025-01-09", "2025-03-21"),
                quarter(Y2024, 4, "2025-03-31", "2025-05-26"));
        assertThatIllegalArgumentException().isThrownBy(() -> TermCalendar.of(duplicate))
                .withMessageContaining("numbered 1–4");
    }

    @Test
    void rejectsAQuarterOutsideItsSchoolYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> quarter(Y2024, 1, "2024-08-26", "2024-10-25"))
                .withMessageContaining("AcademicQuarter.range")
                .withMessageContaining("lies outside school year 2024/2025");
        assertThatIllegalArgumentException().isThrownBy(() -> quarter(Y2024, 4, "2025-04-01", "2025-09-01"))
                .withMessageContaining("AcademicQuarter.range");
    }

    @Test
    void acceptsAQuarterFillingItsSchoolYearToTheLastDay() {
        assertThat(quarter(Y2024, 4, "2025-04-01", "2025-08-31").end()).isEqualTo(LocalDate.of(2025, 8, 31));
    }

    @Test
    void rejectsAQuarterNumberOutsideOneToFour() {
        assertThatIllegalArgumentException().isThrownBy(() -> quarter(Y2024, 5, "2024-09-02", "2024-10-25"))
                .withMessageContaining("AcademicQuarter.number");
    }

    @Test
    void rejectsAMissingListOrQuarter() {
        assertThatIllegalArgumentException().isThrownBy(() -> TermCalendar.of(null))
                .withMessageContaining("TermCalendar.quarters");
        List<AcademicQuarter> withNull = new ArrayList<>(ownQuarters2024());
        withNull.set(2, null);
        assertThatIllegalArgumentException().isThrownBy(() -> TermCalendar.of(withNull))
                .withMessageContaining("TermCalendar.quarters[2]");
    }

    @Test
    void mutatingTheSourceListDoesNotChangeTheCalendar() {
        List<AcademicQuarter> source = new ArrayList<>(ownQuarters2024());
        TermCalendar terms = TermCalendar.of(source);
        source.set(0, quarter(Y2024, 1, "2024-09-01", "2024-10-31"));
        assertThat(terms.quartersOf(Y2024)).isEqualTo(ownQuarters2024());
    }

    @Test
    void academicQuarterIsLabelledInRussian() {
        AcademicQuarter q = ownQuarters2024().get(1);
        assertThat(q.label()).isEqualTo("2 четверть 2024/2025");
        assertThat(q.kind()).isEqualTo(PeriodKind.ACADEMIC_QUARTER);
        assertThat(q).hasToString("2024/2025-T2(2024-11-05/2024-12-28)");
    }
}
