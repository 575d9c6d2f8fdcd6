package org.pedcom.membership;

/** A person's role in a community. */
public enum CommunityRole {
    /** «руководитель». */
    LEADER("руководитель"),
    /** «соруководитель» (regulation 002, clause 3.4). */
    CO_LEADER("соруководитель"),
    /** «секретарь». */
    SECRETARY("секретарь"),
    /** The official who controls the community: «контроль осуществляется…», «общее руководство…». */
    SUPERVISOR("куратор"),
    /** «член сообщества». */
    MEMBER("участник");

    private final String russianName;

    CommunityRole(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
