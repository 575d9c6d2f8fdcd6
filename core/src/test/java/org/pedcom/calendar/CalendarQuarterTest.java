package org.pedcom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CalendarQuarterTest {

    @Test
    void thirdQuarterSpansJulyToSeptemberAcrossTwoSchoolYears() {
        DateRange q3 = CalendarQuarter.of(2024, 3).range();
        assertThat(q3).isEqualTo(DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)));
        assertThat(SchoolYear.containing(q3.start())).isEqualTo(SchoolYear.of(2023));
        assertThat(SchoolYear.containing(q3.end())).isEqualTo(SchoolYear.of(2024));
    }

    @Test
    void quartersAreCountedFromFirstJanuaryNotFromTheSchoolYear() {
        assertThat(CalendarQuarter.containing(LocalDate.of(2024, 9, 1))).isEqualTo(CalendarQuarter.of(2024, 3));
        assertThat(CalendarQuarter.containing(LocalDate.of(2024, 10, 1))).isEqualTo(CalendarQuarter.of(2024, 4));
        assertThat(CalendarQuarter.containing(LocalDate.of(2024, 12, 31))).isEqualTo(CalendarQuarter.of(2024, 4));
        assertThat(CalendarQuarter.containing(LocalDate.of(2025, 1, 1))).isEqualTo(CalendarQuarter.of(2025, 1));
    }

    @Test
    void twentyNinthFebruaryFallsInTheFirstQuarterOfALeapYear() {
        CalendarQuarter q1 = CalendarQuarter.containing(LocalDate.of(2024, 2, 29));
        assertThat(q1).isEqualTo(CalendarQuarter.of(2024, 1));
        assertThat(q1.range().lengthInDays()).isEqualTo(91);
        assertThat(CalendarQuarter.of(2023, 1).range().lengthInDays()).isEqualTo(90);
    }

    @Test
    void fourQuartersTileTheCalendarYear() {
        CalendarQuarter q = CalendarQuarter.of(2024, 1);
        long days = 0;
        for (int i = 0; i < 4; i++) {
            CalendarQuarter next = q.next();
            assertThat(next.start()).isEqualTo(q.end().plusDays(1));
            days += q.range().lengthInDays();
            q = next;
        }
        assertThat(days).isEqualTo(366);
        assertThat(q).isEqualTo(CalendarQuarter.of(2025, 1));
    }

    @Test
    void nextAfterTheFourthQuarterIsTheFirstOfTheNextYear() {
        assertThat(CalendarQuarter.of(2024, 4).next()).isEqualTo(CalendarQuarter.of(2025, 1));
    }

    @Test
    void labelsNameQuarterAndYear() {
        assertThat(CalendarQuarter.of(2024, 3).label()).isEqualTo("3 квартал 2024 г.");
        assertThat(CalendarQuarter.of(2024, 3)).hasToString("2024-Q3");
    }

    @Test
    void rejectsQuarterNumbersOutsideOneToFour() {
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarQuarter.of(2024, 5))
                .withMessageContaining("CalendarQuarter.quarter");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarQuarter.of(2024, 0))
                .withMessageContaining("CalendarQuarter.quarter");
    }

    @Test
    void rejectsYearsOutsideTheSupportedRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarQuarter.of(1899, 1))
                .withMessageContaining("CalendarQuarter.year");
    }
}
