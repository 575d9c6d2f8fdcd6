package org.pedcom.organisation;

import java.util.Set;

import org.pedcom.internal.Require;

/**
 * «Организация»: a school, a methodological centre, an education authority.
 *
 * @param id        the organisation's identifier
 * @param name      its name as written in acts, for example «МОКУ „Соболевская средняя школа“»
 * @param kind      what it is
 * @param levels    the programmes it implements; empty for organisations that do not teach
 * @param territory the region and municipality it lies in
 */
public record Organisation(OrganisationId id, String name, OrganisationKind kind, Set<EducationLevel> levels,
                           Territory territory) {

    public Organisation {
        Require.nonNull(id, "Organisation.id");
        Require.nonBlank(name, "Organisation.name");
        Require.nonNull(kind, "Organisation.kind");
        levels = Require.setOf(levels, "Organisation.levels");
        Require.nonNull(territory, "Organisation.territory");
    }

    public static Organisation of(String id, String name, OrganisationKind kind, Territory territory,
                                  EducationLevel... levels) {
        return new Organisation(OrganisationId.of(id), name, kind, Set.of(levels), territory);
    }
}
