package org.pedcom.rule;

import java.util.Optional;
import java.util.Set;

import org.pedcom.internal.Require;
import org.pedcom.plan.PublicationChannel;

/**
 * «План работы … утверждается … не позднее …»: for every school year the community works, a work plan exists and
 * went through the steps the regulation names. Each part is optional so that a profile demands exactly what its
 * text says.
 *
 * <p>The plan of a year is due by {@code deadline} (or, without one, by the end of that school year); the year is
 * judged only if the community existed on that day.
 *
 * @param approvedBy        the act that must approve it, if the regulation names one
 * @param deadline          the last day of approval (for example 15 September), if the regulation sets one
 * @param reviewedAtMeeting whether it must first be reviewed at one of the community's meetings
 * @param publishedOn       channels it must be published on
 * @param draftedByLeader   whether the community's leader must be its author
 * @param itemsComplete     whether the plan must be itemised by tasks with «мероприятия под каждую задачу»: at
 *                          least one item, and at least one event under every item (a {@link org.pedcom.plan.PlanItem}
 *                          always carries its task, expected result and result form)
 */
public record PlanApproval(Optional<ActRequirement> approvedBy, Optional<Deadline> deadline, boolean reviewedAtMeeting,
                           Set<PublicationChannel> publishedOn, boolean draftedByLeader, boolean itemsComplete)
        implements Requirement {

    public PlanApproval {
        Require.optional(approvedBy, "PlanApproval.approvedBy");
        Require.optional(deadline, "PlanApproval.deadline");
        publishedOn = Require.setOf(publishedOn, "PlanApproval.publishedOn");
    }

    /** Without the itemisation check: the form profiles written before it was added use. */
    public PlanApproval(Optional<ActRequirement> approvedBy, Optional<Deadline> deadline, boolean reviewedAtMeeting,
                        Set<PublicationChannel> publishedOn, boolean draftedByLeader) {
        this(approvedBy, deadline, reviewedAtMeeting, publishedOn, draftedByLeader, false);
    }

    /** A plan must exist each year; nothing more until narrowed with the {@code with…} methods. */
    public static PlanApproval planEachYear() {
        return new PlanApproval(Optional.empty(), Optional.empty(), false, Set.of(), false, false);
    }

    public PlanApproval approvedBy(ActRequirement act) {
        return new PlanApproval(Optional.of(act), deadline, reviewedAtMeeting, publishedOn, draftedByLeader, itemsComplete);
    }

    public PlanApproval by(Deadline value) {
        return new PlanApproval(approvedBy, Optional.of(value), reviewedAtMeeting, publishedOn, draftedByLeader, itemsComplete);
    }

    public PlanApproval afterReviewAtMeeting() {
        return new PlanApproval(approvedBy, deadline, true, publishedOn, draftedByLeader, itemsComplete);
    }

    public PlanApproval publishedOn(PublicationChannel... channels) {
        return new PlanApproval(approvedBy, deadline, reviewedAtMeeting, Set.of(channels), draftedByLeader, itemsComplete);
    }

    public PlanApproval mustBeDraftedByLeader() {
        return new PlanApproval(approvedBy, deadline, reviewedAtMeeting, publishedOn, true, itemsComplete);
    }

    /** «определение задач деятельности и мероприятий под каждую задачу»: the plan lists tasks, each with its events. */
    public PlanApproval withCompleteItems() {
        return new PlanApproval(approvedBy, deadline, reviewedAtMeeting, publishedOn, draftedByLeader, true);
    }

    @Override
    public String kindCode() {
        return "plan-approval";
    }
}
