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

    @Override
    public String toString() {
        return value;
    }
}
