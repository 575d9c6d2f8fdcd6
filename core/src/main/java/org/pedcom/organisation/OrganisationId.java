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

    /**
     * Written out, as {@link #hashCode()} is: the generated one goes through method handles that the JIT does not
     * inline when called from a hash set's lookup, and ids are looked up for every reference of every record read
     * (the largest single item in a profile of reading a 300-event record). Same result as the generated one.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof OrganisationId other && value.equals(other.value);
    }

    /** The value's hash code, which is what the generated one returns for a single component. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
