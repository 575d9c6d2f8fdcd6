package org.pedcom.profiles.kamensk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.AUTHORITY;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.METHODIST;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.OPENING_SESSION;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.SCHOOL_21;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.SECRETARY;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.YEAR;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.draft;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.judge;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.onlyViolation;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.orderOfCpmss;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.profileWith;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.act.Act;
import org.pedcom.compliance.Finding;
import org.pedcom.documentation.Document;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.organisation.Body;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanStep;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;

/** Пп. 1.3 и 9.1 (приказ о составе), 5.1 (план), 9.2–9.5 (документация). */
class YearlyRulesTest {

    private static final Profile SEPTEMBER_30 = profileWith("plan-deadline", "september-30");

    // ---- 1.3 / 9.1: приказ о составе на учебный год ---------------------------------------------------------

    @Test
    void rejectsAYearWithoutCompositionOrder() {
        KamenskMoCommunityYear.Draft draft = draft();
        draft.compositionOrders.clear();

        Finding f = onlyViolation(judge(draft.build()), "composition-order-yearly", "1.3");
        assertThat(f.clauses()).extracting(c -> c.number()).containsExactly("1.3", "9.1");
        assertThat(f.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("2024/2025 учебный год"));
    }

    @Test
    void acceptsACompositionOrderIssuedOnThirtiethSeptember() {
        CommunityRecord record = draft().compositionOrder(o -> issuedOn(o, LocalDate.of(2024, 9, 30))).build();

        assertThat(judge(record).findings()).isEmpty();
    }

    @Test
    void rejectsACompositionOrderIssuedOnFirstOctober() {
        CommunityRecord record = draft().compositionOrder(o -> issuedOn(o, LocalDate.of(2024, 10, 1))).build();

        Finding f = onlyViolation(judge(record), "composition-order-yearly", "1.3");
        assertThat(f.message().ru()).contains("позже срока 30.09.2024");
    }

    @Test
    void rejectsACompositionOrderNotIssuedByTheDirectorOfTheCpmss() {
        Act byAuthority = Act.order("312", LocalDate.of(2024, 9, 13), Body.headOf(AUTHORITY),
                "О составе городских методических объединений на 2024/2025 учебный год");
        CommunityRecord record = draft().compositionOrder(o -> new CompositionOrder(o.schoolYear(), byAuthority, o.members(),
                o.directions())).build();

        onlyViolation(judge(record), "composition-order-yearly", "1.3");
    }

    @Test
    void rejectsAMemberWhoJoinedByThirtiethSeptemberButIsNotNamedInTheOrder() {
        KamenskMoCommunityYear.Draft draft = draft();
        draft.memberships.add(new Membership(METHODIST, LocalDate.of(2024, 9, 30), Optional.of(YEAR.end()),
                MembershipBasis.APPLICATION));

        Finding f = onlyViolation(judge(draft.build()), "composition-order-yearly", "1.3");
        assertThat(f.message().ru()).contains(METHODIST.value());
    }

    @Test
    void acceptsAMemberWhoJoinedOnFirstOctoberWithoutAmendingTheOrder() {
        KamenskMoCommunityYear.Draft draft = draft();
        draft.memberships.add(new Membership(METHODIST, LocalDate.of(2024, 10, 1), Optional.of(YEAR.end()),
                MembershipBasis.APPLICATION));

        assertThat(judge(draft.build()).findings()).isEmpty();
    }

    // ---- 5.1: план составляется руководителем, рассматривается на заседании, утверждается приказом --------------

    @Test
    void rejectsAYearWithoutWorkPlan() {
        KamenskMoCommunityYear.Draft draft = draft();
        draft.plans.clear();

        onlyViolation(judge(draft.build()), "work-plan-approved", "5.1");
    }

    @Test
    void rejectsAPlanNotReviewedAtASessionBeforeApproval() {
        CommunityRecord record = draft().plan(p -> withSteps(p, new PlanStep.Drafted(LocalDate.of(2024, 9, 16)),
                new PlanStep.Approved(KamenskMoCommunityYear.PLAN_ORDER))).build();

        Finding f = onlyViolation(judge(record), "work-plan-approved", "5.1");
        assertThat(f.message().ru()).contains("не рассмотрен на заседании");
    }

    @Test
    void rejectsAPlanApprovedByTheSchoolDirectorInsteadOfTheDirectorOfTheCpmss() {
        Act bySchool = Act.order("118-о", LocalDate.of(2024, 9, 27), Body.headOf(SCHOOL_21), "Об утверждении плана работы МО");
        CommunityRecord record = draft().plan(p -> withSteps(p, new PlanStep.Drafted(LocalDate.of(2024, 9, 16)),
                new PlanStep.Reviewed(LocalDate.of(2024, 9, 25), OPENING_SESSION), new PlanStep.Approved(bySchool))).build();

        onlyViolation(judge(record), "work-plan-approved", "5.1");
    }

    @Test
    void rejectsAPlanDraftedBySomeoneOtherThanTheLeader() {
        CommunityRecord record = draft().plan(p -> new Plan(p.schoolYear(), p.kind(), Optional.of(SECRETARY), p.items(),
                p.steps(), p.publications())).build();

        Finding f = onlyViolation(judge(record), "work-plan-approved", "5.1");
        assertThat(f.message().ru()).contains("не является руководителем");
    }

    @Test
    void acceptsAPlanApprovedInOctoberWhenTheTextSetsNoDeadline() {
        CommunityRecord record = planApprovedOn(LocalDate.of(2024, 10, 10));

        assertThat(judge(record).findings()).isEmpty();
    }

    @Test
    void acceptsAPlanApprovedOnTheLastDayOfItsSchoolYear() {
        assertThat(judge(planApprovedOn(LocalDate.of(2025, 8, 31))).findings()).isEmpty();
    }

    @Test
    void rejectsAPlanApprovedAfterItsSchoolYearEnded() {
        onlyViolation(judge(planApprovedOn(LocalDate.of(2025, 9, 1))), "work-plan-approved", "5.1");
    }

    @Test
    void rejectsAPlanApprovedInOctoberUnderTheSeptember30Reading() {
        Finding f = onlyViolation(judge(planApprovedOn(LocalDate.of(2024, 10, 10)), SEPTEMBER_30), "work-plan-approved", "5.1");
        assertThat(f.message().ru()).contains("позже срока 30.09.2024");
    }

    @Test
    void acceptsAPlanApprovedOnThirtiethSeptemberUnderTheSeptember30Reading() {
        assertThat(judge(planApprovedOn(LocalDate.of(2024, 9, 30)), SEPTEMBER_30).findings()).isEmpty();
    }

    // ---- 9.2: анализ работы за прошедший год (в электронном виде) --------------------------------------------

    @Test
    void rejectsAYearWithoutAnalysis() {
        KamenskMoCommunityYear.Draft draft = draft();
        draft.reports.clear();

        onlyViolation(judge(draft.build()), "analysis-of-year", "9.2");
    }

    @Test
    void rejectsAnAnalysisKeptOnPaper() {
        CommunityRecord record = draft().report(r -> new AnnualReport(r.schoolYear(), r.compiledOn(), DocumentForm.PAPER,
                r.indicators(), r.presentedAt())).build();

        Finding f = onlyViolation(judge(record), "analysis-of-year", "9.2");
        assertThat(f.message().ru()).contains("в электронном виде");
    }

    @Test
    void acceptsAnAnalysisCompiledOnThirtyFirstAugust() {
        assertThat(judge(analysisCompiledOn(LocalDate.of(2025, 8, 31))).findings()).isEmpty();
    }

    @Test
    void rejectsAnAnalysisCompiledOnFirstSeptember() {
        onlyViolation(judge(analysisCompiledOn(LocalDate.of(2025, 9, 1))), "analysis-of-year", "9.2");
    }

    // ---- 9.3: план работы на текущий год (в электронном виде) -------------------------------------------------

    @Test
    void rejectsAYearWithoutTheElectronicPlan() {
        onlyViolation(judge(draft().withoutDocuments(DocumentKind.WORK_PLAN).build()), "work-plan-electronic", "9.3");
    }

    @Test
    void rejectsAPlanKeptOnPaper() {
        CommunityRecord record = draft().document(DocumentKind.WORK_PLAN, d -> inForm(d, DocumentForm.PAPER)).build();

        onlyViolation(judge(record), "work-plan-electronic", "9.3");
    }

    @Test
    void theElectronicPlanFollowsThePlanDeadlineParameter() {
        CommunityRecord record = draft().document(DocumentKind.WORK_PLAN, d -> datedOn(d, LocalDate.of(2024, 10, 10))).build();

        assertThat(judge(record).findings()).isEmpty();
        onlyViolation(judge(record, SEPTEMBER_30), "work-plan-electronic", "9.3");
    }

    // ---- 9.4, 9.5: банки данных (в электронном виде) ----------------------------------------------------------

    @Test
    void rejectsAYearWithoutTheTeacherDataBank() {
        onlyViolation(judge(draft().withoutDocuments(DocumentKind.TEACHER_DATA_BANK).build()), "teacher-data-bank", "9.4");
    }

    @Test
    void rejectsATeacherDataBankKeptOnPaper() {
        CommunityRecord record = draft().document(DocumentKind.TEACHER_DATA_BANK, d -> inForm(d, DocumentForm.PAPER)).build();

        onlyViolation(judge(record), "teacher-data-bank", "9.4");
    }

    @Test
    void acceptsATeacherDataBankKeptSinceAnEarlierYear() {
        CommunityRecord record = draft().document(DocumentKind.TEACHER_DATA_BANK, d -> new Document(d.kind(),
                "Банк данных о педагогах МО", LocalDate.of(2020, 10, 1), DocumentForm.ELECTRONIC, d.keptAt(),
                Optional.empty())).build();

        assertThat(judge(record).findings()).isEmpty();
    }

    @Test
    void rejectsAYearWithoutThePracticeBank() {
        onlyViolation(judge(draft().withoutDocuments(DocumentKind.PRACTICE_BANK).build()), "practice-bank", "9.5");
    }

    @Test
    void acceptsAPracticeBankStartedOnThirtyFirstAugust() {
        CommunityRecord record = draft().document(DocumentKind.PRACTICE_BANK, d -> datedOn(d, LocalDate.of(2025, 8, 31))).build();

        assertThat(judge(record).findings()).isEmpty();
    }

    @Test
    void rejectsAPracticeBankStartedOnlyOnFirstSeptember() {
        CommunityRecord record = draft().document(DocumentKind.PRACTICE_BANK, d -> datedOn(d, LocalDate.of(2025, 9, 1))).build();

        onlyViolation(judge(record), "practice-bank", "9.5");
    }

    @Test
    void doesNotDemandContributionsToTheStupenkiCollection() {
        onlyNoFindings(draft().withoutDocuments(DocumentKind.E_COLLECTION_CONTRIBUTION).build());
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static void onlyNoFindings(CommunityRecord record) {
        assertThat(judge(record).findings()).isEmpty();
    }

    private static CompositionOrder issuedOn(CompositionOrder o, LocalDate date) {
        Act a = o.act();
        return new CompositionOrder(o.schoolYear(), new Act(a.kind(), a.number(), date, a.issuer(), a.title()),
                new HashSet<>(o.members()), o.directions());
    }

    private static Plan withSteps(Plan p, PlanStep... steps) {
        return new Plan(p.schoolYear(), p.kind(), p.author(), p.items(), List.of(steps), p.publications());
    }

    private static CommunityRecord planApprovedOn(LocalDate date) {
        Act order = orderOfCpmss("71-Д", date, KamenskMoCommunityYear.PLAN_ORDER.title());
        return draft().plan(p -> withSteps(p, new PlanStep.Drafted(LocalDate.of(2024, 9, 16)),
                new PlanStep.Reviewed(LocalDate.of(2024, 9, 25), OPENING_SESSION), new PlanStep.Approved(order))).build();
    }

    private static CommunityRecord analysisCompiledOn(LocalDate date) {
        return draft().report(r -> new AnnualReport(r.schoolYear(), date, r.form(), r.indicators(), r.presentedAt())).build();
    }

    private static Document inForm(Document d, DocumentForm form) {
        return new Document(d.kind(), d.title(), d.date(), form, d.keptAt(), d.schoolYear());
    }

    private static Document datedOn(Document d, LocalDate date) {
        return new Document(d.kind(), d.title(), date, d.form(), d.keptAt(), d.schoolYear());
    }
}
