package org.pedcom.profiles.sobolevskaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.BIOLOGY_TEACHER;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.DEPUTY_HEAD;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.LEADER;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.NAMES;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.OUTSIDER;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.SCHOOL;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.afterTheYear;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.edit;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.orderOfDirector;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.community.Community;
import org.pedcom.compliance.ClauseRef;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
import org.pedcom.documentation.Document;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.organisation.Body;
import org.pedcom.organisation.BodyKind;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.Position;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanStep;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;
import org.pedcom.regulation.ClauseId;
import org.pedcom.report.AnnualReport;
import org.pedcom.rule.Severity;

/** One violating variant of the compliant year for every rule of the profile. */
class SobolevskayaRulesTest {

    private static final Profiles PROFILES = Profiles.load();
    private static final Profile DEFAULT = PROFILES.profile("sobolevskaya-ps");
    private static final LocalDate START = LocalDate.of(2024, 9, 1);
    private static final SchoolYear YEAR = SchoolYear.of(2024);

    private static Profile with(String parameter, String value) {
        return PROFILES.profile(ProfileId.of("sobolevskaya-ps"), ProfileSettings.of(Map.of(parameter, value)));
    }

    private static ComplianceReport judge(CommunityRecord record) {
        return Compliance.evaluate(record, DEFAULT, afterTheYear());
    }

    /** The only violation of {@code report}, from {@code rule}, citing {@code number} first. */
    private static Finding onlyViolation(ComplianceReport report, String rule, String number) {
        assertThat(report.verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(report.violations()).singleElement().satisfies(f -> {
            assertThat(f.rule().value()).isEqualTo(rule);
            assertThat(f.clauseNumber()).isEqualTo(number);
        });
        return report.violations().get(0);
    }

    private static Appointment appointed(org.pedcom.people.WorkerId worker, CommunityRole role, Optional<Act> act) {
        return new Appointment(worker, role, START, Optional.empty(), act);
    }

    private static Act creationAct(CommunityRecord year) {
        return year.community().creationAct().orElseThrow();
    }

    // 2.1 — создаётся приказом директора

    @Test
    void rejectsACommunityCreatedByADecisionOfThePedagogicalCouncil() {
        CommunityRecord year = aCompliantCommunityYear();
        Community c = year.community();
        Act decision = Act.decision("1", LocalDate.of(2024, 8, 29), Body.of(BodyKind.PEDAGOGICAL_COUNCIL, SCHOOL),
                "О создании ПОС");
        CommunityRecord variant = edit(year, p -> p.community = new Community(c.id(), c.kind(), c.name(), c.host(),
                c.createdOn(), Optional.of(decision), c.form(), c.directions(), c.termination()));

        Finding f = onlyViolation(judge(variant), "creation-by-director-order", "2.1");
        assertThat(f.message().ru()).contains("решение № 1 от 29.08.2024");
    }

    @Test
    void rejectsACommunityCreatedWithoutAnyAct() {
        CommunityRecord year = aCompliantCommunityYear();
        Community c = year.community();
        CommunityRecord variant = edit(year, p -> p.community = new Community(c.id(), c.kind(), c.name(), c.host(),
                c.createdOn(), Optional.empty(), c.form(), c.directions(), c.termination()));

        onlyViolation(judge(variant), "creation-by-director-order", "2.1");
    }

    // 2.1 (абз. 2) — руководитель: учитель из группы ПС

    @Test
    void rejectsALeaderFromOutsideTheGroup() {
        CommunityRecord year = aCompliantCommunityYear();
        CommunityRecord variant = edit(year, p -> p.appoint(CommunityRole.LEADER,
                appointed(OUTSIDER, CommunityRole.LEADER, Optional.of(creationAct(year)))));

        Finding f = onlyViolation(judge(variant), "leader-teacher-from-group", "2.1 (абз. 2)");
        assertThat(f.evidence().workers()).containsExactly(OUTSIDER);
    }

    @Test
    void rejectsALeaderWhoIsNotATeacher() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.workers.replaceAll(w -> w.id().equals(LEADER)
                ? new PedagogicalWorker(w.id(), Position.PSYCHOLOGIST, w.employer(), w.roles(), w.qualifications(),
                w.experience(), w.personalData()) : w));

        Finding f = onlyViolation(judge(variant), "leader-teacher-from-group", "2.1 (абз. 2)");
        assertThat(f.message().ru()).contains("педагог-психолог");
    }

    @Test
    void rejectsAMonthsLongVacancyOfTheLeader() {
        CommunityRecord year = aCompliantCommunityYear();
        CommunityRecord variant = edit(year, p -> p.appoint(CommunityRole.LEADER, new Appointment(LEADER,
                CommunityRole.LEADER, START, Optional.of(LocalDate.of(2025, 1, 31)), Optional.of(creationAct(year)))));

        Finding f = onlyViolation(judge(variant), "leader-teacher-from-group", "2.1 (абз. 2)");
        assertThat(f.message().ru()).contains("не занята с 01.02.2025");
    }

    @Test
    void warnsOfALeaderAppointedWithoutAnOrderOfTheDirector() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.appoint(CommunityRole.LEADER,
                appointed(LEADER, CommunityRole.LEADER, Optional.empty())));

        ComplianceReport report = judge(variant);

        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().value()).isEqualTo("leader-appointed-by-order");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.clauseNumber()).isEqualTo("2.1 (абз. 2)");
        });
    }

    @Test
    void requiresTheOrderOfTheDirectorWhenThePortalSaysSo() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.appoint(CommunityRole.LEADER,
                appointed(LEADER, CommunityRole.LEADER, Optional.empty())));

        ComplianceReport required = Compliance.evaluate(variant, with("leader-appointment-act", "required"), afterTheYear());
        ComplianceReport unchecked = Compliance.evaluate(variant, with("leader-appointment-act", "not-checked"), afterTheYear());

        onlyViolation(required, "leader-appointed-by-order", "2.1 (абз. 2)");
        assertThat(unchecked.findings()).isEmpty();
    }

    // 2.2 (абз. 5, подп. 3) — задачи и мероприятия под каждую задачу

    @Test
    void warnsOfAPlannedTaskWithoutEvents() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.plans.replaceAll(plan -> new Plan(
                plan.schoolYear(), plan.kind(), plan.author(),
                List.of(plan.items().get(0), new PlanItem("Обобщить опыт ПОС", List.of(), "Опыт обобщён",
                        "Презентация достижений ПОС")),
                plan.steps(), plan.publications())));

        ComplianceReport report = judge(variant);

        assertThat(report.violations()).isEmpty();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().value()).isEqualTo("plan-tasks-have-events");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.clauseNumber()).isEqualTo("2.2 (абз. 5, подп. 3)");
            assertThat(f.message().ru()).contains("«Обобщить опыт ПОС»");
        });
    }

    // 2.4 — общее руководство: заместитель директора по УВР

    @Test
    void rejectsASupervisorWhoIsNotADeputyHead() {
        CommunityRecord year = aCompliantCommunityYear();
        CommunityRecord variant = edit(year, p -> p.appoint(CommunityRole.SUPERVISOR,
                appointed(BIOLOGY_TEACHER, CommunityRole.SUPERVISOR, Optional.of(creationAct(year)))));

        Finding f = onlyViolation(judge(variant), "supervisor-deputy-head", "2.4");
        assertThat(f.evidence().workers()).containsExactly(BIOLOGY_TEACHER);
    }

    @Test
    void rejectsACommunityWithoutSupervision() {
        CommunityRecord variant = edit(aCompliantCommunityYear(),
                p -> p.appointments.removeIf(a -> a.role() == CommunityRole.SUPERVISOR));

        Finding f = onlyViolation(judge(variant), "supervisor-deputy-head", "2.4");
        assertThat(f.message().ru()).contains("не занята с 01.09.2024");
    }

    @Test
    void acceptsTheDeputyHeadAsSupervisorWithoutMembership() {
        CommunityRecord year = aCompliantCommunityYear();

        assertThat(year.isMemberOn(DEPUTY_HEAD, START)).isFalse();
        assertThat(judge(year).findings()).isEmpty();
    }

    // Прил. 1 п. 1 — приказ о создании с утверждённым составом

    @Test
    void rejectsAYearWithoutAnOrderApprovingTheComposition() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.compositionOrders.clear());

        Finding f = onlyViolation(judge(variant), "composition-order-annual", "Прил. 1 п. 1");
        assertThat(f.clauses()).extracting(ClauseRef::number).containsExactly("Прил. 1 п. 1", "2.3");
        assertThat(judge(variant).clause(ClauseId.of("p2-3"))).hasValueSatisfying(c ->
                assertThat(c.status()).isEqualTo(ClauseStatus.VIOLATED));
    }

    @Test
    void rejectsACompositionThatLeavesAMemberOut() {
        CommunityRecord year = aCompliantCommunityYear();
        CommunityRecord variant = edit(year, p -> p.compositionOrders.replaceAll(o -> new CompositionOrder(o.schoolYear(),
                o.act(), Set.of(LEADER), o.directions())));

        Finding f = onlyViolation(judge(variant), "composition-order-annual", "Прил. 1 п. 1");
        assertThat(f.message().ru()).contains("w-102").contains("w-103").contains("w-104");
    }

    @Test
    void rejectsACompositionApprovedAfter30September() {
        CommunityRecord year = aCompliantCommunityYear();
        Act late = orderOfDirector("58-од", LocalDate.of(2024, 10, 7), "Об утверждении состава ПОС");
        CommunityRecord variant = edit(year, p -> p.compositionOrders.replaceAll(o -> new CompositionOrder(o.schoolYear(),
                late, o.members(), o.directions())));

        onlyViolation(judge(variant), "composition-order-annual", "Прил. 1 п. 1");
    }

    @Test
    void atCreationOnlyAsksForTheCreationOrderInTheDocumentation() {
        Profile atCreation = with("composition-order", "at-creation");
        CommunityRecord noComposition = edit(aCompliantCommunityYear(), p -> p.compositionOrders.clear());
        CommunityRecord noCreationOrderFiled = edit(aCompliantCommunityYear(),
                p -> p.documents.removeIf(d -> d.kind().equals(DocumentKind.CREATION_ORDER)));

        assertThat(Compliance.evaluate(noComposition, atCreation, afterTheYear()).findings()).isEmpty();
        onlyViolation(Compliance.evaluate(noCreationOrderFiled, atCreation, afterTheYear()), "creation-order-kept",
                "Прил. 1 п. 1");
        assertThat(judge(noCreationOrderFiled).findings()).as("the default reading asks for the composition order").isEmpty();
    }

    // Прил. 1 п. 2 — Положение о ПС

    @Test
    void rejectsDocumentationWithoutTheRegulation() {
        CommunityRecord variant = edit(aCompliantCommunityYear(),
                p -> p.documents.removeIf(d -> d.kind().equals(DocumentKind.REGULATION)));

        Finding f = onlyViolation(judge(variant), "regulation-kept", "Прил. 1 п. 2");
        assertThat(f.clauses()).extracting(ClauseRef::number).containsExactly("Прил. 1 п. 2", "2.3");
    }

    // Прил. 1 п. 3 — План работы ПС

    @Test
    void rejectsAYearWithoutAWorkPlan() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.plans.clear());

        ComplianceReport report = judge(variant);

        onlyViolation(report, "work-plan", "Прил. 1 п. 3");
        assertThat(report.findingsOfSeverity(Severity.WARNING)).extracting(f -> f.rule().value())
                .containsExactly("plan-tasks-have-events");
    }

    @Test
    void rejectsAPlanApprovedAfter30September() {
        Act late = orderOfDirector("61-од", LocalDate.of(2024, 10, 14), "Об утверждении плана работы ПОС");
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.plans.replaceAll(plan -> new Plan(
                plan.schoolYear(), plan.kind(), plan.author(), plan.items(),
                java.util.stream.Stream.concat(plan.steps().stream(), java.util.stream.Stream.of(new PlanStep.Approved(late)))
                        .toList(), plan.publications())));

        Finding f = onlyViolation(judge(variant), "work-plan", "Прил. 1 п. 3");
        assertThat(f.message().ru()).contains("14.10.2024");
    }

    // Прил. 1 п. 4 — График проведения плановых заседаний на учебный год

    @Test
    void rejectsAYearWithoutAScheduleOfSessions() {
        CommunityRecord variant = edit(aCompliantCommunityYear(),
                p -> p.documents.removeIf(d -> d.kind().equals(DocumentKind.MEETING_SCHEDULE)));

        onlyViolation(judge(variant), "meeting-schedule", "Прил. 1 п. 4");
    }

    @Test
    void rejectsAScheduleDrawnUpAfter30September() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.documents.replaceAll(d ->
                d.kind().equals(DocumentKind.MEETING_SCHEDULE)
                        ? new Document(d.kind(), d.title(), LocalDate.of(2024, 10, 1), d.form(), d.keptAt(), d.schoolYear())
                        : d));

        onlyViolation(judge(variant), "meeting-schedule", "Прил. 1 п. 4");
    }

    // Прил. 1 п. 5 — Отчёт работы ПС на итоговом педагогическом совете

    @Test
    void rejectsAYearWithoutAReport() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.reports.clear());

        onlyViolation(judge(variant), "annual-report", "Прил. 1 п. 5");
    }

    @Test
    void rejectsAReportCompiledAfter30June() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.reports.replaceAll(r -> new AnnualReport(
                r.schoolYear(), LocalDate.of(2025, Month.JULY, 1), DocumentForm.PAPER, r.indicators(), r.presentedAt())));

        Finding f = onlyViolation(judge(variant), "annual-report", "Прил. 1 п. 5");
        assertThat(f.message().ru()).contains("01.07.2025");
    }

    @Test
    void acceptsAReportCompiledOn30June() {
        CommunityRecord variant = edit(aCompliantCommunityYear(), p -> p.reports.replaceAll(r -> new AnnualReport(
                r.schoolYear(), LocalDate.of(2025, Month.JUNE, 30), DocumentForm.PAPER, r.indicators(), r.presentedAt())));

        assertThat(judge(variant).findings()).isEmpty();
    }

    // 152-ФЗ: findings name workers by id only

    @Test
    void neverPutsANameIntoAFinding() {
        CommunityRecord year = aCompliantCommunityYear();
        CommunityRecord bad = edit(year, p -> {
            p.appoint(CommunityRole.LEADER, appointed(OUTSIDER, CommunityRole.LEADER, Optional.empty()));
            p.appoint(CommunityRole.SUPERVISOR, appointed(BIOLOGY_TEACHER, CommunityRole.SUPERVISOR, Optional.empty()));
            p.compositionOrders.replaceAll(o -> new CompositionOrder(YEAR, o.act(), Set.of(LEADER), o.directions()));
            p.reports.clear();
        });

        ComplianceReport report = judge(bad);

        assertThat(report.findings()).hasSizeGreaterThanOrEqualTo(4);
        for (Finding f : report.findings()) {
            String all = f.message() + " " + f.hint() + " " + f.evidence() + " " + f.citation();
            NAMES.forEach(name -> assertThat(all).doesNotContain(name));
        }
    }
}
