package org.pedcom.meeting;

import org.pedcom.internal.Require;

/** Identifier of a meeting or event, unique within its community record. */
public record MeetingId(String value) {

    public MeetingId {
        Require.nonBlank(value, "MeetingId.value");
    }

    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    /**
     * Written out, as {@link #hashCode()} is: the generated one goes through method handles that the JIT does not
     * inline when called from a hash set's lookup, and ids are looked up for every reference of every record read
     * (the largest single item in a profile of reading a 300-event record). Same result as the generated one.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MeetingId other && value.equals(other.value);
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
