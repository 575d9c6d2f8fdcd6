package org.pedcom.membership;

import java.util.List;
import java.util.Set;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.internal.Require;
import org.pedcom.people.WorkerId;

/**
 * «Приказ о составе»: the act fixing a community's members (and directions) for a school year
 * (regulation 001, clause 9.1; regulation 004, Приложение 1 п. 1).
 *
 * @param schoolYear the year it covers
 * @param act        the order
 * @param members    the workers it names
 * @param directions directions of activity it sets, if any
 */
public record CompositionOrder(SchoolYear schoolYear, Act act, Set<WorkerId> members, List<String> directions) {

    public CompositionOrder {
        Require.nonNull(schoolYear, "CompositionOrder.schoolYear");
        Require.nonNull(act, "CompositionOrder.act");
        members = Require.setOf(members, "CompositionOrder.members");
        directions = Require.listOf(directions, "CompositionOrder.directions");
    }
}
