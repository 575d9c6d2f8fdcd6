package org.pedcom.community;

import org.pedcom.internal.Require;

/** Identifier of a community. */
public record CommunityId(String value) {

    public CommunityId {
        Require.nonBlank(value, "CommunityId.value");
    }

    public static CommunityId of(String value) {
        return new CommunityId(value);
    }

    /**
     * Written out, as {@link #hashCode()} is: the generated one goes through method handles that the JIT does not
     * inline when called from a hash set's lookup, and ids are looked up for every reference of every record read
     * (the largest single item in a profile of reading a 300-event record). Same result as the generated one.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CommunityId other && value.equals(other.value);
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
