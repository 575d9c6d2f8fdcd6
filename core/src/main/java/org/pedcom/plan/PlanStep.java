package org.pedcom.plan;

import java.time.LocalDate;

import org.pedcom.act.Act;
import org.pedcom.internal.Require;
import org.pedcom.meeting.MeetingId;

/** A dated step in the life of a plan. Closed: drafted, reviewed at a meeting, approved by an act. */
public sealed interface PlanStep permits PlanStep.Drafted, PlanStep.Reviewed, PlanStep.Approved {

    LocalDate on();

    /** «составлен»: drafted by the author. */
    record Drafted(LocalDate on) implements PlanStep {
        public Drafted {
            Require.nonNull(on, "PlanStep.Drafted.on");
        }
    }

    /** «рассмотрен на заседании»: reviewed at one of the community's meetings. */
    record Reviewed(LocalDate on, MeetingId meeting) implements PlanStep {
        public Reviewed {
            Require.nonNull(on, "PlanStep.Reviewed.on");
            Require.nonNull(meeting, "PlanStep.Reviewed.meeting");
        }
    }

    /** «утверждён»: approved by an act; the date is the act's. */
    record Approved(Act act) implements PlanStep {
        public Approved {
            Require.nonNull(act, "PlanStep.Approved.act");
        }

        @Override
        public LocalDate on() {
            return act.date();
        }
    }
}
