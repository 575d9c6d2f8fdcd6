package org.pedcom.profile;

import org.pedcom.internal.Require;

/** Identifier of a profile, for example {@code rybnovsky-pps}: lower-case latin letters, digits and dashes. */
public record ProfileId(String value) implements Comparable<ProfileId> {

    public ProfileId {
        Require.code(value, "ProfileId.value");
    }

    public static ProfileId of(String value) {
        return new ProfileId(value);
    }

    @Override
    public int compareTo(ProfileId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
