package org.pedcom.benchmarks.alternatives;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A finding as a developer without pedcom would report it: the rule, the clause number as printed, the severity, the
 * period judged (if the rule counts in periods) and a message.
 *
 * @param rule        the rule id, the same as pedcom's
 * @param clause      the first clause cited, as printed («4.6», «4.3 (абз. 7)»)
 * @param warning     a warning rather than a violation
 * @param periodStart the first day of the period judged, or null
 * @param periodEnd   the last day of the period judged, or null
 * @param message     what is wrong, in Russian
 */
public record Issue(String rule, String clause, boolean warning, LocalDate periodStart, LocalDate periodEnd,
                    String message) {

    public Issue {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(clause);
        Objects.requireNonNull(message);
    }

    /** What the comparison with pedcom looks at: rule, clause and period. */
    public String key() {
        return key(rule, clause, periodStart, periodEnd);
    }

    public static String key(String rule, String clause, LocalDate periodStart, LocalDate periodEnd) {
        return rule + " | " + clause + " | " + (periodStart == null ? "-" : periodStart + "/" + periodEnd);
    }
}
