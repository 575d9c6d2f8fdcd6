package org.pedcom.rule;

import java.util.List;

import org.pedcom.internal.Require;
import org.pedcom.regulation.ClauseId;

/**
 * A rule of a profile: a {@link Requirement} (what is demanded, as parameters) traced to the clause or clauses that
 * demand it. Plain data, so a profile can be saved as JSON and loaded back.
 *
 * @param id          stable within the profile
 * @param clauses     the clauses it enforces, at least one; the first is the one findings cite first
 * @param severity    the severity of its findings when the requirement is not met
 * @param requirement what is demanded
 */
public record Rule(RuleId id, List<ClauseId> clauses, Severity severity, Requirement requirement) {

    public Rule {
        Require.nonNull(id, "Rule.id");
        clauses = Require.listOf(clauses, "Rule.clauses");
        Require.that(!clauses.isEmpty(), "Rule.clauses", "правило «" + id + "» не ссылается ни на один пункт",
                "rule '" + id + "' cites no clause");
        Require.that(clauses.stream().distinct().count() == clauses.size(), "Rule.clauses",
                "правило «" + id + "» ссылается на пункт дважды", "rule '" + id + "' cites a clause twice");
        Require.nonNull(severity, "Rule.severity");
        Require.nonNull(requirement, "Rule.requirement");
    }
}
