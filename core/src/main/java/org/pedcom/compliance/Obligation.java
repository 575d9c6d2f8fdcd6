package org.pedcom.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pedcom.internal.Require;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.RuleId;

/**
 * «Что предстоит сделать»: something not yet due, with the last day it can be done on.
 *
 * @param rule     the rule
 * @param clauses  the clauses the rule enforces
 * @param citation as a lawyer writes it
 * @param what     what is to be done
 * @param dueBy    the last day
 * @param period   the period it belongs to, where the rule counts in periods
 * @param edition  the id of the profile edition that demands it
 */
public record Obligation(RuleId rule, List<ClauseRef> clauses, String citation, LocalizedText what, LocalDate dueBy,
                         Optional<JudgedPeriod> period, String edition) {

    public Obligation {
        Require.nonNull(rule, "Obligation.rule");
        clauses = Require.listOf(clauses, "Obligation.clauses");
        Require.nonBlank(citation, "Obligation.citation");
        Require.nonNull(what, "Obligation.what");
        Require.nonNull(dueBy, "Obligation.dueBy");
        Require.optional(period, "Obligation.period");
        Require.nonBlank(edition, "Obligation.edition");
    }
}
