package org.pedcom.rule;

import java.util.Set;

import org.pedcom.internal.Require;
import org.pedcom.membership.MembershipBasis;

/**
 * «Включение в состав носит добровольный заявительный характер»: every membership rests on one of the allowed
 * bases. Judged on each membership's first day.
 *
 * @param allowed the acceptable bases, at least one
 */
public record MembershipBasisRequired(Set<MembershipBasis> allowed) implements Requirement {

    public MembershipBasisRequired {
        allowed = Require.setOf(allowed, "MembershipBasisRequired.allowed");
        Require.that(!allowed.isEmpty(), "MembershipBasisRequired.allowed", "не указано ни одного основания",
                "no basis allowed");
    }

    public static MembershipBasisRequired of(MembershipBasis... allowed) {
        return new MembershipBasisRequired(Set.of(allowed));
    }

    @Override
    public String kindCode() {
        return "membership-basis";
    }
}
