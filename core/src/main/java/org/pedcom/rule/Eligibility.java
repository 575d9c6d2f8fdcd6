package org.pedcom.rule;

import java.util.List;
import java.util.Set;

import org.pedcom.internal.Require;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.Position;
import org.pedcom.people.QualificationCategory;

/**
 * One way of being eligible for a role: every condition set here must hold at once. An empty set means "any".
 *
 * @param positions           acceptable positions
 * @param administrativeRoles acceptable administrative roles (the worker must hold one)
 * @param categories          acceptable qualification categories (the worker must hold one on the date judged)
 * @param minYearsInSpecialty full years of work in the specialty, 0 for no minimum
 * @param employer            where the worker must have the main place of work
 * @param member              whether the worker must be a member of the community
 */
public record Eligibility(Set<Position> positions, Set<AdministrativeRole> administrativeRoles,
                          Set<QualificationCategory> categories, int minYearsInSpecialty,
                          OrganisationScope employer, boolean member) {

    public Eligibility {
        positions = Require.setOf(positions, "Eligibility.positions");
        administrativeRoles = Require.setOf(administrativeRoles, "Eligibility.administrativeRoles");
        categories = Require.setOf(categories, "Eligibility.categories");
        Require.inRange(minYearsInSpecialty, 0, 60, "Eligibility.minYearsInSpecialty");
        Require.nonNull(employer, "Eligibility.employer");
    }

    /** Anyone: no condition. Narrow it with the {@code with…} methods. */
    public static Eligibility anyone() {
        return new Eligibility(Set.of(), Set.of(), Set.of(), 0, OrganisationScope.any(), false);
    }

    public Eligibility withPositions(Position... values) {
        return new Eligibility(Set.copyOf(List.of(values)), administrativeRoles, categories, minYearsInSpecialty, employer, member);
    }

    public Eligibility withAdministrativeRoles(AdministrativeRole... values) {
        return new Eligibility(positions, Set.copyOf(List.of(values)), categories, minYearsInSpecialty, employer, member);
    }

    /** «из числа административно-управленческого персонала». */
    public Eligibility fromAdministrativeStaff() {
        return withAdministrativeRoles(AdministrativeRole.HEAD_OF_ORGANISATION, AdministrativeRole.DEPUTY_HEAD);
    }

    public Eligibility withCategories(QualificationCategory... values) {
        return new Eligibility(positions, administrativeRoles, Set.copyOf(List.of(values)), minYearsInSpecialty, employer, member);
    }

    public Eligibility withMinYearsInSpecialty(int years) {
        return new Eligibility(positions, administrativeRoles, categories, years, employer, member);
    }

    public Eligibility employedBy(OrganisationScope scope) {
        return new Eligibility(positions, administrativeRoles, categories, minYearsInSpecialty, scope, member);
    }

    public Eligibility mustBeMember() {
        return new Eligibility(positions, administrativeRoles, categories, minYearsInSpecialty, employer, true);
    }
}
