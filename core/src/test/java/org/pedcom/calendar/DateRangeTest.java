package org.pedcom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    private static DateRange range(String start, String end) {
        return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private final DateRange autumn = range("2024-09-01", "2024-11-30");

    @Test
    void containsBothEnds() {
        assertThat(autumn.contains(day("2024-09-01"))).isTrue();
        assertThat(autumn.contains(day("2024-11-30"))).isTrue();
    }

    @Test
    void doesNotContainTheDaysJustOutside() {
        assertThat(autumn.contains(day("2024-08-31"))).isFalse();
        assertThat(autumn.contains(day("2024-12-01"))).isFalse();
    }

    @Test
    void rangesSharingOnlyTheirLastAndFirstDayOverlap() {
        assertThat(autumn.overlaps(range("2024-11-30", "2024-12-31"))).isTrue();
        assertThat(range("2024-11-30", "2024-12-31").overlaps(autumn)).isTrue();
    }

    @Test
    void adjacentRangesDoNotOverlap() {
        assertThat(autumn.overlaps(range("2024-12-01", "2024-12-31"))).isFalse();
        assertThat(autumn.overlaps(range("2024-01-01", "2024-08-31"))).isFalse();
    }

    @Test
    void enclosesItselfAndInnerRangesButNotOnesStickingOut() {
        assertThat(autumn.encloses(autumn)).isTrue();
        assertThat(autumn.encloses(range("2024-10-01", "2024-10-31"))).isTrue();
        assertThat(autumn.encloses(range("2024-11-01", "2024-12-01"))).isFalse();
        assertThat(autumn.encloses(range("2024-08-31", "2024-09-30"))).isFalse();
        assertThat(range("2024-10-01", "2024-10-31").encloses(autumn)).isFalse();
    }

    @Test
    void intersectionOfOverlappingRangesIsTheCommonPart() {
        assertThat(autumn.intersection(range("2024-11-15", "2025-01-31"))).hasValue(range("2024-11-15", "2024-11-30"));
        assertThat(range("2024-11-15", "2025-01-31").intersection(autumn)).hasValue(range("2024-11-15", "2024-11-30"));
    }

    @Test
    void intersectionOfTouchingRangesIsTheSharedDay() {
        assertThat(autumn.intersection(range("2024-11-30", "2024-12-31"))).hasValue(DateRange.ofDay(day("2024-11-30")));
    }

    @Test
    void intersectionOfDisjointRangesIsEmpty() {
        assertThat(autumn.intersection(range("2024-12-01", "2024-12-31"))).isEmpty();
    }

    @Test
    void intersectionWithAnEnclosedRangeIsThatRange() {
        DateRange october = range("2024-10-01", "2024-10-31");
        assertThat(autumn.intersection(october)).hasValue(october);
    }

    @Test
    void toStringIsTheIsoIntervalAndParsesBack() {
        DateRange year = SchoolYear.of(2024).range();
        assertThat(year).hasToString("2024-09-01/2025-08-31");
        assertThat(DateRange.parse(year.toString())).isEqualTo(year);
        assertThat(DateRange.parse("2024-02-29/2024-02-29")).isEqualTo(DateRange.ofDay(day("2024-02-29")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-09-01", "/2025-08-31", "2024-09-01/2025-08-31/2026-08-31", ""})
    void rejectsTextNotInTheFormStartSlashEnd(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse(text))
                .withMessageContaining("DateRange text")
                .withMessageContaining("expected YYYY-MM-DD/YYYY-MM-DD")
                .withMessageContaining("'" + text + "'");
    }

    @Test
    void parsingRejectsAnEndBeforeTheStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse("2025-08-31/2024-09-01"))
                .withMessageContaining("end 2024-09-01 is before start 2025-08-31");
    }

    @Test
    void rejectsAnImpossibleDateWithAMessageNamingTheText() {
        assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse("2024-02-30/2024-03-01"))
                .withMessageContaining("DateRange text")
                .withMessageContaining("2024-02-30");
    }

    @Test
    void rejectsStartAfterEnd() {
        assertThatIllegalArgumentException().isThrownBy(() -> range("2024-02-01", "2024-01-31"))
                .withMessageStartingWith("DateRange:")
                .withMessageContaining("конец 2024-01-31 раньше начала 2024-02-01")
                .withMessageContaining("end 2024-01-31 is before start 2024-02-01");
    }

    @Test
    void rejectsMissingEnds() {
        assertThatIllegalArgumentException().isThrownBy(() -> DateRange.of(null, day("2024-01-31")))
                .withMessageContaining("DateRange.start");
        assertThatIllegalArgumentException().isThrownBy(() -> DateRange.of(day("2024-01-31"), null))
                .withMessageContaining("DateRange.end");
    }

    @Test
    void aSingleDayLastsOneDay() {
        assertThat(DateRange.ofDay(day("2024-02-29")).lengthInDays()).isEqualTo(1);
    }

    @Test
    void lengthCountsTwentyNinthFebruaryInLeapYears() {
        assertThat(range("2024-02-28", "2024-03-01").lengthInDays()).isEqualTo(3);
        assertThat(range("2023-02-28", "2023-03-01").lengthInDays()).isEqualTo(2);
        assertThat(range("2024-01-01", "2024-12-31").lengthInDays()).isEqualTo(366);
    }

    @Test
    void daysListsEveryDayIncludingTheEnd() {
        List<LocalDate> days = range("2024-02-27", "2024-03-01").days().toList();
        assertThat(days).containsExactly(day("2024-02-27"), day("2024-02-28"), day("2024-02-29"), day("2024-03-01"));
    }

    @Test
    void endsBeforeOnlyOnceTheLastDayHasPassed() {
        assertThat(autumn.endsBefore(day("2024-11-30"))).isFalse();
        assertThat(autumn.endsBefore(day("2024-12-01"))).isTrue();
    }

    @Test
    void ordersByStartThenByEnd() {
        DateRange shortFirst = range("2024-09-01", "2024-09-30");
        DateRange later = range("2024-10-01", "2024-10-02");
        List<DateRange> ranges = new ArrayList<>(List.of(later, autumn, shortFirst));
        ranges.sort(null);
        assertThat(ranges).containsExactly(shortFirst, autumn, later);
    }
}
