package org.pedcom.rule;

/** Whether a required document is renewed every school year or kept once for the community's life. */
public enum DocumentScope {
    /** One for every school year, for example the plan or the annual analysis. */
    PER_SCHOOL_YEAR,
    /** One for the whole life of the community, for example the regulation itself or a data bank. */
    STANDING
}
