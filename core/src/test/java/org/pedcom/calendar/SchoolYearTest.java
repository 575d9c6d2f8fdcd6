package org.pedcom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolYearTest {

    private static final SchoolYear Y2024 = SchoolYear.of(2024);

    @Test
    void thirtyFirstAugustBelongsToTheSchoolYearThatStartedTheSeptemberBefore() {
        assertThat(SchoolYear.containing(LocalDate.of(2025, Month.AUGUST, 31))).isEqualTo(Y2024);
    }

    @Test
    void firstSeptemberStartsANewSchoolYear() {
        assertThat(SchoolYear.containing(LocalDate.of(2025, Month.SEPTEMBER, 1))).isEqualTo(SchoolYear.of(2025));
        assertThat(SchoolYear.containing(LocalDate.of(2024, Month.SEPTEMBER, 1))).isEqualTo(Y2024);
    }

    @Test
    void thirtyFirstDecemberAndFirstJanuaryLieInTheSameSchoolYear() {
        assertThat(SchoolYear.containing(LocalDate.of(2024, Month.DECEMBER, 31)))
                .isEqualTo(SchoolYear.containing(LocalDate.of(2025, Month.JANUARY, 1)))
                .isEqualTo(Y2024);
    }

    @Test
    void rangeRunsFromFirstSeptemberToThirtyFirstAugustInclusive() {
        assertThat(Y2024.range()).isEqualTo(DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)));
        assertThat(Y2024.contains(LocalDate.of(2025, 8, 31))).isTrue();
        assertThat(Y2024.contains(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(Y2024.contains(LocalDate.of(2024, 8, 31))).isFalse();
    }

    @Test
    void schoolYearEndingInALeapYearHasThreeHundredSixtySixDays() {
        assertThat(SchoolYear.of(2023).range().lengthInDays()).isEqualTo(366);
        assertThat(Y2024.range().lengthInDays()).isEqualTo(365);
    }

    @Test
    void parsesTheUsualName() {
        assertThat(SchoolYear.parse("2024/2025")).isEqualTo(Y2024);
    }

    @Test
    void parsesANameWithSpacesAroundTheSlash() {
        assertThat(SchoolYear.parse(" 2024 / 2025 ")).isEqualTo(Y2024);
    }

    @Test
    void toStringIsTheParseableName() {
        assertThat(SchoolYear.parse(Y2024.toString())).isEqualTo(Y2024);
        assertThat(Y2024.label()).isEqualTo("2024/2025 учебный год");
    }

    @Test
    void rejectsSchoolYearWhoseSecondYearDoesNotFollow() {
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolYear.parse("2024/2026"))
                .withMessageContaining("SchoolYear")
                .withMessageContaining("second year must follow the first")
                .withMessageContaining("2024/2026");
    }

    @Test
    void rejectsSchoolYearWhoseYearsAreReversed() {
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolYear.parse("2025/2024"))
                .withMessageContaining("second year must follow the first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"24/25", "", "2024-2025", "2024/25", "учебный год 2024/2025", "2024/2025/2026"})
    void rejectsNamesNotInTheFormYyyySlashYyyy(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolYear.parse(text))
                .withMessageContaining("SchoolYear")
                .withMessageContaining("expected YYYY/YYYY")
                .withMessageContaining("'" + text + "'");
    }

    @Test
    void rejectsAMissingName() {
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolYear.parse(null))
                .withMessageContaining("SchoolYear text");
    }

    @Test
    void rejectsYearsOutsideTheSupportedRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolYear.of(1899))
                .withMessageContaining("SchoolYear.startYear").withMessageContaining("1899");
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolYear.of(9999))
                .withMessageContaining("SchoolYear.startYear");
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolYear.parse("1899/1900"))
                .withMessageContaining("SchoolYear.startYear");
    }

    @Test
    void dateOfPlacesSeptemberToDecemberInTheFirstCalendarYear() {
        assertThat(Y2024.dateOf(MonthDay.of(Month.SEPTEMBER, 15))).isEqualTo(LocalDate.of(2024, 9, 15));
        assertThat(Y2024.dateOf(MonthDay.of(Month.DECEMBER, 31))).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void dateOfPlacesJanuaryToAugustInTheSecondCalendarYear() {
        assertThat(Y2024.dateOf(MonthDay.of(Month.MARCH, 1))).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(Y2024.dateOf(MonthDay.of(Month.AUGUST, 31))).isEqualTo(LocalDate.of(2025, 8, 31));
    }

    @Test
    void dateOfTwentyNinthFebruaryExistsWhenTheSecondYearIsLeap() {
        assertThat(SchoolYear.of(2023).dateOf(MonthDay.of(Month.FEBRUARY, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void dateOfTwentyNinthFebruaryIsAnErrorWhenTheSecondYearIsNotLeap() {
        assertThatIllegalArgumentException().isThrownBy(() -> Y2024.dateOf(MonthDay.of(Month.FEBRUARY, 29)))
                .withMessageContaining("--02-29")
                .withMessageContaining("does not exist in 2025");
    }

    @Test
    void nextAndPreviousStepOneYear() {
        assertThat(Y2024.next()).isEqualTo(SchoolYear.of(2025));
        assertThat(Y2024.previous()).isEqualTo(SchoolYear.of(2023));
        assertThat(Y2024.next().previous()).isEqualTo(Y2024);
    }

    @Test
    void halfYearsSplitTheYearWithoutGapOrOverlap() {
        var halves = Y2024.halfYears();
        assertThat(halves).extracting(HalfYear::number).containsExactly(1, 2);
        assertThat(halves.get(0).start()).isEqualTo(Y2024.start());
        assertThat(halves.get(0).end().plusDays(1)).isEqualTo(halves.get(1).start());
        assertThat(halves.get(1).end()).isEqualTo(Y2024.end());
    }

    @Test
    void monthsRunFromSeptemberToAugust() {
        var months = Y2024.months();
        assertThat(months).hasSize(12);
        assertThat(months.get(0)).isEqualTo(CalendarMonth.of(2024, Month.SEPTEMBER));
        assertThat(months.get(11)).isEqualTo(CalendarMonth.of(2025, Month.AUGUST));
        assertThat(months.stream().mapToLong(m -> m.range().lengthInDays()).sum()).isEqualTo(Y2024.range().lengthInDays());
    }
}
