package org.pedcom.regulation;

import java.util.Optional;

import org.pedcom.internal.Require;

/**
 * «Пункт Положения»: one numbered clause or list item of a regulation, as printed.
 *
 * @param id             stable identifier
 * @param number         the number exactly as printed, defects included («3.4» twice, «2.5» after «2.3»); for an
 *                       unnumbered list item, its parent's number with a suffix chosen by the profile
 * @param text           the original Russian text
 * @param interpretation how pedcom reads the clause where it is ambiguous or defective, if it is
 * @param notCheckable   why no rule can check the clause (a goal, a right, a wish), if none can
 */
public record Clause(ClauseId id, String number, String text, Optional<String> interpretation,
                     Optional<String> notCheckable) {

    public Clause {
        Require.nonNull(id, "Clause.id");
        Require.nonBlank(number, "Clause.number");
        Require.nonBlank(text, "Clause.text");
        Require.optional(interpretation, "Clause.interpretation");
        interpretation.ifPresent(i -> Require.nonBlank(i, "Clause.interpretation"));
        Require.optional(notCheckable, "Clause.notCheckable");
        notCheckable.ifPresent(n -> Require.nonBlank(n, "Clause.notCheckable"));
    }

    public static Clause of(String id, String number, String text) {
        return new Clause(ClauseId.of(id), number, text, Optional.empty(), Optional.empty());
    }

    public Clause withInterpretation(String value) {
        return new Clause(id, number, text, Optional.of(value), notCheckable);
    }

    public Clause withNotCheckable(String reason) {
        return new Clause(id, number, text, interpretation, Optional.of(reason));
    }
}
