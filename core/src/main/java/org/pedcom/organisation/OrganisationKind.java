package org.pedcom.organisation;

/** What an organisation is, as far as the regulations care. */
public enum OrganisationKind {
    /** «образовательная организация» (ОО, ДОО, УДО): a school, kindergarten or institution of additional education. */
    EDUCATIONAL("образовательная организация"),
    /** «методический центр»: ИМЦ, РИМК, МБУ ИМЦ УО — the municipal methodological service. */
    METHODICAL_CENTRE("методический центр"),
    /** «управление / департамент образования»: the municipal education authority. */
    EDUCATION_AUTHORITY("орган управления образованием"),
    /** «центр психолого-педагогической, медицинской и социальной помощи» (ЦПМСС). */
    SUPPORT_CENTRE("центр психолого-педагогической помощи");

    private final String russianName;

    OrganisationKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
