package org.pedcom.rule;

import org.pedcom.internal.Require;
import org.pedcom.organisation.OrganisationKind;

/** Which organisations a rule means: the community's host, any of a kind, or any at all. Closed. */
public sealed interface OrganisationScope {

    /** The organisation the community works on the base of. */
    record Host() implements OrganisationScope {
    }

    /** Any organisation of the kind, for example the municipal methodological centre. */
    record OfKind(OrganisationKind kind) implements OrganisationScope {
        public OfKind {
            Require.nonNull(kind, "OrganisationScope.OfKind.kind");
        }
    }

    /** Any organisation. */
    record Any() implements OrganisationScope {
    }

    static OrganisationScope host() {
        return new Host();
    }

    static OrganisationScope ofKind(OrganisationKind kind) {
        return new OfKind(kind);
    }

    static OrganisationScope any() {
        return new Any();
    }
}
