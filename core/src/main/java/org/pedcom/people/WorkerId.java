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

    @Override
    public String toString() {
        return value;
    }
}
