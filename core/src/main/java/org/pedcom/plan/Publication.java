package org.pedcom.plan;

import java.time.LocalDate;

import org.pedcom.internal.Require;
import org.pedcom.organisation.OrganisationId;

/**
 * A publication of a plan: on which channel of which organisation, on which date.
 *
 * @param channel      website, the authority's annual plan, …
 * @param organisation whose website or plan
 * @param on           the date of publication
 */
public record Publication(PublicationChannel channel, OrganisationId organisation, LocalDate on) {

    public Publication {
        Require.nonNull(channel, "Publication.channel");
        Require.nonNull(organisation, "Publication.organisation");
        Require.nonNull(on, "Publication.on");
    }
}
