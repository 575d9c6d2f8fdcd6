package org.pedcom.adapters.validation.internal;

import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.PastOrPresentDef;
import org.pedcom.act.Act;
import org.pedcom.community.Community;
import org.pedcom.documentation.Document;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.Protocol;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.record.CommunityRecord;
import org.pedcom.status.StatusGrant;

/**
 * The integrity constraints on core types, on the record components' fields (records have no JavaBeans getters).
 *
 * <p>Three kinds, each for its own reason: checks the constructors do not make (a blank decision in a list, a
 * meeting dated after today by the validator's clock); the constructors' own field checks repeated, so that the
 * Bean Validation metadata a portal renders forms from is complete; and cascades, so that validating a record
 * walks into its parts. Workers are deliberately not cascaded: nothing is checked on them, and a violation's
 * invalid value must never carry personal data.
 */
public final class IntegrityMapping {

    private IntegrityMapping() {
    }

    public static ConstraintMapping define(ConstraintMapping mapping) {
        mapping.type(CommunityRecord.class)
                .field("community").valid()
                .field("memberships").containerElementType().valid()
                .field("appointments").containerElementType().valid()
                .field("compositionOrders").containerElementType().valid()
                .field("plans").containerElementType().valid()
                .field("meetings").containerElementType().valid()
                .field("documents").containerElementType().valid()
                .field("statusGrants").containerElementType().valid();
        mapping.type(Community.class)
                .field("name").constraint(new NotBlankDef())
                .field("createdOn").constraint(new NotNullDef())
                .field("directions").containerElementType().constraint(new NotBlankDef())
                .field("creationAct").containerElementType().valid();
        mapping.type(Act.class)
                .field("number").constraint(new NotBlankDef())
                .field("date").constraint(new NotNullDef()).constraint(new PastOrPresentDef())
                .field("title").constraint(new NotBlankDef());
        mapping.type(Membership.class)
                .field("joinedOn").constraint(new NotNullDef());
        mapping.type(Appointment.class)
                .field("from").constraint(new NotNullDef())
                .field("act").containerElementType().valid();
        mapping.type(CompositionOrder.class)
                .field("act").valid()
                .field("directions").containerElementType().constraint(new NotBlankDef());
        mapping.type(Plan.class)
                .field("items").containerElementType().valid();
        mapping.type(PlanItem.class)
                .field("task").constraint(new NotBlankDef())
                .field("events").containerElementType().constraint(new NotBlankDef())
                .field("expectedResult").constraint(new NotBlankDef())
                .field("resultForm").constraint(new NotBlankDef());
        mapping.type(Meeting.class)
                .field("date").constraint(new NotNullDef()).constraint(new PastOrPresentDef())
                .field("topic").constraint(new NotBlankDef())
                .field("agenda").containerElementType().valid()
                .field("protocol").containerElementType().valid();
        mapping.type(AgendaItem.class)
                .field("question").constraint(new NotBlankDef())
                .field("decisions").containerElementType().constraint(new NotBlankDef())
                .field("recommendations").containerElementType().constraint(new NotBlankDef());
        mapping.type(Protocol.class)
                .field("number").constraint(new NotBlankDef())
                .field("date").constraint(new NotNullDef()).constraint(new PastOrPresentDef());
        mapping.type(Document.class)
                .field("title").constraint(new NotBlankDef());
        mapping.type(StatusGrant.class)
                .field("topic").constraint(new NotBlankDef())
                .field("decision").valid();
        return mapping;
    }
}
