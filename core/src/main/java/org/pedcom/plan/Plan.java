package org.pedcom.plan;

import java.util.List;
import java.util.Optional;

import org.pedcom.calendar.SchoolYear;
import org.pedcom.internal.Require;
import org.pedcom.people.WorkerId;

/**
 * «План работы» of a community for a school year, with its dated steps and publications.
 *
 * <p>Invariant: steps are kept in date order.
 *
 * @param schoolYear   the year the plan is for
 * @param kind         the work plan or a preliminary one
 * @param author       who drew it up, if recorded
 * @param items        tasks, events and expected results
 * @param steps        drafted, reviewed, approved — in date order
 * @param publications where it was published
 */
public record Plan(SchoolYear schoolYear, PlanKind kind, Optional<WorkerId> author, List<PlanItem> items,
                   List<PlanStep> steps, List<Publication> publications) {

    public Plan {
        Require.nonNull(schoolYear, "Plan.schoolYear");
        Require.nonNull(kind, "Plan.kind");
        Require.optional(author, "Plan.author");
        items = Require.listOf(items, "Plan.items");
        steps = Require.sortedListOf(steps, (a, b) -> a.on().compareTo(b.on()), "Plan.steps");
        publications = Require.listOf(publications, "Plan.publications");
    }

    /** The first approval, if the plan was approved. */
    public Optional<PlanStep.Approved> approval() {
        for (PlanStep step : steps) {
            if (step instanceof PlanStep.Approved approved) {
                return Optional.of(approved);
            }
        }
        return Optional.empty();
    }

    /** Reviews at meetings, in date order. */
    public List<PlanStep.Reviewed> reviews() {
        return steps.stream().filter(PlanStep.Reviewed.class::isInstance).map(PlanStep.Reviewed.class::cast).toList();
    }
}
