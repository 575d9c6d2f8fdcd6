package org.pedcom.act;

/** The form of an administrative act. */
public enum ActKind {
    /** «приказ». */
    ORDER("приказ"),
    /** «решение» of a council, for example of the methodological council. */
    DECISION("решение"),
    /** «протокол» of a council meeting, for example of the pedagogical council. */
    PROTOCOL("протокол");

    private final String russianName;

    ActKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
