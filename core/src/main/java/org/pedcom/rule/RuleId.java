package org.pedcom.rule;

import org.pedcom.internal.Require;

/** Stable identifier of a rule within a profile, for example {@code meetings-per-half-year}. */
public record RuleId(String value) {

    public RuleId {
        Require.code(value, "RuleId.value");
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
