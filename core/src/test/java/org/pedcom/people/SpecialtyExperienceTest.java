package org.pedcom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@link SpecialtyExperience} and its {@link WorkSpan}s. */
class SpecialtyExperienceTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static WorkSpan span(String from, String until) {
        return WorkSpan.of(day(from), day(until));
    }

    @Test
    void noExperienceIsZeroYears() {
        assertThat(SpecialtyExperience.none().fullYearsOn(day("2024-09-01"))).isZero();
    }

    @Test
    void completesThreeYearsByTheEndOfTheAnniversaryEve() {
        SpecialtyExperience e = SpecialtyExperience.since(day("2020-10-01"));
        assertThat(e.fullYearsOn(day("2023-09-30"))).isEqualTo(3);
        assertThat(e.fullYearsOn(day("2023-10-01"))).isEqualTo(3);
    }

    @Test
    void hasTwoYearsTheDayBeforeTheAnniversaryEve() {
        assertThat(SpecialtyExperience.since(day("2020-10-01")).fullYearsOn(day("2023-09-29"))).isEqualTo(2);
    }

    @Test
    void thirtyLeftoverDaysCountAsAFullMonth() {
        // 01.09.2021–30.08.2024 is 2 years 11 months 30 days: the 30 days make a month, the 12 months a year.
        SpecialtyExperience e = SpecialtyExperience.since(day("2021-09-01"));
        assertThat(e.fullYearsOn(day("2024-08-30"))).isEqualTo(3);
        assertThat(e.fullYearsOn(day("2024-08-29"))).isEqualTo(2);
    }

    @Test
    void leftoverDaysOfSeveralSpansAddUpToAMonth() {
        WorkSpan fifteenDays = span("2010-01-01", "2010-01-15");
        WorkSpan almostThreeYears = span("2012-03-01", "2015-02-15"); // 2 years 11 months 15 days
        assertThat(SpecialtyExperience.of(almostThreeYears).fullYearsOn(day("2024-01-01"))).isEqualTo(2);
        assertThat(SpecialtyExperience.of(fifteenDays, almostThreeYears).fullYearsOn(day("2024-01-01"))).isEqualTo(3);
    }

    @Test
    void leftoverMonthsOfSeveralSpansAddUpToAYear() {
        WorkSpan halfYear = span("2000-09-01", "2001-02-28");
        WorkSpan anotherHalfYear = span("2005-09-01", "2006-02-28");
        assertThat(SpecialtyExperience.of(halfYear).fullYearsOn(day("2024-01-01"))).isZero();
        assertThat(SpecialtyExperience.of(halfYear, anotherHalfYear).fullYearsOn(day("2024-01-01"))).isEqualTo(1);
    }

    @Test
    void aYearStartingOnFirstMarchIsCompletedOnTwentyNinthFebruaryOfALeapYear() {
        SpecialtyExperience e = SpecialtyExperience.since(day("2023-03-01"));
        assertThat(e.fullYearsOn(day("2024-02-28"))).isZero();
        assertThat(e.fullYearsOn(day("2024-02-29"))).isEqualTo(1);
    }

    @Test
    void aClosedSpanCountsOnlyUpToItsLastDay() {
        SpecialtyExperience e = SpecialtyExperience.of(span("2000-09-01", "2003-08-31"));
        assertThat(e.fullYearsOn(day("2024-09-01"))).isEqualTo(3);
    }

    @Test
    void anOngoingSpanCountsUpToTheDateAsked() {
        SpecialtyExperience e = SpecialtyExperience.since(day("2008-09-01"));
        assertThat(e.fullYearsOn(day("2024-08-31"))).isEqualTo(16);
    }

    @Test
    void aSpanStartingAfterTheDateAskedIsIgnored() {
        SpecialtyExperience e = SpecialtyExperience.of(span("2015-09-01", "2018-08-31"), WorkSpan.since(day("2030-09-01")));
        assertThat(e.fullYearsOn(day("2024-09-01"))).isEqualTo(3);
        assertThat(SpecialtyExperience.since(day("2030-09-01")).fullYearsOn(day("2024-09-01"))).isZero();
    }

    @Test
    void aSpanStartingOnTheDateAskedGivesOneDayAndNoYear() {
        assertThat(SpecialtyExperience.since(day("2024-09-01")).fullYearsOn(day("2024-09-01"))).isZero();
    }

    @Test
    void rejectsSpansOverlappingByOneDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SpecialtyExperience.of(span("2010-09-01", "2015-08-31"), span("2015-08-31", "2020-08-31")))
                .withMessageContaining("SpecialtyExperience.spans")
                .withMessageContaining("work spans overlap");
    }

    @Test
    void rejectsASpanStartingWhileAnOngoingOneContinues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SpecialtyExperience.of(WorkSpan.since(day("2010-09-01")), span("2015-09-01", "2016-08-31")))
                .withMessageContaining("work spans overlap");
    }

    @Test
    void rejectsTwoSpansStartingOnTheSameDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SpecialtyExperience.of(span("2010-09-01", "2010-09-30"), span("2010-09-01", "2011-08-31")))
                .withMessageContaining("work spans overlap");
    }

    @Test
    void acceptsAdjacentSpansAndCountsThemAsOne() {
        SpecialtyExperience e = SpecialtyExperience.of(span("2015-09-01", "2018-08-31"), WorkSpan.since(day("2018-09-01")));
        assertThat(e.fullYearsOn(day("2024-08-31"))).isEqualTo(9);
    }

    @Test
    void keepsSpansInDateOrderWhateverTheInputOrder() {
        SpecialtyExperience e = SpecialtyExperience.of(WorkSpan.since(day("2018-09-01")), span("2015-09-01", "2016-08-31"));
        assertThat(e.spans()).extracting(WorkSpan::from).containsExactly(day("2015-09-01"), day("2018-09-01"));
    }

    @Test
    void mutatingTheSourceListDoesNotChangeTheExperience() {
        List<WorkSpan> source = new ArrayList<>(List.of(span("2015-09-01", "2018-08-31")));
        SpecialtyExperience e = new SpecialtyExperience(source);
        source.add(WorkSpan.since(day("2018-09-01")));
        assertThat(e.spans()).hasSize(1);
        assertThat(e.fullYearsOn(day("2024-08-31"))).isEqualTo(3);
    }

    @Test
    void workSpanRejectsAnEndBeforeItsStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> span("2020-09-01", "2020-08-31"))
                .withMessageContaining("WorkSpan.until")
                .withMessageContaining("end 2020-08-31 is before start 2020-09-01");
    }

    @Test
    void workSpanOfOneDayIsAllowed() {
        assertThat(SpecialtyExperience.of(span("2020-09-01", "2020-09-01")).fullYearsOn(day("2024-01-01"))).isZero();
    }

    @Test
    void workSpanRejectsMissingFields() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkSpan.since(null)).withMessageContaining("WorkSpan.from");
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkSpan(day("2020-09-01"), null))
                .withMessageContaining("WorkSpan.until");
        assertThat(new WorkSpan(day("2020-09-01"), Optional.empty())).isEqualTo(WorkSpan.since(day("2020-09-01")));
    }

    @Test
    void rejectsAMissingDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> SpecialtyExperience.none().fullYearsOn(null))
                .withMessageContaining("asOf");
    }
}
