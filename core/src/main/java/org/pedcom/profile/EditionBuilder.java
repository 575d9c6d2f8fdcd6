package org.pedcom.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.pedcom.internal.Require;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.Requirement;
import org.pedcom.rule.Rule;
import org.pedcom.rule.RuleId;
import org.pedcom.rule.Severity;

/**
 * The part of {@link Profile.Builder} that writes one edition: {@code clause(…)} starts a clause, the rule methods
 * that follow cite it.
 */
public final class EditionBuilder {
    private final Profile.Builder profile;
    private final String id;
    private final LocalDate effectiveFrom;
    private final String adoption;
    private Optional<LocalDate> effectiveTo = Optional.empty();
    private final List<Clause> clauses = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    EditionBuilder(Profile.Builder profile, String id, LocalDate effectiveFrom, String adoption) {
        this.profile = profile;
        this.id = id;
        this.effectiveFrom = effectiveFrom;
        this.adoption = adoption;
    }

    /** The last day this edition is in force, when the text itself sets one. */
    public EditionBuilder until(LocalDate lastDay) {
        effectiveTo = Optional.of(Require.nonNull(lastDay, "lastDay"));
        return this;
    }

    /** A clause as printed: its stable id, its number exactly as printed, its original text. */
    public EditionBuilder clause(String clauseId, String number, String text) {
        clauses.add(Clause.of(clauseId, number, text));
        return this;
    }

    /** How pedcom reads the clause just added, where it is ambiguous or defective. */
    public EditionBuilder interpreted(String interpretation) {
        replaceLastClause(lastClause().withInterpretation(interpretation));
        return this;
    }

    /** The clause just added states a goal, a right or a wish that no record can show; says why. */
    public EditionBuilder notCheckable(String reason) {
        replaceLastClause(lastClause().withNotCheckable(reason));
        return this;
    }

    /** A rule of the clause just added whose breach is a violation; it may cite further clauses by id. */
    public EditionBuilder requires(String ruleId, Requirement requirement, String... alsoCites) {
        return rule(ruleId, Severity.VIOLATION, requirement, alsoCites);
    }

    /** A rule of the clause just added whose breach is a warning. */
    public EditionBuilder warns(String ruleId, Requirement requirement, String... alsoCites) {
        return rule(ruleId, Severity.WARNING, requirement, alsoCites);
    }

    public EditionBuilder rule(String ruleId, Severity severity, Requirement requirement, String... alsoCites) {
        List<ClauseId> cited = Stream.concat(Stream.of(lastClause().id()), Stream.of(alsoCites).map(ClauseId::of)).toList();
        rules.add(new Rule(RuleId.of(ruleId), cited, severity, requirement));
        return this;
    }

    /** Starts the next edition. */
    public EditionBuilder edition(String editionId, LocalDate from, String adoptionText) {
        return profile.edition(editionId, from, adoptionText);
    }

    public Profile build() {
        return profile.build();
    }

    Edition toEdition() {
        return new Edition(id, effectiveFrom, effectiveTo, adoption, clauses, rules);
    }

    private Clause lastClause() {
        Require.that(!clauses.isEmpty(), "EditionBuilder", "сначала добавьте пункт: clause(…)",
                "add a clause first: clause(…)");
        return clauses.get(clauses.size() - 1);
    }

    private void replaceLastClause(Clause clause) {
        clauses.set(clauses.size() - 1, clause);
    }
}
