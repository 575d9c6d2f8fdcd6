package org.pedcom.rule;

/** What a protocol must record for every agenda item. */
public enum ItemOutcome {
    /** Nothing beyond the question itself. */
    NONE,
    /** At least one decision («решение»). */
    DECISION,
    /** At least one recommendation («рекомендация»). */
    RECOMMENDATION,
    /** At least one decision or one recommendation. */
    DECISION_OR_RECOMMENDATION,
    /** At least one decision and at least one recommendation. */
    DECISION_AND_RECOMMENDATION
}
