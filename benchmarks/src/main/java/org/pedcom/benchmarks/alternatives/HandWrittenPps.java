package org.pedcom.benchmarks.alternatives;

import java.time.LocalDate;
import java.util.List;

import org.pedcom.calendar.SchoolYear;
import org.pedcom.meeting.Meeting;
import org.pedcom.membership.Appointment;
import org.pedcom.record.CommunityRecord;

/** The ППС rules as plain Java: loops over the record calling {@link PpsChecks}. The practical limit. */
public final class HandWrittenPps {

    private HandWrittenPps() {
    }

    public static List<Issue> evaluate(CommunityRecord record, LocalDate asOf) {
        PpsContext c = new PpsContext(record, asOf);
        List<SchoolYear> years = c.years();
        for (SchoolYear y : years) {
            add(c, PpsChecks.annualListOrder(c, y));
        }
        add(c, PpsChecks.createdByOrder(c));
        add(c, PpsChecks.terminatedByOrder(c));
        c.issues.addAll(PpsChecks.leaderVacancies(c));
        for (Appointment a : c.leaderAppointments) {
            c.issues.addAll(PpsChecks.leaderEligibility(c, a));
        }
        for (SchoolYear y : years) {
            add(c, PpsChecks.planDraftedByLeader(c, y));
        }
        for (Meeting m : record.meetings()) {
            add(c, PpsChecks.protocolSignedByLeader(c, m));
        }
        c.issues.addAll(PpsChecks.sessionsPerHalfYear(c));
        for (Meeting m : record.meetings()) {
            add(c, PpsChecks.sessionProtocol(c, m));
        }
        for (Meeting m : record.meetings()) {
            add(c, PpsChecks.protocolContent(c, m));
        }
        for (SchoolYear y : years) {
            add(c, PpsChecks.planApprovedByRimk(c, y));
        }
        for (SchoolYear y : years) {
            add(c, PpsChecks.annualReport(c, y));
        }
        for (SchoolYear y : years) {
            add(c, PpsChecks.reportSubmitted(c, y));
        }
        for (SchoolYear y : years) {
            add(c, PpsChecks.preliminaryPlanSubmitted(c, y));
        }
        return c.issues;
    }

    private static void add(PpsContext c, Issue issue) {
        if (issue != null) {
            c.issues.add(issue);
        }
    }
}
