package org.pedcom.meeting;

import java.util.Set;

import org.pedcom.internal.Require;
import org.pedcom.people.WorkerId;

/**
 * «Лист регистрации»: who attended a meeting.
 *
 * @param attendees the workers who signed in
 * @param guests    the number of attendees from outside the record (guests, listeners of an open event)
 */
public record RegistrationSheet(Set<WorkerId> attendees, int guests) {

    public RegistrationSheet {
        attendees = Require.setOf(attendees, "RegistrationSheet.attendees");
        Require.inRange(guests, 0, Integer.MAX_VALUE, "RegistrationSheet.guests");
    }

    public int headcount() {
        return attendees.size() + guests;
    }
}
