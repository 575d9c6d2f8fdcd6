package org.pedcom.status;

import java.time.Period;

import org.pedcom.act.Act;
import org.pedcom.internal.Require;

/**
 * «Продление срока»: a status term extended by a decision.
 *
 * @param decision the deciding act («решение МС»)
 * @param by       how much longer
 */
public record Extension(Act decision, Period by) {

    public Extension {
        Require.nonNull(decision, "Extension.decision");
        Require.nonNull(by, "Extension.by");
        Require.that(!by.isNegative() && !by.isZero(), "Extension.by",
                "срок продления должен быть положительным: " + by, "extension must be positive: " + by);
    }
}
