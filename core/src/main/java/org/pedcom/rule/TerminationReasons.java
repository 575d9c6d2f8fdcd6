package org.pedcom.rule;

import java.util.Optional;
import java.util.Set;

import org.pedcom.community.TerminationReason;
import org.pedcom.internal.Require;

/**
 * «Прекращает свою деятельность в следующих случаях …»: a community that ended did so for one of the listed
 * reasons and, where demanded, by the given act.
 *
 * @param allowed the acceptable reasons, at least one
 * @param act     the act that must end it, if the regulation names one
 */
public record TerminationReasons(Set<TerminationReason> allowed, Optional<ActRequirement> act) implements Requirement {

    public TerminationReasons {
        allowed = Require.setOf(allowed, "TerminationReasons.allowed");
        Require.that(!allowed.isEmpty(), "TerminationReasons.allowed", "не указано ни одного основания",
                "no reason allowed");
        Require.optional(act, "TerminationReasons.act");
    }

    @Override
    public String kindCode() {
        return "termination-reasons";
    }
}
