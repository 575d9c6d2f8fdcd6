package org.pedcom.rule;

import java.util.Set;

import org.pedcom.act.ActKind;
import org.pedcom.internal.Require;
import org.pedcom.organisation.BodyKind;

/**
 * Which act a rule demands: its kind and who issues it — «утверждается приказом директора ЦПМСС»,
 * «решением Методического совета МБУ ИМЦ».
 *
 * @param kinds        acceptable kinds of act, at least one
 * @param body         the issuing organ
 * @param organisation whose organ
 */
public record ActRequirement(Set<ActKind> kinds, BodyKind body, OrganisationScope organisation) {

    public ActRequirement {
        kinds = Require.setOf(kinds, "ActRequirement.kinds");
        Require.that(!kinds.isEmpty(), "ActRequirement.kinds", "не указан вид акта", "no kind of act given");
        Require.nonNull(body, "ActRequirement.body");
        Require.nonNull(organisation, "ActRequirement.organisation");
    }

    /** «приказ руководителя» of the organisations in scope. */
    public static ActRequirement orderOfHead(OrganisationScope organisation) {
        return new ActRequirement(Set.of(ActKind.ORDER), BodyKind.HEAD, organisation);
    }

    /** «решение» or «протокол» of a council of the organisations in scope. */
    public static ActRequirement decisionOf(BodyKind council, OrganisationScope organisation) {
        return new ActRequirement(Set.of(ActKind.DECISION, ActKind.PROTOCOL), council, organisation);
    }
}
