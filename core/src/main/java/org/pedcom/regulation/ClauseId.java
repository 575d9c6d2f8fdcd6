package org.pedcom.regulation;

import org.pedcom.internal.Require;

/**
 * A stable identifier of a clause. Printed numbers are not unique (regulation 002 prints 3.4 and 3.5 twice) and
 * may be missing (regulation 000 has no 2.4), so rules cite clauses by this id, never by number.
 *
 * @param value lower-case code, for example {@code p3-4-co-leader}
 */
public record ClauseId(String value) {

    public ClauseId {
        Require.code(value, "ClauseId.value");
    }

    public static ClauseId of(String value) {
        return new ClauseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
