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

    @Override
    public String toString() {
        return value;
    }
}
