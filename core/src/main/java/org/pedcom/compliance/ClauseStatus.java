package org.pedcom.compliance;

/** Where a clause stands on the date of judgement. */
public enum ClauseStatus {
    /** «соблюдается»: every check that fell due passed, and at least one did. */
    COMPLIED,
    /** «нарушен»: at least one violation. */
    VIOLATED,
    /** «срок не наступил»: nothing has fallen due yet, something is pending. */
    NOT_YET_DUE,
    /** «не применяется»: the rules exist but had nothing to judge (for example no termination happened). */
    NOT_APPLICABLE,
    /** «не проверяется»: no rule enforces the clause (a goal, a right, a wish). */
    NOT_CHECKABLE
}
