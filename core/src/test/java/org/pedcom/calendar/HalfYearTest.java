package org.pedcom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HalfYearTest {

    private static final SchoolYear Y2024 = SchoolYear.of(2024);

    @Test
    void halfYearOneRunsFromFirstSeptemberToThirtyFirstDecember() {
        assertThat(HalfYear.of(Y2024, 1).range())
                .isEqualTo(DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void halfYearTwoEndsOnThirtyFirstAugust() {
        assertThat(HalfYear.of(Y2024, 2).range())
                .isEqualTo(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 31)));
    }

    @Test
    void thirtyFirstDecemberIsInTheFirstHalfAndFirstJanuaryInTheSecond() {
        assertThat(HalfYear.containing(LocalDate.of(2024, 12, 31))).isEqualTo(HalfYear.of(Y2024, 1));
        assertThat(HalfYear.containing(LocalDate.of(2025, 1, 1))).isEqualTo(HalfYear.of(Y2024, 2));
    }

    @Test
    void thirtyFirstAugustIsInTheSecondHalfAndFirstSeptemberStartsTheNextYear() {
        assertThat(HalfYear.containing(LocalDate.of(2025, 8, 31))).isEqualTo(HalfYear.of(Y2024, 2));
        assertThat(HalfYear.containing(LocalDate.of(2025, 9, 1))).isEqualTo(HalfYear.of(SchoolYear.of(2025), 1));
    }

    @Test
    void twentyNinthFebruaryIsInTheSecondHalfOfTheSchoolYearBefore() {
        assertThat(HalfYear.containing(LocalDate.of(2024, 2, 29))).isEqualTo(HalfYear.of(SchoolYear.of(2023), 2));
        assertThat(HalfYear.of(SchoolYear.of(2023), 2).range().lengthInDays()).isEqualTo(244);
    }

    @Test
    void nextOfTheFirstHalfIsTheSecondOfTheSameYear() {
        assertThat(HalfYear.of(Y2024, 1).next()).isEqualTo(HalfYear.of(Y2024, 2));
    }

    @Test
    void nextOfTheSecondHalfIsTheFirstOfTheNextYear() {
        HalfYear second = HalfYear.of(Y2024, 2);
        assertThat(second.next()).isEqualTo(HalfYear.of(SchoolYear.of(2025), 1));
        assertThat(second.next().start()).isEqualTo(second.end().plusDays(1));
    }

    @Test
    void labelsUseRomanNumeralsAndTheSchoolYear() {
        assertThat(HalfYear.of(Y2024, 1).label()).isEqualTo("I полугодие 2024/2025");
        assertThat(HalfYear.of(Y2024, 2).label()).isEqualTo("II полугодие 2024/2025");
        assertThat(HalfYear.of(Y2024, 2)).hasToString("2024/2025-H2");
    }

    @Test
    void rejectsANumberOtherThanOneOrTwo() {
        assertThatIllegalArgumentException().isThrownBy(() -> HalfYear.of(Y2024, 3))
                .withMessageContaining("HalfYear.number");
        assertThatIllegalArgumentException().isThrownBy(() -> HalfYear.of(Y2024, 0))
                .withMessageContaining("HalfYear.number");
    }

    @Test
    void rejectsAMissingSchoolYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> HalfYear.of(null, 1))
                .withMessageContaining("HalfYear.schoolYear");
    }
}
