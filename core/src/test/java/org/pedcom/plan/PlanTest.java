package org.pedcom.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pedcom.record.RecordFixtures.anOrder;
import static org.pedcom.record.RecordFixtures.authorityId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.meeting.MeetingId;
import org.pedcom.people.WorkerId;

class PlanTest {

    private static final SchoolYear YEAR = SchoolYear.of(2024);
    private static final PlanItem ITEM = new PlanItem("Повысить читательскую грамотность",
            List.of("Семинар «Смысловое чтение»"), "Методические рекомендации подготовлены", "методический продукт");
    private static final Act APPROVAL = anOrder("118", LocalDate.of(2024, 9, 12), authorityId(), "Об утверждении плана работы");
    private static final Act LATER_APPROVAL = anOrder("131", LocalDate.of(2024, 10, 3), authorityId(), "О внесении изменений в план");

    private static Plan planWithSteps(List<PlanStep> steps) {
        return new Plan(YEAR, PlanKind.WORK, Optional.empty(), List.of(ITEM), steps, List.of());
    }

    @Test
    void keepsStepsInDateOrderWhateverTheInputOrder() {
        PlanStep drafted = new PlanStep.Drafted(LocalDate.of(2024, 9, 5));
        PlanStep reviewed = new PlanStep.Reviewed(LocalDate.of(2024, 9, 10), MeetingId.of("m-1"));
        PlanStep approved = new PlanStep.Approved(APPROVAL);
        Plan plan = planWithSteps(List.of(approved, drafted, reviewed));
        assertThat(plan.steps()).containsExactly(drafted, reviewed, approved);
    }

    @Test
    void approvalIsTheFirstApprovalByDate() {
        Plan plan = planWithSteps(List.of(new PlanStep.Approved(LATER_APPROVAL), new PlanStep.Approved(APPROVAL)));
        assertThat(plan.approval()).map(PlanStep.Approved::act).hasValue(APPROVAL);
        assertThat(plan.approval()).map(PlanStep::on).hasValue(LocalDate.of(2024, 9, 12));
    }

    @Test
    void anUnapprovedPlanHasNoApproval() {
        assertThat(planWithSteps(List.of(new PlanStep.Drafted(LocalDate.of(2024, 9, 5)))).approval()).isEmpty();
    }

    @Test
    void reviewsAreListedInDateOrder() {
        PlanStep.Reviewed may = new PlanStep.Reviewed(LocalDate.of(2025, 5, 22), MeetingId.of("m-4"));
        PlanStep.Reviewed september = new PlanStep.Reviewed(LocalDate.of(2024, 9, 10), MeetingId.of("m-1"));
        Plan plan = planWithSteps(List.of(may, new PlanStep.Approved(APPROVAL), september));
        assertThat(plan.reviews()).containsExactly(september, may);
    }

    @Test
    void mutatingSourceListsDoesNotChangeThePlan() {
        List<PlanItem> items = new ArrayList<>(List.of(ITEM));
        List<PlanStep> steps = new ArrayList<>(List.of(new PlanStep.Drafted(LocalDate.of(2024, 9, 5))));
        List<Publication> publications = new ArrayList<>();
        List<String> events = new ArrayList<>(List.of("Семинар"));
        PlanItem item = new PlanItem("Задача", events, "Результат", "методический продукт");
        Plan plan = new Plan(YEAR, PlanKind.PRELIMINARY, Optional.empty(), items, steps, publications);
        items.clear();
        steps.add(new PlanStep.Approved(APPROVAL));
        publications.add(new Publication(PublicationChannel.WEBSITE, authorityId(), LocalDate.of(2024, 9, 13)));
        events.add("Практикум");
        assertThat(plan.items()).containsExactly(ITEM);
        assertThat(plan.approval()).isEmpty();
        assertThat(plan.publications()).isEmpty();
        assertThat(item.events()).containsExactly("Семинар");
    }

    static Stream<Arguments> invalid() {
        List<PlanItem> items = List.of(ITEM);
        return Stream.of(
                Arguments.of("Plan.schoolYear", (ThrowingCallable) () -> new Plan(null, PlanKind.WORK, Optional.empty(), items, List.of(), List.of())),
                Arguments.of("Plan.kind", (ThrowingCallable) () -> new Plan(YEAR, null, Optional.empty(), items, List.of(), List.of())),
                Arguments.of("Plan.author", (ThrowingCallable) () -> new Plan(YEAR, PlanKind.WORK, null, items, List.of(), List.of())),
                Arguments.of("Plan.items", (ThrowingCallable) () -> new Plan(YEAR, PlanKind.WORK, Optional.empty(), null, List.of(), List.of())),
                Arguments.of("Plan.steps", (ThrowingCallable) () -> new Plan(YEAR, PlanKind.WORK, Optional.empty(), items, null, List.of())),
                Arguments.of("Plan.publications", (ThrowingCallable) () -> new Plan(YEAR, PlanKind.WORK, Optional.of(WorkerId.of("w-1")), items, List.of(), null)),
                Arguments.of("PlanItem.task", (ThrowingCallable) () -> new PlanItem(" ", List.of(), "Результат", "продукт")),
                Arguments.of("PlanItem.events", (ThrowingCallable) () -> new PlanItem("Задача", null, "Результат", "продукт")),
                Arguments.of("PlanItem.expectedResult", (ThrowingCallable) () -> new PlanItem("Задача", List.of(), "", "продукт")),
                Arguments.of("PlanItem.resultForm", (ThrowingCallable) () -> new PlanItem("Задача", List.of(), "Результат", null)),
                Arguments.of("PlanStep.Drafted.on", (ThrowingCallable) () -> new PlanStep.Drafted(null)),
                Arguments.of("PlanStep.Reviewed.on", (ThrowingCallable) () -> new PlanStep.Reviewed(null, MeetingId.of("m-1"))),
                Arguments.of("PlanStep.Reviewed.meeting", (ThrowingCallable) () -> new PlanStep.Reviewed(LocalDate.of(2024, 9, 10), null)),
                Arguments.of("PlanStep.Approved.act", (ThrowingCallable) () -> new PlanStep.Approved(null)),
                Arguments.of("Publication.channel", (ThrowingCallable) () -> new Publication(null, authorityId(), LocalDate.of(2024, 9, 13))),
                Arguments.of("Publication.organisation", (ThrowingCallable) () -> new Publication(PublicationChannel.OTHER, null, LocalDate.of(2024, 9, 13))),
                Arguments.of("Publication.on", (ThrowingCallable) () -> new Publication(PublicationChannel.OTHER, authorityId(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsMissingOrBlankFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }

    @Test
    void rejectsAMissingStepNamingItsIndex() {
        List<PlanStep> steps = new ArrayList<>(List.of(new PlanStep.Drafted(LocalDate.of(2024, 9, 5))));
        steps.add(null);
        assertThatIllegalArgumentException().isThrownBy(() -> planWithSteps(steps))
                .withMessageStartingWith("Plan.steps[1]:");
    }
}
