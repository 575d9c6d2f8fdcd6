package org.pedcom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;

class CalendarMonthTest {

    @Test
    void februaryOfALeapYearEndsOnTheTwentyNinth() {
        assertThat(CalendarMonth.of(2024, Month.FEBRUARY).range())
                .isEqualTo(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    }

    @Test
    void februaryOfACommonYearEndsOnTheTwentyEighth() {
        assertThat(CalendarMonth.of(2025, Month.FEBRUARY).end()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void februaryOfACenturyYearNotDivisibleByFourHundredIsShort() {
        assertThat(CalendarMonth.of(2100, Month.FEBRUARY).range().lengthInDays()).isEqualTo(28);
        assertThat(CalendarMonth.of(2000, Month.FEBRUARY).range().lengthInDays()).isEqualTo(29);
    }

    @Test
    void labelIsTheRussianNominativeMonthAndYear() {
        assertThat(CalendarMonth.of(2024, Month.FEBRUARY).label()).isEqualTo("февраль 2024");
        assertThat(CalendarMonth.of(2024, Month.OCTOBER).label()).isEqualTo("октябрь 2024");
    }

    @Test
    void containingFindsTheMonthOfTheDate() {
        assertThat(CalendarMonth.containing(LocalDate.of(2024, 2, 29))).isEqualTo(CalendarMonth.of(2024, Month.FEBRUARY));
    }

    @Test
    void nextCrossesTheNewYear() {
        assertThat(CalendarMonth.of(2024, Month.DECEMBER).next()).isEqualTo(CalendarMonth.of(2025, Month.JANUARY));
        assertThat(CalendarMonth.of(2024, Month.DECEMBER)).hasToString("2024-12");
    }

    @Test
    void rejectsAMissingMonth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarMonth(null))
                .withMessageContaining("CalendarMonth.yearMonth");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarMonth.containing(null))
                .withMessageContaining("date");
    }
}
