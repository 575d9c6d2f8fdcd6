package org.pedcom.membership;

import java.time.LocalDate;
import java.util.Optional;

import org.pedcom.act.Act;
import org.pedcom.internal.Require;
import org.pedcom.people.WorkerId;

/**
 * «Назначение»: a worker holding a leading role (leader, co-leader, secretary, supervisor) from one date to another,
 * by an act where the regulation demands one.
 *
 * @param worker the appointee
 * @param role   any role but {@link CommunityRole#MEMBER}
 * @param from   the first day in the role
 * @param until  the last day, if the appointment ended
 * @param act    the appointing act, if any
 */
public record Appointment(WorkerId worker, CommunityRole role, LocalDate from, Optional<LocalDate> until,
                          Optional<Act> act) {

    public Appointment {
        Require.nonNull(worker, "Appointment.worker");
        Require.nonNull(role, "Appointment.role");
        Require.that(role != CommunityRole.MEMBER, "Appointment.role",
                "членство оформляется через Membership, не назначение", "membership is a Membership, not an appointment");
        Require.nonNull(from, "Appointment.from");
        Require.optional(until, "Appointment.until");
        Require.optional(act, "Appointment.act");
        // tested before the message is built: appointments are made on every record read
        if (until.isPresent() && until.get().isBefore(from)) {
            LocalDate u = until.get();
            Require.fail("Appointment.until", "окончание " + u + " раньше начала " + from, "end " + u + " is before start " + from);
        }
    }

    public static Appointment byAct(WorkerId worker, CommunityRole role, Act act) {
        Require.nonNull(act, "Appointment.act");
        return new Appointment(worker, role, act.date(), Optional.empty(), Optional.of(act));
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(from) && (until.isEmpty() || !date.isAfter(until.get()));
    }
}
