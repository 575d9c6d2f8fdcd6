package org.pedcom.record;

import java.util.Optional;

import org.pedcom.community.Termination;
import org.pedcom.status.StatusGrant;

/** Where a community stands in its life on a given date. Closed. */
public sealed interface CommunityState {

    /** Before the creation date. */
    record NotYetCreated() implements CommunityState {
    }

    /** Working; with the status grant in force that day, for communities that hold one. */
    record Active(Optional<StatusGrant> status) implements CommunityState {
        public Active {
            java.util.Objects.requireNonNull(status, "status");
        }
    }

    /** After the last day of activity. */
    record Terminated(Termination termination) implements CommunityState {
        public Terminated {
            java.util.Objects.requireNonNull(termination, "termination");
        }
    }
}
