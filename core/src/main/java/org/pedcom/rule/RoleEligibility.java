package org.pedcom.rule;

import java.util.List;

import org.pedcom.internal.Require;
import org.pedcom.membership.CommunityRole;

/**
 * Who may hold a role — «руководителем может быть…». A holder qualifies when any one of {@code anyOf} holds; it is
 * judged on the first day of each appointment and, for appointments still running, again on the date of judgement
 * (a category may have expired since). With {@code required}, the role must be filled on every day judged.
 *
 * @param role     the role, not {@code MEMBER}
 * @param required whether the role must always be held by someone
 * @param anyOf    the alternative ways of being eligible, at least one
 */
public record RoleEligibility(CommunityRole role, boolean required, List<Eligibility> anyOf) implements Requirement {

    public RoleEligibility {
        Require.nonNull(role, "RoleEligibility.role");
        Require.that(role != CommunityRole.MEMBER, "RoleEligibility.role",
                "для участников используйте MembershipBasisRequired", "use MembershipBasisRequired for members");
        anyOf = Require.listOf(anyOf, "RoleEligibility.anyOf");
        Require.that(!anyOf.isEmpty(), "RoleEligibility.anyOf", "не задано ни одного условия", "no alternative given");
    }

    public static RoleEligibility of(CommunityRole role, boolean required, Eligibility... anyOf) {
        return new RoleEligibility(role, required, List.of(anyOf));
    }

    @Override
    public String kindCode() {
        return "role-eligibility";
    }
}
