package org.pedcom.rule;

import org.pedcom.internal.Require;
import org.pedcom.membership.CommunityRole;

/**
 * «Назначается приказом …»: every appointment to a role is made by an act of the given kind and issuer.
 *
 * @param role the role
 * @param act  the act demanded
 */
public record AppointmentByAct(CommunityRole role, ActRequirement act) implements Requirement {

    public AppointmentByAct {
        Require.nonNull(role, "AppointmentByAct.role");
        Require.nonNull(act, "AppointmentByAct.act");
    }

    @Override
    public String kindCode() {
        return "appointment-by-act";
    }
}
