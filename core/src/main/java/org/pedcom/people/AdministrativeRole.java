package org.pedcom.people;

/** An administrative role a worker holds besides teaching. */
public enum AdministrativeRole {
    /** «руководитель ОО»: director or head of an educational organisation. */
    HEAD_OF_ORGANISATION(true),
    /** «заместитель руководителя», including «заместитель директора по УВР». */
    DEPUTY_HEAD(true),
    /** «руководитель методического объединения» (руководитель МО). */
    HEAD_OF_METHODICAL_ASSOCIATION(false);

    private final boolean administrativeStaff;

    AdministrativeRole(boolean administrativeStaff) {
        this.administrativeStaff = administrativeStaff;
    }

    /** Whether the role belongs to «административно-управленческий персонал» (АУП). */
    public boolean isAdministrativeStaff() {
        return administrativeStaff;
    }
}
