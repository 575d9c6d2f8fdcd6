package org.pedcom.profile;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pedcom.internal.Require;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.Rule;
import org.pedcom.rule.RuleId;

/**
 * «Редакция»: the text of a regulation in force from a date, with its clauses and the rules drawn from them.
 * A later edition supersedes this one from its own effective date (regulation 004, clause 4.3); an edition with
 * no end and no successor is in force without limit (regulation 001, clause 10).
 *
 * <p>Invariants: clause ids and rule ids are unique; every rule cites only clauses of this edition.
 *
 * @param id            stable code, for example {@code 2020-03-23}
 * @param effectiveFrom the first day in force
 * @param effectiveTo   the last day in force, if the text sets one
 * @param adoption      how a lawyer names the adopting act, for example «утв. приказом № 39/1 от 23.03.2020»
 * @param clauses       the clauses in printed order
 * @param rules         the rules in the order they are judged
 */
public record Edition(String id, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo, String adoption,
                      List<Clause> clauses, List<Rule> rules) {

    public Edition {
        Require.code(id, "Edition.id");
        Require.nonNull(effectiveFrom, "Edition.effectiveFrom");
        Require.optional(effectiveTo, "Edition.effectiveTo");
        effectiveTo.ifPresent(to -> Require.that(!to.isBefore(effectiveFrom), "Edition[" + id + "].effectiveTo",
                "окончание " + to + " раньше начала " + effectiveFrom, "end " + to + " is before start " + effectiveFrom));
        Require.nonBlank(adoption, "Edition.adoption");
        clauses = Require.listOf(clauses, "Edition.clauses");
        rules = Require.listOf(rules, "Edition.rules");
        Set<ClauseId> clauseIds = new HashSet<>();
        for (Clause c : clauses) {
            Require.that(clauseIds.add(c.id()), "Edition[" + id + "].clauses",
                    "пункт с id «" + c.id() + "» повторяется", "clause id '" + c.id() + "' occurs twice");
        }
        Set<RuleId> ruleIds = new HashSet<>();
        for (Rule r : rules) {
            Require.that(ruleIds.add(r.id()), "Edition[" + id + "].rules",
                    "правило «" + r.id() + "» повторяется", "rule id '" + r.id() + "' occurs twice");
            for (ClauseId c : r.clauses()) {
                Require.that(clauseIds.contains(c), "Edition[" + id + "].rules[" + r.id() + "].clauses",
                        "пункт «" + c + "» не существует в редакции", "clause '" + c + "' does not exist in the edition");
            }
        }
    }

    public Optional<Clause> clause(ClauseId clauseId) {
        return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
    }

    public Optional<Rule> rule(RuleId ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** The rules citing {@code clauseId}, in judging order. */
    public List<Rule> rulesCiting(ClauseId clauseId) {
        return rules.stream().filter(r -> r.clauses().contains(clauseId)).toList();
    }

    /** Clauses no rule cites. */
    public List<Clause> uncitedClauses() {
        Set<ClauseId> cited = rules.stream().flatMap(r -> r.clauses().stream()).collect(Collectors.toSet());
        return clauses.stream().filter(c -> !cited.contains(c.id())).toList();
    }
}
