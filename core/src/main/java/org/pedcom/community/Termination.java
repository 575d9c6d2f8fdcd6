package org.pedcom.community;

import java.time.LocalDate;
import java.util.Optional;

import org.pedcom.act.Act;
import org.pedcom.internal.Require;

/**
 * «Прекращение деятельности»: the last day of a community, why it ended and by which act.
 *
 * @param on     the last day of activity
 * @param reason why it ended
 * @param act    the act that ended it, if any (a status simply running out needs none)
 */
public record Termination(LocalDate on, TerminationReason reason, Optional<Act> act) {

    public Termination {
        Require.nonNull(on, "Termination.on");
        Require.nonNull(reason, "Termination.reason");
        Require.optional(act, "Termination.act");
    }

    public static Termination of(LocalDate on, TerminationReason reason, Act act) {
        return new Termination(on, reason, Optional.of(Require.nonNull(act, "Termination.act")));
    }
}
