package org.pedcom.rule;

import org.pedcom.internal.Require;

/**
 * «Состав … утверждается приказом … ежегодно»: for every school year the community works, a composition order of
 * the demanded kind and issuer exists by {@code due}, and every member on that day is named in it.
 *
 * @param act the act demanded
 * @param due by when in the school year
 */
public record AnnualCompositionOrder(ActRequirement act, Deadline due) implements Requirement {

    public AnnualCompositionOrder {
        Require.nonNull(act, "AnnualCompositionOrder.act");
        Require.nonNull(due, "AnnualCompositionOrder.due");
    }

    @Override
    public String kindCode() {
        return "annual-composition-order";
    }
}
