package org.pedcom.rule;

import java.util.Set;

import org.pedcom.internal.Require;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.OrganisationKind;

/**
 * «На статус могут претендовать образовательные организации, реализующие программы …»: the organisation the
 * community works on the base of («на базе») is of one of the given kinds and implements at least one of the given
 * levels of education. Judged once, on the community's first day.
 *
 * @param kinds       the acceptable kinds of host, at least one
 * @param anyOfLevels the host must implement at least one of them; empty means no condition on levels
 */
public record HostOrganisation(Set<OrganisationKind> kinds, Set<EducationLevel> anyOfLevels) implements Requirement {

    public HostOrganisation {
        kinds = Require.setOf(kinds, "HostOrganisation.kinds");
        Require.that(!kinds.isEmpty(), "HostOrganisation.kinds", "не указан ни один вид организации",
                "no kind of organisation given");
        anyOfLevels = Require.setOf(anyOfLevels, "HostOrganisation.anyOfLevels");
    }

    /** A host of one of {@code kinds}, whatever it teaches; narrow it with {@link #implementingAnyOf}. */
    public static HostOrganisation ofKind(OrganisationKind... kinds) {
        return new HostOrganisation(Set.of(kinds), Set.of());
    }

    public HostOrganisation implementingAnyOf(EducationLevel... levels) {
        return new HostOrganisation(kinds, Set.of(levels));
    }

    @Override
    public String kindCode() {
        return "host-organisation";
    }
}
