package org.pedcom.profiles.tomsk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.APRIL_OPEN_EVENT;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.AS_OF;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.NOVEMBER_WORKSHOP;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.SEPTEMBER_SESSION;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.anEventOn;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.community;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.judge;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.profile;
import static org.pedcom.profiles.tomsk.LogoposidelkiComplianceTest.onlyViolation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.meeting.MeetingId;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;

/** Clause 2.5, «не реже 1 раза в квартал», under both readings of «квартал». */
class EventsPerQuarterTest {

    private static final Profile CALENDAR = profile("calendar");
    private static final Profile ACADEMIC = profile("academic");

    private static CommunityRecord withEventMoved(MeetingId dropped, LocalDate newDate) {
        return aCompliantCommunityYear().toBuilder().withoutMeetings(m -> m.id().equals(dropped))
                .meeting(anEventOn(newDate)).build();
    }

    // --- the last day of a period --------------------------------------------------------------------------------

    @Test
    void countsAnEventOnTheLastDayOfTheCalendarQuarter() {
        CommunityRecord record = withEventMoved(NOVEMBER_WORKSHOP, LocalDate.of(2024, 12, 31));

        assertThat(judge(record, CALENDAR, AS_OF).findings()).isEmpty();
    }

    @Test
    void doesNotCountAnEventOnTheFirstDayOfTheNextQuarter() {
        CommunityRecord record = withEventMoved(NOVEMBER_WORKSHOP, LocalDate.of(2025, 1, 1));

        Finding finding = onlyViolation(judge(record, CALENDAR, AS_OF), "events-per-quarter", "2.5");
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("4 квартал 2024 г."));
    }

    @Test
    void countsAnEventOnTheLastDayOfTheSchoolsFourthQuarterUnderTheAcademicReading() {
        CommunityRecord record = withEventMoved(APRIL_OPEN_EVENT, LocalDate.of(2025, 5, 26));

        assertThat(judge(record, ACADEMIC, AS_OF).findings()).isEmpty();
    }

    @Test
    void doesNotCountAnEventTheDayAfterTheFourthQuarterEndedUnderTheAcademicReading() {
        CommunityRecord record = withEventMoved(APRIL_OPEN_EVENT, LocalDate.of(2025, 5, 27));

        Finding finding = onlyViolation(judge(record, ACADEMIC, AS_OF), "events-per-quarter", "2.5");
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("4 четверть 2024/2025"));
    }

    // --- the parameter changes the outcome -----------------------------------------------------------------------

    @Test
    void anEventOnTheFirstDayOfTheFourthTermClosesTheTermButNotTheSecondCalendarQuarter() {
        // 31 March 2025 opens the school's 4th четверть but lies in the 1st calendar quarter.
        CommunityRecord record = withEventMoved(APRIL_OPEN_EVENT, LocalDate.of(2025, 3, 31));

        Finding finding = onlyViolation(judge(record, CALENDAR, AS_OF), "events-per-quarter", "2.5");
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("2 квартал 2025 г."));
        assertThat(judge(record, ACADEMIC, AS_OF).findings()).isEmpty();
    }

    @Test
    void aSeptemberWithoutAnEventBreaksTheFirstTermButNoCalendarQuarterOfACommunityCreatedOnTheFirst() {
        // The community was created on 1 September 2024, so the 3rd calendar quarter of 2024 (July–September) is
        // not judged, while the 1st четверть (2 September–25 October) is.
        CommunityRecord record = aCompliantCommunityYear().toBuilder()
                .withoutMeetings(m -> m.id().equals(SEPTEMBER_SESSION)).build();

        assertThat(judge(record, CALENDAR, AS_OF).findings()).isEmpty();
        Finding finding = onlyViolation(judge(record, ACADEMIC, AS_OF), "events-per-quarter", "2.5");
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("1 четверть 2024/2025"));
    }

    @Test
    void anEventInTheAutumnHolidaysCountsForTheCalendarQuarterButForNoTerm() {
        // 30 October 2024 falls in the autumn holidays (26 October–4 November) between the 1st and 2nd четверть.
        CommunityRecord record = withEventMoved(NOVEMBER_WORKSHOP, LocalDate.of(2024, 10, 30));

        assertThat(judge(record, CALENDAR, AS_OF).findings()).isEmpty();
        Finding finding = onlyViolation(judge(record, ACADEMIC, AS_OF), "events-per-quarter", "2.5");
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("2 четверть 2024/2025"));
    }

    // --- summer months -----------------------------------------------------------------------------------------------

    @Test
    void theCalendarReadingDemandsAnEventInJulyToSeptember() {
        LocalDate firstOfOctober = LocalDate.of(2025, 10, 1);

        ComplianceReport report = judge(aCompliantCommunityYear(), CALENDAR, firstOfOctober);

        Finding finding = onlyViolation(report, "events-per-quarter", "2.5");
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("3 квартал 2025 г."));
    }

    @Test
    void anAugustEventCountsForTheThirdCalendarQuarter() {
        CommunityRecord record = aCompliantCommunityYear().toBuilder().meeting(anEventOn(LocalDate.of(2025, 8, 27))).build();

        assertThat(judge(record, CALENDAR, LocalDate.of(2025, 10, 1)).findings()).isEmpty();
    }

    @Test
    void theAcademicReadingDemandsNothingForTheSummer() {
        // No event from 27 May to 1 October 2025: the summer lies outside every четверть, and the 1st четверть of
        // 2025/2026 (standard dates, the record gives none for that year) is not over yet.
        ComplianceReport report = judge(aCompliantCommunityYear(), ACADEMIC, LocalDate.of(2025, 10, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(report.obligations()).anySatisfy(o -> {
            assertThat(o.rule().value()).isEqualTo("events-per-quarter");
            assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 10, 31));
        });
    }

    // --- a community created mid-year --------------------------------------------------------------------------------

    @Test
    void aCommunityCreatedAfterAQuarterBeganOwesNothingForThatQuarter() {
        CommunityRecord record = aCompliantCommunityYear().toBuilder()
                .community(community(LocalDate.of(2024, 10, 2)))
                .withoutMeetings(m -> m.id().equals(NOVEMBER_WORKSHOP)).build();

        assertThat(judge(record, CALENDAR, AS_OF).findings()).isEmpty();
    }

    @Test
    void aCommunityCreatedOnTheFirstDayOfAQuarterOwesAnEventForIt() {
        CommunityRecord record = aCompliantCommunityYear().toBuilder()
                .community(community(LocalDate.of(2024, 10, 1)))
                .withoutMeetings(m -> m.id().equals(NOVEMBER_WORKSHOP)).build();

        Finding finding = onlyViolation(judge(record, CALENDAR, AS_OF), "events-per-quarter", "2.5");
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("4 квартал 2024 г."));
    }

    @Test
    void aCommunityCreatedMidOctoberStillOwesAnEventForTheSecondTerm() {
        // Created on 2 October: the 4th calendar quarter is excused, but the 2nd четверть starts only on
        // 5 November, so under the academic reading it is judged and has no event.
        CommunityRecord record = aCompliantCommunityYear().toBuilder()
                .community(community(LocalDate.of(2024, 10, 2)))
                .withoutMeetings(m -> m.id().equals(NOVEMBER_WORKSHOP)).build();

        Finding finding = onlyViolation(judge(record, ACADEMIC, AS_OF), "events-per-quarter", "2.5");
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("2 четверть 2024/2025"));
    }
}
