package org.pedcom.compliance;

import java.util.List;

import org.pedcom.internal.Require;
import org.pedcom.rule.RuleId;

/**
 * One line of the per-clause summary.
 *
 * @param clause the clause
 * @param status where it stands
 * @param rules  the rules that enforce it
 */
public record ClauseSummary(ClauseRef clause, ClauseStatus status, List<RuleId> rules) {

    public ClauseSummary {
        Require.nonNull(clause, "ClauseSummary.clause");
        Require.nonNull(status, "ClauseSummary.status");
        rules = Require.listOf(rules, "ClauseSummary.rules");
    }
}
