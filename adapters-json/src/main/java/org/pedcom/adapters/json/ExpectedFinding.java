package org.pedcom.adapters.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pedcom.compliance.Finding;
import org.pedcom.rule.Severity;

/**
 * A finding a scenario expects: by the printed number of the clause it cites first (or that clause's id), and
 * optionally by rule, severity and the label of the period judged. {@code count} findings must match.
 *
 * @param clause   the printed number of the first clause cited, for example {@code 4.7}
 * @param clauseId the id of the first clause cited, where printed numbers repeat
 * @param rule     the rule's id
 * @param severity violation, warning or info
 * @param period   the period's label, for example «I полугодие 2024/2025»
 * @param count    how many such findings, at least 1
 */
public record ExpectedFinding(Optional<String> clause, Optional<String> clauseId, Optional<String> rule,
                              Optional<Severity> severity, Optional<String> period, int count) {

    public ExpectedFinding {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(period, "period");
        if (clause.isEmpty() && clauseId.isEmpty() && rule.isEmpty()) {
            throw new IllegalArgumentException("ExpectedFinding: укажите clause, clauseId или rule / give clause, clauseId or rule");
        }
        if (count < 1) {
            throw new IllegalArgumentException("ExpectedFinding.count: не меньше 1 / at least 1");
        }
    }

    /** One finding citing clause {@code number} first. */
    public static ExpectedFinding atClause(String number) {
        return new ExpectedFinding(Optional.of(number), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1);
    }

    public boolean matches(Finding f) {
        return clause.map(c -> c.equals(f.clauseNumber())).orElse(true)
                && clauseId.map(c -> c.equals(f.clauses().get(0).id().value())).orElse(true)
                && rule.map(r -> r.equals(f.rule().value())).orElse(true)
                && severity.map(s -> s == f.severity()).orElse(true)
                && period.map(p -> f.period().map(fp -> fp.label().equals(p)).orElse(false)).orElse(true);
    }

    /** How many criteria are given: more specific expectations are matched first. */
    int specificity() {
        return (clause.isPresent() ? 1 : 0) + (clauseId.isPresent() ? 1 : 0) + (rule.isPresent() ? 1 : 0)
                + (severity.isPresent() ? 1 : 0) + (period.isPresent() ? 1 : 0);
    }

    /** «п. 4.7, правило meetings, нарушение» / "clause 4.7, rule meetings, violation". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        clause.ifPresent(c -> parts.add("п. / clause " + c));
        clauseId.ifPresent(c -> parts.add("id " + c));
        rule.ifPresent(r -> parts.add("rule " + r));
        severity.ifPresent(s -> parts.add(s.name().toLowerCase(java.util.Locale.ROOT)));
        period.ifPresent(p -> parts.add("«" + p + "»"));
        return String.join(", ", parts) + (count > 1 ? " ×" + count : "");
    }
}
