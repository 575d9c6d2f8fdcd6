package org.pedcom.benchmarks.alternatives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pedcom.act.Act;
import org.pedcom.act.ActKind;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.community.Community;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.organisation.BodyKind;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.people.WorkerId;
import org.pedcom.record.CommunityRecord;

/**
 * What every hand-written check of the ППС rules reads: the record, the date of judgement and a few lookups a
 * developer would prepare once (organisation kinds, the leader's appointments).
 */
public final class PpsContext {

    public final CommunityRecord record;
    public final Community community;
    public final LocalDate asOf;
    public final LocalDate created;
    /** The last day judged: the date of judgement, or the termination if earlier. */
    public final LocalDate horizon;
    public final List<Appointment> leaderAppointments;
    public final List<Issue> issues = new ArrayList<>();
    private final Map<OrganisationId, OrganisationKind> kinds = new HashMap<>();

    public PpsContext(CommunityRecord record, LocalDate asOf) {
        this.record = record;
        this.community = record.community();
        this.asOf = asOf;
        this.created = community.createdOn();
        LocalDate end = community.termination().map(t -> t.on()).orElse(asOf);
        this.horizon = end.isBefore(asOf) ? end : asOf;
        for (Organisation o : record.organisations()) {
            kinds.put(o.id(), o.kind());
        }
        List<Appointment> leaders = new ArrayList<>();
        for (Appointment a : record.appointments()) {
            if (a.role() == CommunityRole.LEADER) {
                leaders.add(a);
            }
        }
        this.leaderAppointments = leaders;
    }

    public boolean exists(LocalDate date) {
        return community.existsOn(date);
    }

    /** An order of the head of the education department. */
    public boolean isOrderOfEducationHead(Act act) {
        return act.kind() == ActKind.ORDER && act.issuer().kind() == BodyKind.HEAD
                && kinds.get(act.issuer().organisation()) == OrganisationKind.EDUCATION_AUTHORITY;
    }

    /** An order or an «Утверждаю» decision of the head of РИМК. */
    public boolean isApprovalOfRimk(Act act) {
        return (act.kind() == ActKind.ORDER || act.kind() == ActKind.DECISION) && act.issuer().kind() == BodyKind.HEAD
                && kinds.get(act.issuer().organisation()) == OrganisationKind.METHODICAL_CENTRE;
    }

    public boolean isRimk(OrganisationId organisation) {
        return kinds.get(organisation) == OrganisationKind.METHODICAL_CENTRE;
    }

    public boolean isLeaderOn(WorkerId worker, LocalDate date) {
        for (Appointment a : leaderAppointments) {
            if (a.worker().equals(worker) && a.isActiveOn(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a yearly item of {@code year} due on {@code due} is owed and already due: the community exists on that
     * day and either existed when the year began or has had a month since its creation; the day has passed.
     */
    public boolean owedAndDue(SchoolYear year, LocalDate due) {
        return !due.isAfter(asOf) && exists(due) && (exists(year.start()) || !due.isBefore(created.plusMonths(1)));
    }

    /** The school years from the one of creation to the one of the horizon. */
    public List<SchoolYear> years() {
        List<SchoolYear> years = new ArrayList<>(3);
        SchoolYear last = SchoolYear.containing(horizon);
        for (SchoolYear y = SchoolYear.containing(created); y.compareTo(last) <= 0; y = y.next()) {
            years.add(y);
        }
        return years;
    }
}
