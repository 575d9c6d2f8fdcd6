package org.pedcom.profiles.yaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.HOST;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.aYear;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.approvedByTheCouncil;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.clauseIds;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.judged;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.orderOfHostDirector;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.packageDocument;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.plan2024;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.publishedInTheAuthorityPlanAndOnTheCentreSite;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.theOnlyViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.documentation.Document;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.compliance.Finding;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.Publication;
import org.pedcom.plan.PublicationChannel;
import org.pedcom.record.CommunityRecord;

/** 3.2 (the application package) and 3.6.1–3.6.2 (the plan). */
class YayaOsmpPlanAndDocumentsTest {

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
    void acceptsAnApplicationDatedOnTheLastDayOfTheSitesFirstSchoolYear() {
        CommunityRecord record = aYear().withoutDocuments(d -> d.kind().equals(DocumentKind.STATUS_APPLICATION))
                .document(packageDocument(DocumentKind.STATUS_APPLICATION, "Заявление на присвоение статуса ОСМП",
                        LocalDate.of(2025, 8, 31)))
                .build();

        assertThat(judged(record).violations()).isEmpty();
    }

    @Test
    void rejectsAnApplicationDatedTheDayAfter() {
        CommunityRecord record = aYear().withoutDocuments(d -> d.kind().equals(DocumentKind.STATUS_APPLICATION))
                .document(packageDocument(DocumentKind.STATUS_APPLICATION, "Заявление на присвоение статуса ОСМП",
                        LocalDate.of(2025, 9, 1)))
                .build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("application-submitted");
        assertThat(f.message().ru()).contains("к 31.08.2025");
    }

    private static CommunityRecord without(DocumentKind kind) {
        return aYear().withoutDocuments(d -> d.kind().equals(kind)).build();
    }
}
