package org.pedcom.organisation;

/** The organ of an organisation that issues an act or takes a decision. */
public enum BodyKind {
    /** «руководитель»: director, head, chief — issues orders («приказ»). */
    HEAD("руководитель"),
    /** «методический совет» (МС). */
    METHODICAL_COUNCIL("методический совет"),
    /** «педагогический совет» (педсовет). */
    PEDAGOGICAL_COUNCIL("педагогический совет");

    private final String russianName;

    BodyKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
