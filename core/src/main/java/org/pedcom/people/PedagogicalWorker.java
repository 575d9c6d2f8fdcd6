package org.pedcom.people;

import java.time.LocalDate;
import java.util.Set;

import org.pedcom.internal.Require;
import org.pedcom.organisation.OrganisationId;

/**
 * «Педагогический работник»: what the regulations judge about a person — position, employer, administrative
 * roles, qualification categories and years in the specialty. Personal data sits in {@link #personalData()} and
 * never appears in {@link #toString()}.
 *
 * @param id              the worker's identifier
 * @param position        «должность» at the main place of work
 * @param employer        the organisation of the main place of work («основное место работы»)
 * @param roles           administrative roles held
 * @param qualifications  category grants
 * @param experience      work in the specialty
 * @param personalData    name, birth date, contacts, awards and consents
 */
public record PedagogicalWorker(WorkerId id, Position position, OrganisationId employer, Set<AdministrativeRole> roles,
                                Qualifications qualifications, SpecialtyExperience experience,
                                PersonalData personalData) {

    public PedagogicalWorker {
        Require.nonNull(id, "PedagogicalWorker.id");
        Require.nonNull(position, "PedagogicalWorker.position");
        Require.nonNull(employer, "PedagogicalWorker.employer");
        roles = Require.setOf(roles, "PedagogicalWorker.roles");
        Require.nonNull(qualifications, "PedagogicalWorker.qualifications");
        Require.nonNull(experience, "PedagogicalWorker.experience");
        Require.nonNull(personalData, "PedagogicalWorker.personalData");
    }

    public Set<QualificationCategory> categoriesOn(LocalDate date) {
        return qualifications.heldOn(date);
    }

    public int yearsInSpecialtyOn(LocalDate date) {
        return experience.fullYearsOn(date);
    }

    public boolean isAdministrativeStaff() {
        return roles.stream().anyMatch(AdministrativeRole::isAdministrativeStaff);
    }

    @Override
    public String toString() {
        return "PedagogicalWorker[id=" + id + ", position=" + position.code() + ", employer=" + employer + "]";
    }
}
