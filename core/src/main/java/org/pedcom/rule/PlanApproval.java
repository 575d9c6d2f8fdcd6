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
 */
public record PlanApproval(Optional<ActRequirement> approvedBy, Optional<Deadline> deadline, boolean reviewedAtMeeting,
                           Set<PublicationChannel> publishedOn, boolean draftedByLeader) implements Requirement {

    public PlanApproval {
        Require.optional(approvedBy, "PlanApproval.approvedBy");
        Require.optional(deadline, "PlanApproval.deadline");
        publishedOn = Require.setOf(publishedOn, "PlanApproval.publishedOn");
    }

    /** A plan must exist each year; nothing more until narrowed with the {@code with…} methods. */
    public static PlanApproval planEachYear() {
        return new PlanApproval(Optional.empty(), Optional.empty(), false, Set.of(), false);
    }

    public PlanApproval approvedBy(ActRequirement act) {
        return new PlanApproval(Optional.of(act), deadline, reviewedAtMeeting, publishedOn, draftedByLeader);
    }

    public PlanApproval by(Deadline value) {
        return new PlanApproval(approvedBy, Optional.of(value), reviewedAtMeeting, publishedOn, draftedByLeader);
    }

    public PlanApproval afterReviewAtMeeting() {
        return new PlanApproval(approvedBy, deadline, true, publishedOn, draftedByLeader);
    }

    public PlanApproval publishedOn(PublicationChannel... channels) {
        return new PlanApproval(approvedBy, deadline, reviewedAtMeeting, Set.of(channels), draftedByLeader);
    }

    public PlanApproval mustBeDraftedByLeader() {
        return new PlanApproval(approvedBy, deadline, reviewedAtMeeting, publishedOn, true);
    }

    @Override
    public String kindCode() {
        return "plan-approval";
    }
}
