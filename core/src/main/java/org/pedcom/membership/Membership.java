package org.pedcom.membership;

import java.time.LocalDate;
import java.util.Optional;

import org.pedcom.internal.Require;
import org.pedcom.people.WorkerId;

/**
 * «Членство»: a worker's membership of the community from one date to another.
 *
 * @param worker   the member
 * @param joinedOn the first day of membership
 * @param leftOn   the last day, if the member left
 * @param basis    application, order or position
 */
public record Membership(WorkerId worker, LocalDate joinedOn, Optional<LocalDate> leftOn, MembershipBasis basis) {

    public Membership {
        Require.nonNull(worker, "Membership.worker");
        Require.nonNull(joinedOn, "Membership.joinedOn");
        Require.optional(leftOn, "Membership.leftOn");
        Require.nonNull(basis, "Membership.basis");
        // tested before the message is built: memberships are made on every record read
        if (leftOn.isPresent() && leftOn.get().isBefore(joinedOn)) {
            LocalDate l = leftOn.get();
            Require.fail("Membership.leftOn", "выход " + l + " раньше вступления " + joinedOn,
                    "leaving " + l + " is before joining " + joinedOn);
        }
    }

    public static Membership since(WorkerId worker, LocalDate joinedOn, MembershipBasis basis) {
        return new Membership(worker, joinedOn, Optional.empty(), basis);
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(joinedOn) && (leftOn.isEmpty() || !date.isAfter(leftOn.get()));
    }
}
