package org.pedcom.rule;

/** How serious a finding is. */
public enum Severity {
    /** «нарушение»: the regulation is not complied with. */
    VIOLATION,
    /** «предупреждение»: likely a problem, or a requirement the regulation states softly. */
    WARNING,
    /** «сведение»: worth knowing, not a breach. */
    INFO
}
