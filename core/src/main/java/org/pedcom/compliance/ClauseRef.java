package org.pedcom.compliance;

import org.pedcom.internal.Require;
import org.pedcom.regulation.ClauseId;

/**
 * A clause as a finding cites it: its stable id and its number as printed.
 *
 * @param id     stable id
 * @param number as printed
 */
public record ClauseRef(ClauseId id, String number) {

    public ClauseRef {
        Require.nonNull(id, "ClauseRef.id");
        Require.nonBlank(number, "ClauseRef.number");
    }
}
