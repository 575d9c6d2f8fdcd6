package org.pedcom.people;

import org.pedcom.internal.Require;

/**
 * Identifier of a pedagogical worker. Deliberately opaque: findings and logs name workers by this id only, never by
 * name, because a name is personal data (152-ФЗ).
 */
public record WorkerId(String value) {

    public WorkerId {
        Require.nonBlank(value, "WorkerId.value");
    }

    public static WorkerId of(String value) {
        return new WorkerId(value);
    }

    /**
     * Written out, as {@link #hashCode()} is: the generated one goes through method handles that the JIT does not
     * inline when called from a hash set's lookup, and ids are looked up for every reference of every record read
     * (the largest single item in a profile of reading a 300-event record). Same result as the generated one.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof WorkerId other && value.equals(other.value);
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
