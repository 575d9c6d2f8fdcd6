package org.pedcom.organisation;

/** What an organisation is, as far as the regulations care. */
public enum OrganisationKind {
    /** «образовательная организация» (ОО, ДОО, УДО): a school, kindergarten or institution of additional education. */
    EDUCATIONAL,
    /** «методический центр»: ИМЦ, РИМК, МБУ ИМЦ УО — the municipal methodological service. */
    METHODICAL_CENTRE,
    /** «управление / департамент образования»: the municipal education authority. */
    EDUCATION_AUTHORITY,
    /** «центр психолого-педагогической, медицинской и социальной помощи» (ЦПМСС). */
    SUPPORT_CENTRE
}
