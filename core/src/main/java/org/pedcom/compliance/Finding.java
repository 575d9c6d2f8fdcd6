package org.pedcom.compliance;

import java.util.List;
import java.util.Optional;

import org.pedcom.internal.Require;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.RuleId;
import org.pedcom.rule.Severity;

/**
 * «Замечание»: one requirement found unmet, traced to the clause that demands it.
 *
 * @param rule        the rule
 * @param kind        the requirement kind's code, for example {@code meeting-frequency}
 * @param clauses     the clauses the rule enforces, the first cited first
 * @param citation    as a lawyer writes it: «п. 4.7 Положения о ППС, утв. приказом № 39/1 от 23.03.2020»
 * @param severity    violation, warning or info
 * @param message     what is wrong
 * @param hint        how to put it right
 * @param evidence    what it rests on
 * @param period      the period judged, where the rule counts in periods
 * @param edition     the id of the profile edition it was judged under
 */
public record Finding(RuleId rule, String kind, List<ClauseRef> clauses, String citation, Severity severity,
                      LocalizedText message, LocalizedText hint, Evidence evidence, Optional<JudgedPeriod> period,
                      String edition) {

    public Finding {
        Require.nonNull(rule, "Finding.rule");
        Require.nonBlank(kind, "Finding.kind");
        clauses = Require.listOf(clauses, "Finding.clauses");
        Require.that(!clauses.isEmpty(), "Finding.clauses", "нет пункта", "no clause");
        Require.nonBlank(citation, "Finding.citation");
        Require.nonNull(severity, "Finding.severity");
        Require.nonNull(message, "Finding.message");
        Require.nonNull(hint, "Finding.hint");
        Require.nonNull(evidence, "Finding.evidence");
        Require.optional(period, "Finding.period");
        Require.nonBlank(edition, "Finding.edition");
    }

    /** The number of the first clause cited, as printed in the regulation. */
    public String clauseNumber() {
        return clauses.get(0).number();
    }
}
