package org.pedcom.organisation;

/** The organ of an organisation that issues an act or takes a decision. */
public enum BodyKind {
    /** «руководитель»: director, head, chief — issues orders («приказ»). */
    HEAD,
    /** «методический совет» (МС). */
    METHODICAL_COUNCIL,
    /** «педагогический совет» (педсовет). */
    PEDAGOGICAL_COUNCIL
}
