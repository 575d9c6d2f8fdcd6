package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.membership.CommunityRole.LEADER;
import static org.pedcom.organisation.OrganisationKind.METHODICAL_CENTRE;
import static org.pedcom.people.AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION;
import static org.pedcom.people.AdministrativeRole.HEAD_OF_ORGANISATION;
import static org.pedcom.people.QualificationCategory.FIRST;
import static org.pedcom.people.QualificationCategory.HIGHEST;
import static org.pedcom.rule.MeetingPart.AGENDA;
import static org.pedcom.rule.MeetingPart.PROTOCOL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.ItemOutcome;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.ProtocolContent;
import org.pedcom.rule.RoleEligibility;

/** Keeps the example of {@code core/README.md} true: the profile, the evaluation and the printed output. */
class ReadmeExampleTest {

    // README:profile:start
    static final Profile PPS = Profile.builder("rybnovsky-pps")
            .title("Положение о профессиональном педагогическом сообществе руководителей ОО и МО, а также педагогов")
            .citedAs("Положения о ППС")
            .issuedBy("Управление образования и МП администрации Рыбновского района")
            .edition("2020-03-23", LocalDate.of(2020, 3, 23), "утв. приказом № 39/1 от 23.03.2020")
            .clause("p4-2", "4.2", "Руководителям ППС может быть руководитель ОО и МО, педагог, имеющий первую или высшую "
                    + "квалификационную категорию, работающий по специальности не менее трёх лет.")
                .requires("leader-eligible", RoleEligibility.of(LEADER, true,
                        Eligibility.anyone().withAdministrativeRoles(HEAD_OF_ORGANISATION, HEAD_OF_METHODICAL_ASSOCIATION),
                        Eligibility.anyone().withCategories(FIRST, HIGHEST).withMinYearsInSpecialty(3)))
            .clause("p4-5", "4.5", "Заседания ППС проводятся не реже 2 раз за учебный год (один раз в полугодие).")
                .requires("meeting-each-half-year", MeetingFrequency.atLeast(1, PeriodKind.HALF_YEAR))
            .clause("p4-6", "4.6", "Заседание ППС фиксируются протоколом (указываются обсуждаемые вопросы, "
                    + "фиксируются принимаемые решения, рекомендации).")
                .requires("protocol-kept", MeetingDocuments.everyMeetingHas(AGENDA, PROTOCOL))
                .requires("protocol-records-decisions", ProtocolContent.recording(ItemOutcome.DECISION))
            .clause("p4-7", "4.7", "План работы ППС принимается и утверждается РИМК не позднее 15 сентября учебного года.")
                .requires("plan-by-15-september", PlanApproval.planEachYear()
                        .approvedBy(ActRequirement.orderOfHead(OrganisationScope.ofKind(METHODICAL_CENTRE)))
                        .by(Deadline.on(MonthDay.of(9, 15))))
            .build();
    // README:profile:end

    /** One school year: a meeting in October only, and a plan approved on 18 September. */
    static CommunityRecord aYearOfTheCommunity() {
        return EngineFixtures.aCommunityCreatedOn(LocalDate.of(2024, 8, 30))
                .meeting(EngineFixtures.aSession("m-2024-10", LocalDate.of(2024, 10, 17)))
                .plan(new Plan(SchoolYear.of(2024), PlanKind.WORK, Optional.of(EngineFixtures.LEADER), List.of(),
                        List.of(new PlanStep.Approved(EngineFixtures.orderOfCentre("57", LocalDate.of(2024, 9, 18),
                                "Об утверждении плана работы ППС"))), List.of()))
                .build();
    }

    @Test
    void theReadmeShowsWhatTheEngineReallyPrints() throws IOException {
        // README:evaluate:start
        ComplianceReport report = Compliance.evaluate(aYearOfTheCommunity(), PPS, LocalDate.of(2025, 9, 10));
        String text = ReportText.render(report, "ru");
        // README:evaluate:end

        // what the README must show, for whoever edits it
        Files.writeString(Path.of("target/readme-example-output.txt"), text, StandardCharsets.UTF_8);
        assertThat(report.violations()).extracting(Finding::clauseNumber).containsExactly("4.5", "4.7");
        assertThat(block("output")).isEqualTo(text.strip());
        assertThat(block("profile")).isEqualTo(source("profile"));
    }

    private static String block(String name) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String start = "<!-- example:" + name + " -->\n```" + (name.equals("output") ? "text" : "java") + "\n";
        int from = readme.indexOf(start);
        assertThat(from).as("README block " + name).isNotNegative();
        return readme.substring(from + start.length(), readme.indexOf("```", from + start.length())).strip();
    }

    private static String source(String name) throws IOException {
        String src = Files.readString(Path.of("src/test/java/org/pedcom/compliance/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
        String body = src.substring(src.indexOf("// README:" + name + ":start") + ("// README:" + name + ":start").length(),
                src.indexOf("    // README:" + name + ":end"));
        return body.lines().map(l -> l.length() >= 4 ? l.substring(4) : l).reduce((a, b) -> a + "\n" + b).orElse("")
                .replace("static final Profile PPS", "Profile profile").strip();
    }
}
