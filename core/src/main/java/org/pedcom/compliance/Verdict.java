package org.pedcom.compliance;

/** The overall answer of a report. */
public enum Verdict {
    /** «соответствует»: no violation (warnings may remain). */
    COMPLIES,
    /** «есть нарушения». */
    VIOLATED
}
