package org.pedcom.rule;

import org.pedcom.internal.Require;

/**
 * «Создаётся приказом …»: the community was created by an act of the given kind and issuer.
 *
 * @param act the act demanded
 */
public record CreationByAct(ActRequirement act) implements Requirement {

    public CreationByAct {
        Require.nonNull(act, "CreationByAct.act");
    }

    @Override
    public String kindCode() {
        return "creation-by-act";
    }
}
