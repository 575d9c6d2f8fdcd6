package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.CENTRE;
import static org.pedcom.compliance.EngineFixtures.LEADER;
import static org.pedcom.compliance.EngineFixtures.SCHOOL;
import static org.pedcom.compliance.EngineFixtures.SECRETARY;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.aSession;
import static org.pedcom.compliance.EngineFixtures.judge;
import static org.pedcom.compliance.EngineFixtures.orderOfCentre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.documentation.Document;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.MeetingId;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.Publication;
import org.pedcom.plan.PublicationChannel;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.SubmissionDeadline;

class YearlyRulesTest {

    /** Two days before the school year: the plan of 2024/2025 is owed, a report on 2023/2024 is not. */
    private static final LocalDate CREATED = LocalDate.of(2024, 8, 30);
    private static final SchoolYear YEAR = SchoolYear.of(2024);
    private static final PlanApproval BY_CENTRE_BY_15_SEPTEMBER = PlanApproval.planEachYear()
            .approvedBy(ActRequirement.orderOfHead(OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE)))
            .by(Deadline.on(MonthDay.of(9, 15))).afterReviewAtMeeting().mustBeDraftedByLeader();

    private static Plan aPlan(WorkerId author, LocalDate approvedOn, boolean reviewed, Publication... publications) {
        List<PlanStep> steps = new ArrayList<>();
        steps.add(new PlanStep.Drafted(LocalDate.of(2024, 9, 2)));
        if (reviewed) {
            steps.add(new PlanStep.Reviewed(LocalDate.of(2024, 9, 5), MeetingId.of("m-review")));
        }
        steps.add(new PlanStep.Approved(orderOfCentre("57", approvedOn, "Об утверждении плана работы ППС")));
        return new Plan(YEAR, PlanKind.WORK, Optional.of(author),
                List.of(new PlanItem("Повысить читательскую грамотность", List.of("Семинар"), "Рост результатов", "Методические рекомендации")),
                steps, List.of(publications));
    }

    private static CommunityRecord.Builder withPlan(Plan plan) {
        return aCommunityCreatedOn(CREATED).meeting(aSession("m-review", LocalDate.of(2024, 9, 5))).plan(plan);
    }

    @Test
    void acceptsAPlanApprovedOnTheDeadlineDayItself() {
        ComplianceReport report = judge(withPlan(aPlan(LEADER, LocalDate.of(2024, 9, 15), true)), BY_CENTRE_BY_15_SEPTEMBER,
                LocalDate.of(2024, 9, 20));

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void rejectsAPlanApprovedTheDayAfterTheDeadline() {
        ComplianceReport report = judge(withPlan(aPlan(LEADER, LocalDate.of(2024, 9, 16), true)), BY_CENTRE_BY_15_SEPTEMBER,
                LocalDate.of(2024, 9, 20));

        assertThat(report.violations()).singleElement().satisfies(f -> {
            assertThat(f.message().ru()).contains("утверждён 16.09.2024, позже срока 15.09.2024");
            assertThat(f.period().orElseThrow().label()).isEqualTo("2024/2025 учебный год");
            assertThat(f.evidence().acts()).containsExactly("приказ № 57 от 16.09.2024");
        });
    }

    @Test
    void reportsEveryMissingStepOfThePlanInOneFinding() {
        ComplianceReport report = judge(withPlan(aPlan(SECRETARY, LocalDate.of(2024, 9, 10), false)),
                BY_CENTRE_BY_15_SEPTEMBER.publishedOn(PublicationChannel.WEBSITE), LocalDate.of(2024, 9, 20));

        assertThat(report.violations()).singleElement().satisfies(f -> assertThat(f.message().ru())
                .contains("не рассмотрен на заседании").contains("не опубликован").contains("автор плана не является руководителем"));
    }

    @Test
    void aPlanNotYetDueIsAnObligationAndAMissingOneAViolationAfterTheDeadline() {
        assertThat(judge(aCommunityCreatedOn(CREATED), BY_CENTRE_BY_15_SEPTEMBER, LocalDate.of(2024, 9, 14)).obligations())
                .singleElement().satisfies(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2024, 9, 15)));
        assertThat(judge(aCommunityCreatedOn(CREATED), BY_CENTRE_BY_15_SEPTEMBER, LocalDate.of(2024, 9, 16)).violations())
                .singleElement().satisfies(f -> assertThat(f.message().ru()).contains("нет плана работы на 2024/2025"));
    }

    @Test
    void aCommunityCreatedAfterTheDeadlineOwesThatYearsPlanNothingButTheNextOne() {
        ComplianceReport report = judge(aCommunityCreatedOn(LocalDate.of(2024, 10, 15)), BY_CENTRE_BY_15_SEPTEMBER,
                LocalDate.of(2025, 3, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(report.obligations()).singleElement().satisfies(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 9, 15)));
    }

    @Test
    void aCommunityCreatedDuringTheYearHasAMonthBeforeThatYearsItemsFallDue() {
        PlanApproval byFifteenthOctober = PlanApproval.planEachYear().by(Deadline.on(MonthDay.of(10, 15)));

        ComplianceReport createdFifteenthSeptember = judge(aCommunityCreatedOn(LocalDate.of(2024, 9, 15)), byFifteenthOctober,
                LocalDate.of(2024, 10, 16));
        ComplianceReport createdSixteenthSeptember = judge(aCommunityCreatedOn(LocalDate.of(2024, 9, 16)), byFifteenthOctober,
                LocalDate.of(2024, 10, 16));

        assertThat(createdFifteenthSeptember.violations()).as("a month exactly: owed").hasSize(1);
        assertThat(createdSixteenthSeptember.violations()).as("less than a month: not owed this year").isEmpty();
        assertThat(createdSixteenthSeptember.obligations()).singleElement()
                .satisfies(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 10, 15)));
    }

    @Test
    void aCommunityCreatedTwoDaysBeforeTheYearEndsOwesNoReportOnIt() {
        ComplianceReport report = judge(aCommunityCreatedOn(CREATED), REPORT_TO_CENTRE_BEFORE_SEPTEMBER, LocalDate.of(2024, 9, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(report.obligations()).singleElement().satisfies(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 8, 31)));
    }

    @Test
    void checksPublicationOnEveryChannelDemanded() {
        PlanApproval published = PlanApproval.planEachYear().publishedOn(PublicationChannel.WEBSITE, PublicationChannel.AUTHORITY_ANNUAL_PLAN);
        Plan onWebsiteOnly = aPlan(LEADER, LocalDate.of(2024, 9, 10), true,
                new Publication(PublicationChannel.WEBSITE, CENTRE, LocalDate.of(2024, 9, 12)));
        Plan onBoth = aPlan(LEADER, LocalDate.of(2024, 9, 10), true,
                new Publication(PublicationChannel.WEBSITE, CENTRE, LocalDate.of(2024, 9, 12)),
                new Publication(PublicationChannel.AUTHORITY_ANNUAL_PLAN, EngineFixtures.AUTHORITY, LocalDate.of(2024, 9, 20)));

        assertThat(judge(withPlan(onWebsiteOnly), published, LocalDate.of(2025, 9, 1)).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("ежегодном плане"));
        assertThat(judge(withPlan(onBoth), published, LocalDate.of(2025, 9, 1)).violations()).isEmpty();
    }

    private static final SubmissionDeadline REPORT_TO_CENTRE_BEFORE_SEPTEMBER = new SubmissionDeadline(DocumentKind.ANNUAL_REPORT, 0,
            OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE), Deadline.endOfSchoolYear());

    @Test
    void acceptsASubmissionOnThirtyFirstAugustAndRejectsOneOnFirstSeptember() {
        CommunityRecord.Builder onTime = aCommunityCreatedOn(CREATED)
                .submission(new Submission(DocumentKind.ANNUAL_REPORT, YEAR, CENTRE, LocalDate.of(2025, 8, 31)));
        CommunityRecord.Builder late = aCommunityCreatedOn(CREATED)
                .submission(new Submission(DocumentKind.ANNUAL_REPORT, YEAR, CENTRE, LocalDate.of(2025, 9, 1)));

        assertThat(judge(onTime, REPORT_TO_CENTRE_BEFORE_SEPTEMBER, LocalDate.of(2025, 9, 1)).violations()).isEmpty();
        assertThat(judge(late, REPORT_TO_CENTRE_BEFORE_SEPTEMBER, LocalDate.of(2025, 9, 1)).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("предоставлен 01.09.2025, позже срока 31.08.2025"));
    }

    @Test
    void aSubmissionToTheWrongRecipientDoesNotCount() {
        CommunityRecord.Builder toSchool = aCommunityCreatedOn(CREATED)
                .submission(new Submission(DocumentKind.ANNUAL_REPORT, YEAR, SCHOOL, LocalDate.of(2025, 6, 1)));

        assertThat(judge(toSchool, REPORT_TO_CENTRE_BEFORE_SEPTEMBER, LocalDate.of(2025, 9, 1)).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("не предоставлен"));
    }

    @Test
    void thePreliminaryPlanConcernsTheNextYearButIsDueInThisOne() {
        SubmissionDeadline preliminary = new SubmissionDeadline(DocumentKind.PRELIMINARY_PLAN, 1,
                OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE), Deadline.endOfSchoolYear());
        CommunityRecord.Builder forNextYear = aCommunityCreatedOn(CREATED)
                .submission(new Submission(DocumentKind.PRELIMINARY_PLAN, YEAR.next(), CENTRE, LocalDate.of(2025, 6, 20)));
        CommunityRecord.Builder forThisYear = aCommunityCreatedOn(CREATED)
                .submission(new Submission(DocumentKind.PRELIMINARY_PLAN, YEAR, CENTRE, LocalDate.of(2025, 6, 20)));

        assertThat(judge(forNextYear, preliminary, LocalDate.of(2025, 9, 1)).violations()).isEmpty();
        assertThat(judge(forThisYear, preliminary, LocalDate.of(2025, 9, 1)).violations()).hasSize(1);
    }

    private static Document aDocument(DocumentKind kind, LocalDate date, DocumentForm form, Optional<SchoolYear> year) {
        return new Document(kind, kind.title(), date, form, Optional.of(CENTRE), year);
    }

    @Test
    void requiresAYearlyDocumentInElectronicFormKeptWhereTheClauseSays() {
        RequiredDocument analysis = RequiredDocument.perSchoolYear(DocumentKind.ANNUAL_REPORT, Deadline.endOfSchoolYear())
                .inForm(DocumentForm.ELECTRONIC).keptAt(OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE));

        CommunityRecord.Builder good = aCommunityCreatedOn(CREATED)
                .document(aDocument(DocumentKind.ANNUAL_REPORT, LocalDate.of(2025, 6, 1), DocumentForm.ELECTRONIC, Optional.of(YEAR)));
        CommunityRecord.Builder onPaper = aCommunityCreatedOn(CREATED)
                .document(aDocument(DocumentKind.ANNUAL_REPORT, LocalDate.of(2025, 6, 1), DocumentForm.PAPER, Optional.of(YEAR)));
        CommunityRecord.Builder atSchool = aCommunityCreatedOn(CREATED).document(new Document(DocumentKind.ANNUAL_REPORT,
                "Анализ", LocalDate.of(2025, 6, 1), DocumentForm.ELECTRONIC, Optional.of(SCHOOL), Optional.of(YEAR)));

        LocalDate asOf = LocalDate.of(2025, 9, 1);
        assertThat(judge(good, analysis, asOf).violations()).isEmpty();
        assertThat(judge(onPaper, analysis, asOf).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("в электронном виде"));
        assertThat(judge(atSchool, analysis, asOf).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("хранится не там"));
        assertThat(judge(aCommunityCreatedOn(CREATED), analysis, asOf).violations()).singleElement()
                .satisfies(f -> assertThat(f.period().orElseThrow().label()).isEqualTo("2024/2025 учебный год"));
    }

    @Test
    void aStandingDocumentIsDueOnceByTheDeadlineOfTheFirstYear() {
        RequiredDocument dataBank = RequiredDocument.standing(DocumentKind.TEACHER_DATA_BANK, Deadline.on(MonthDay.of(10, 1)));
        CommunityRecord.Builder withBank = aCommunityCreatedOn(CREATED)
                .document(aDocument(DocumentKind.TEACHER_DATA_BANK, LocalDate.of(2024, 9, 20), DocumentForm.ELECTRONIC, Optional.empty()));

        assertThat(judge(withBank, dataBank, LocalDate.of(2026, 1, 1)).findings()).isEmpty();
        assertThat(judge(aCommunityCreatedOn(CREATED), dataBank, LocalDate.of(2024, 9, 30)).obligations()).singleElement()
                .satisfies(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2024, 10, 1)));
        assertThat(judge(aCommunityCreatedOn(CREATED), dataBank, LocalDate.of(2026, 1, 1)).violations()).hasSize(1);
    }

    @Test
    void aCommunityOlderThanTheEditionOwesItsStandingDocumentsFromTheEditionsFirstDay() {
        org.pedcom.profile.Profile since2025 = org.pedcom.profile.Profile.builder("late").title("Положение").citedAs("Положения")
                .issuedBy("ЦПМСС").edition("2025-01-01", LocalDate.of(2025, 1, 1), "утв. приказом № 3 от 01.01.2025")
                .clause("p9-4", "9.4", "Банк данных (в электронном виде) о педагогах МО.")
                .requires("data-bank", RequiredDocument.standing(DocumentKind.TEACHER_DATA_BANK, Deadline.on(MonthDay.of(10, 1))))
                .build();

        ComplianceReport report = Compliance.evaluate(aCommunityCreatedOn(LocalDate.of(2019, 8, 30)).build(), since2025,
                LocalDate.of(2025, 1, 10));

        assertThat(report.violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("нет документа «банк данных о педагогах» к 01.01.2025"));
    }

    @Test
    void requiresTheAnnualReportWithEveryIndicator() {
        AnnualReportRequired withIndicators = new AnnualReportRequired(Deadline.endOfSchoolYear(),
                Set.of("diagnosed-teachers", "improved-teachers"), Optional.of(DocumentForm.ELECTRONIC));
        CommunityRecord.Builder complete = aCommunityCreatedOn(CREATED).report(new AnnualReport(YEAR, LocalDate.of(2025, 6, 10),
                DocumentForm.ELECTRONIC, Map.of("diagnosed-teachers", BigDecimal.valueOf(14), "improved-teachers", BigDecimal.valueOf(9)),
                Optional.empty()));
        CommunityRecord.Builder lacking = aCommunityCreatedOn(CREATED).report(new AnnualReport(YEAR, LocalDate.of(2025, 6, 10),
                DocumentForm.ELECTRONIC, Map.of("diagnosed-teachers", BigDecimal.valueOf(14)), Optional.empty()));

        LocalDate asOf = LocalDate.of(2025, 9, 1);
        assertThat(judge(complete, withIndicators, asOf).violations()).isEmpty();
        assertThat(judge(lacking, withIndicators, asOf).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("нет показателей [improved-teachers]"));
        assertThat(judge(aCommunityCreatedOn(CREATED), withIndicators, LocalDate.of(2025, 8, 31)).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("нет аналитического отчёта за 2024/2025"));
    }
}
