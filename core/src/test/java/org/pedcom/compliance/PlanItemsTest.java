package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.LEADER;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.aProfileRequiring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.PlanApproval;

/** «определение задач деятельности и мероприятий под каждую задачу» (regulation 004, clause 2.2). */
class PlanItemsTest {

    private static final SchoolYear YEAR = SchoolYear.of(2024);
    private static final LocalDate AFTER_THE_YEAR = LocalDate.of(2025, 9, 1);
    private static final Profile ITEMISED = aProfileRequiring(PlanApproval.planEachYear().withCompleteItems());

    private static final PlanItem WITH_EVENTS = new PlanItem("Освоить технологию формирующего оценивания",
            List.of("Семинар «Критерии оценивания»", "Взаимопосещение уроков"), "Банк критериев", "Методический продукт");
    private static final PlanItem WITHOUT_EVENTS = new PlanItem("Обобщить опыт", List.of(), "Сборник", "Методический продукт");

    private static CommunityRecord withPlanOf(PlanItem... items) {
        return aCommunityCreatedOn(LocalDate.of(2024, 9, 1))
                .plan(new Plan(YEAR, PlanKind.WORK, Optional.of(LEADER), List.of(items),
                        List.of(new PlanStep.Drafted(LocalDate.of(2024, 9, 5))), List.of()))
                .build();
    }

    @Test
    void acceptsAPlanWhoseEveryTaskHasEvents() {
        ComplianceReport report = Compliance.evaluate(withPlanOf(WITH_EVENTS), ITEMISED, AFTER_THE_YEAR);

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void rejectsATaskWithoutEvents() {
        ComplianceReport report = Compliance.evaluate(withPlanOf(WITH_EVENTS, WITHOUT_EVENTS), ITEMISED, AFTER_THE_YEAR);

        assertThat(report.violations()).singleElement().satisfies(f ->
                assertThat(f.message().ru()).contains("под задачу 2 «Обобщить опыт»"));
    }

    @Test
    void rejectsAPlanWithoutTasks() {
        ComplianceReport report = Compliance.evaluate(withPlanOf(), ITEMISED, AFTER_THE_YEAR);

        assertThat(report.violations()).singleElement().satisfies(f ->
                assertThat(f.message().ru()).contains("не определены задачи"));
    }

    @Test
    void leavesItemsUncheckedUnlessAsked() {
        Profile plain = aProfileRequiring(PlanApproval.planEachYear());

        assertThat(Compliance.evaluate(withPlanOf(), plain, AFTER_THE_YEAR).findings()).isEmpty();
        assertThat(PlanApproval.planEachYear().itemsComplete()).isFalse();
    }
}
