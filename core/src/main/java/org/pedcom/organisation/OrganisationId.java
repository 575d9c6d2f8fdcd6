package org.pedcom.organisation;

import org.pedcom.internal.Require;

/** Identifier of an organisation as the portal knows it (for example its ИНН or an internal key). */
public record OrganisationId(String value) {

    public OrganisationId {
        Require.nonBlank(value, "OrganisationId.value");
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
