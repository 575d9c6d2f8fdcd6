package org.pedcom.plan;

/** Whether a plan is the work plan of its year or a preliminary one drawn up in advance. */
public enum PlanKind {
    /** «план работы на учебный год». */
    WORK,
    /** «предварительный план работы на следующий учебный год» (regulation 003, clause 4.8). */
    PRELIMINARY
}
