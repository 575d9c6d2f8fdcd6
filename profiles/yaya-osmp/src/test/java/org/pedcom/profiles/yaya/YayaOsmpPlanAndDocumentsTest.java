package org.pedcom.profiles.yaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.HOST;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.aYear;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.approvedByTheCouncil;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.clauseIds;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.decisionOfCentreCouncil;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.judged;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.orderOfHostDirector;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.packageDocument;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.plan2024;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.publishedInTheAuthorityPlanAndOnTheCentreSite;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.statusFor;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.theOnlyViolation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.documentation.Document;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.community.TerminationReason;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.Publication;
import org.pedcom.plan.PublicationChannel;
import org.pedcom.record.CommunityRecord;

/** 3.2 (the application package) and 3.6.1–3.6.2 (the plan). */
class YayaOsmpPlanAndDocumentsTest {

    private static final Map<String, String> PLAN_BY_END_OF_YEAR =
            Map.of(YayaOsmpProfileProvider.PLAN_DEADLINE, YayaOsmpProfileProvider.END_OF_SCHOOL_YEAR);

    @Test
    void rejectsAYearWithoutAWorkPlan() {
        Finding f = theOnlyViolation(judged(aYear().plan(Optional.empty()).build()));

        assertThat(f.rule().value()).isEqualTo("plan-approval");
        assertThat(f.clauseNumber()).isEqualTo("3.6.2");
        assertThat(clauseIds(f)).containsExactly("p3-6-2", "p3-6-1");
    }

    @Test
    void rejectsAPlanApprovedByTheHostDirectorInsteadOfTheCouncilOfTheCentre() {
        List<PlanStep> byDirector = List.of(new PlanStep.Drafted(LocalDate.of(2024, 8, 19)), new PlanStep.Approved(
                orderOfHostDirector("118-о", LocalDate.of(2024, 8, 30), "Об утверждении плана работы ОСМП")));

        Finding f = theOnlyViolation(judged(aYear().plan(Optional.of(plan2024(byDirector,
                publishedInTheAuthorityPlanAndOnTheCentreSite()))).build()));

        assertThat(f.rule().value()).isEqualTo("plan-approval");
        assertThat(f.message().ru()).contains("требуется: протокол или решение методического совета");
    }

    @Test
    void rejectsAPlanNotPublishedOnTheWebsite() {
        List<Publication> onlyInTheAuthorityPlan = List.of(new Publication(PublicationChannel.AUTHORITY_ANNUAL_PLAN,
                YayaOsmpCommunityYear.AUTHORITY, LocalDate.of(2024, 9, 5)));

        Finding f = theOnlyViolation(judged(aYear().plan(Optional.of(plan2024(approvedByTheCouncil(), onlyInTheAuthorityPlan))).build()));

        assertThat(f.rule().value()).isEqualTo("plan-approval");
        assertThat(f.clauseNumber()).isEqualTo("3.6.2");
        assertThat(f.message().ru()).contains("сайте");
    }

    @Test
    void rejectsAPlanLeftOutOfTheAuthoritysAnnualPlan() {
        List<Publication> onlyOnTheSite = List.of(new Publication(PublicationChannel.WEBSITE,
                YayaOsmpCommunityYear.CENTRE, LocalDate.of(2024, 9, 3)));

        Finding f = theOnlyViolation(judged(aYear().plan(Optional.of(plan2024(approvedByTheCouncil(), onlyOnTheSite))).build()));

        assertThat(f.rule().value()).isEqualTo("plan-approval");
        assertThat(f.message().ru()).contains("ежегодном плане");
    }

    @Test
    void rejectsAPackageWithoutTheApplication() {
        Finding f = theOnlyViolation(judged(without(DocumentKind.STATUS_APPLICATION)));

        assertThat(f.rule().value()).isEqualTo("application-submitted");
        assertThat(f.clauseNumber()).isEqualTo("3.2 (абз. 2)");
        assertThat(clauseIds(f)).containsExactly("p3-2-abz2", "p3-2");
    }

    @Test
    void rejectsAPackageWithoutTheInformationReference() {
        Finding f = theOnlyViolation(judged(without(DocumentKind.INFORMATION_REFERENCE)));

        assertThat(f.rule().value()).isEqualTo("information-reference-submitted");
        assertThat(f.clauseNumber()).isEqualTo("3.2 (абз. 3)");
    }

    @Test
    void rejectsAPackageWithoutThePlan() {
        Finding f = theOnlyViolation(judged(without(DocumentKind.WORK_PLAN)));

        assertThat(f.rule().value()).isEqualTo("work-plan-submitted");
        assertThat(f.clauseNumber()).isEqualTo("3.2 (абз. 4)");
    }

    @Test
    void rejectsAnInformationReferenceKeptAtTheSchoolRatherThanFiledWithTheCentre() {
        CommunityRecord record = aYear().withoutDocuments(d -> d.kind().equals(DocumentKind.INFORMATION_REFERENCE))
                .document(new Document(DocumentKind.INFORMATION_REFERENCE, "Информационная справка о результатах работы",
                        LocalDate.of(2024, 8, 12), DocumentForm.PAPER, Optional.of(HOST), Optional.empty()))
                .build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("information-reference-submitted");
        assertThat(f.message().ru()).contains("хранится не там");
    }

    @Test
    void acceptsAnApplicationDatedOnTheDayTheSiteOpened() {
        CommunityRecord record = aYear().withoutDocuments(d -> d.kind().equals(DocumentKind.STATUS_APPLICATION))
                .document(packageDocument(DocumentKind.STATUS_APPLICATION, "Заявление на присвоение статуса ОСМП",
                        LocalDate.of(2024, 9, 1)))
                .build();

        assertThat(judged(record).violations()).isEmpty();
    }

    @Test
    void rejectsAnApplicationDatedTheDayAfterTheSiteOpened() {
        CommunityRecord record = aYear().withoutDocuments(d -> d.kind().equals(DocumentKind.STATUS_APPLICATION))
                .document(packageDocument(DocumentKind.STATUS_APPLICATION, "Заявление на присвоение статуса ОСМП",
                        LocalDate.of(2024, 9, 2)))
                .build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("application-submitted");
        assertThat(f.clauseNumber()).isEqualTo("3.2 (абз. 2)");
        assertThat(f.message().ru()).contains("к 01.09.2024");
    }

    /** The package was once due by 31 August, after a site whose status ends on 27 August had closed. */
    @Test
    void aOneYearSiteThatClosedWithoutTheApplicationIsFoundOutNotOwedOneMoreYear() {
        CommunityRecord record = aOneYearSiteClosedOnItsLastDay().withoutDocuments(d -> d.kind().equals(DocumentKind.STATUS_APPLICATION))
                .build();

        ComplianceReport report = judged(record);

        Finding f = theOnlyViolation(report);
        assertThat(f.rule().value()).isEqualTo("application-submitted");
        assertThat(f.clauseNumber()).isEqualTo("3.2 (абз. 2)");
        assertThat(report.obligations()).noneSatisfy(o -> assertThat(o.rule().value()).isEqualTo("application-submitted"));
    }

    @Test
    void acceptsAPlanApprovedOnThe30thOfSeptemberOfItsYear() {
        assertThat(judged(aYear().plan(Optional.of(plan2024(approvedOn(LocalDate.of(2024, 9, 30)),
                publishedInTheAuthorityPlanAndOnTheCentreSite()))).build()).violations()).isEmpty();
    }

    @Test
    void rejectsAPlanApprovedOnTheFirstOfOctober() {
        CommunityRecord record = aYear().plan(Optional.of(plan2024(approvedOn(LocalDate.of(2024, 10, 1)),
                publishedInTheAuthorityPlanAndOnTheCentreSite()))).build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("plan-approval");
        assertThat(f.clauseNumber()).isEqualTo("3.6.2");
        assertThat(f.message().ru()).contains("позже срока 30.09.2024");
        assertThat(judged(record, PLAN_BY_END_OF_YEAR).violations()).isEmpty();
    }

    /** The plan was once due by 31 August, so a site whose status ends on 27 August never owed one. */
    @Test
    void rejectsAOneYearSiteThatNeverHadAPlan() {
        CommunityRecord record = aOneYearSiteClosedOnItsLastDay().plan(Optional.empty()).build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("plan-approval");
        assertThat(f.clauseNumber()).isEqualTo("3.6.2");
        assertThat(f.message().ru()).contains("нет плана работы на 2024/2025");
    }

    @Test
    void aOneYearSiteWithoutAPlanGoesUnjudgedWhenThePortalChoosesTheEndOfTheSchoolYear() {
        CommunityRecord record = aOneYearSiteClosedOnItsLastDay().plan(Optional.empty()).build();

        assertThat(judged(record, PLAN_BY_END_OF_YEAR).findings()).isEmpty();
    }

    /** Status granted on 28.08.2024 for one year (the shortest term), the site closed on its last day, 27.08.2025. */
    private static YayaOsmpCommunityYear.Year aOneYearSiteClosedOnItsLastDay() {
        return aYear().status(statusFor(Period.ofYears(1))).terminated(LocalDate.of(2025, 8, 27), TerminationReason.TERM_EXPIRED);
    }

    private static List<PlanStep> approvedOn(LocalDate on) {
        return List.of(new PlanStep.Drafted(LocalDate.of(2024, 8, 19)), new PlanStep.Approved(decisionOfCentreCouncil("5", on,
                "Об утверждении плана работы ОСМП на базе МБОУ «Яйская СОШ № 2» на 2024/2025 учебный год")));
    }

    private static CommunityRecord without(DocumentKind kind) {
        return aYear().withoutDocuments(d -> d.kind().equals(kind)).build();
    }
}
