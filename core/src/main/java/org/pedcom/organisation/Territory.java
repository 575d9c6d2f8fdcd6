package org.pedcom.organisation;

import org.pedcom.internal.Require;

/**
 * Where an organisation is: the region («субъект РФ») and the municipality («муниципальный район / городской
 * округ»). A district sweep selects communities whose host organisation lies in a territory.
 *
 * @param region       for example «Рязанская область»
 * @param municipality for example «Рыбновский муниципальный район»
 */
public record Territory(String region, String municipality) {

    public Territory {
        Require.nonBlank(region, "Territory.region");
        Require.nonBlank(municipality, "Territory.municipality");
    }

    public static Territory of(String region, String municipality) {
        return new Territory(region, municipality);
    }
}
