package org.pedcom.organisation;

import org.pedcom.internal.Require;

/**
 * An organ of an organisation that issues acts: «директор ЦПМСС», «методический совет МБУ ИМЦ УО».
 *
 * @param kind         which organ
 * @param organisation the organisation it belongs to
 */
public record Body(BodyKind kind, OrganisationId organisation) {

    public Body {
        Require.nonNull(kind, "Body.kind");
        Require.nonNull(organisation, "Body.organisation");
    }

    public static Body headOf(OrganisationId organisation) {
        return new Body(BodyKind.HEAD, organisation);
    }

    public static Body of(BodyKind kind, OrganisationId organisation) {
        return new Body(kind, organisation);
    }
}
