package org.pedcom.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.documentation.Document;
import org.pedcom.internal.Require;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.status.StatusGrant;

/**
 * Everything known about one community — «дело сообщества»: the community itself, the organisations and workers
 * it involves, memberships, appointments, composition orders, plans, meetings, documents, reports, submissions and
 * status grants. This is what a profile judges.
 *
 * <p>Invariants, all checked at construction and reported together (each with its path, for example
 * {@code meetings[3].protocol.signatures[0].signer}): identifiers of organisations, workers and meetings are
 * unique; every reference to a worker, meeting or organisation resolves within the record. Meetings are kept in
 * date order, so judging them is one pass.
 */
public record CommunityRecord(Community community, TermCalendar terms, List<Organisation> organisations,
                              List<PedagogicalWorker> workers, List<Membership> memberships,
                              List<Appointment> appointments, List<CompositionOrder> compositionOrders,
                              List<Plan> plans, List<Meeting> meetings, List<Document> documents,
                              List<AnnualReport> reports, List<Submission> submissions,
                              List<StatusGrant> statusGrants) {

    public CommunityRecord {
        Require.nonNull(community, "CommunityRecord.community");
        Require.nonNull(terms, "CommunityRecord.terms");
        organisations = Require.listOf(organisations, "CommunityRecord.organisations");
        workers = Require.listOf(workers, "CommunityRecord.workers");
        memberships = Require.listOf(memberships, "CommunityRecord.memberships");
        appointments = Require.listOf(appointments, "CommunityRecord.appointments");
        compositionOrders = Require.listOf(compositionOrders, "CommunityRecord.compositionOrders");
        plans = Require.listOf(plans, "CommunityRecord.plans");
        meetings = inDateOrder(Require.listOf(meetings, "CommunityRecord.meetings"));
        documents = Require.listOf(documents, "CommunityRecord.documents");
        reports = Require.listOf(reports, "CommunityRecord.reports");
        submissions = Require.listOf(submissions, "CommunityRecord.submissions");
        statusGrants = Require.listOf(statusGrants, "CommunityRecord.statusGrants");
        new ReferenceCheck(community, organisations, workers, memberships, appointments, compositionOrders, plans,
                meetings, documents, reports, submissions, statusGrants).throwIfBroken();
    }

    /** By date, then id; written out rather than composed from key extractors, since it runs once per meeting read. */
    private static final Comparator<Meeting> DATE_ORDER = (a, b) -> {
        int byDate = a.date().compareTo(b.date());
        return byDate != 0 ? byDate : a.id().value().compareTo(b.id().value());
    };

    /** Records usually arrive ordered (from storage, from JSON written by pedcom): check in one pass, sort only if not. */
    private static List<Meeting> inDateOrder(List<Meeting> meetings) {
        for (int i = 1; i < meetings.size(); i++) {
            if (DATE_ORDER.compare(meetings.get(i - 1), meetings.get(i)) > 0) {
                return meetings.stream().sorted(DATE_ORDER).toList();
            }
        }
        return meetings;
    }

    public static Builder builder(Community community) {
        return new Builder(community);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    // the look-ups below are indexed loops, not streams or iterators: the judges call them for every item they judge
    public Optional<PedagogicalWorker> worker(WorkerId id) {
        Require.nonNull(id, "id");
        for (int i = 0; i < workers.size(); i++) {
            PedagogicalWorker w = workers.get(i);
            if (w.id().equals(id)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    public Optional<Organisation> organisation(OrganisationId id) {
        Require.nonNull(id, "id");
        for (int i = 0; i < organisations.size(); i++) {
            Organisation o = organisations.get(i);
            if (o.id().equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    public Optional<Meeting> meeting(MeetingId id) {
        Require.nonNull(id, "id");
        for (int i = 0; i < meetings.size(); i++) {
            Meeting m = meetings.get(i);
            if (m.id().equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The workers holding {@code role} on {@code date}; for {@link CommunityRole#MEMBER}, the members that day. */
    public List<WorkerId> holdersOn(CommunityRole role, LocalDate date) {
        Require.nonNull(role, "role");
        Require.nonNull(date, "date");
        List<WorkerId> holders = new ArrayList<>();
        if (role == CommunityRole.MEMBER) {
            for (int i = 0; i < memberships.size(); i++) {
                Membership m = memberships.get(i);
                if (m.isActiveOn(date) && !holders.contains(m.worker())) {
                    holders.add(m.worker());
                }
            }
        } else {
            for (int i = 0; i < appointments.size(); i++) {
                Appointment a = appointments.get(i);
                if (a.role() == role && a.isActiveOn(date) && !holders.contains(a.worker())) {
                    holders.add(a.worker());
                }
            }
        }
        return Collections.unmodifiableList(holders);
    }

    public boolean isMemberOn(WorkerId worker, LocalDate date) {
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            if (m.worker().equals(worker) && m.isActiveOn(date)) {
                return true;
            }
        }
        return false;
    }

    public Optional<Plan> plan(SchoolYear year, PlanKind kind) {
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            if (p.schoolYear().equals(year) && p.kind() == kind) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public Optional<AnnualReport> report(SchoolYear year) {
        for (int i = 0; i < reports.size(); i++) {
            AnnualReport r = reports.get(i);
            if (r.schoolYear().equals(year)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public Optional<CompositionOrder> compositionOrder(SchoolYear year) {
        for (int i = 0; i < compositionOrders.size(); i++) {
            CompositionOrder c = compositionOrders.get(i);
            if (c.schoolYear().equals(year)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public CommunityState stateOn(LocalDate date) {
        Require.nonNull(date, "date");
        if (date.isBefore(community.createdOn())) {
            return new CommunityState.NotYetCreated();
        }
        if (community.termination().isPresent() && date.isAfter(community.termination().get().on())) {
            return new CommunityState.Terminated(community.termination().get());
        }
        return new CommunityState.Active(statusGrants.stream().filter(g -> g.validity().contains(date)).findFirst());
    }

    /** Builds a record step by step; {@link #build()} checks every invariant. */
    public static final class Builder {
        private Community community;
        private TermCalendar terms = TermCalendar.standard();
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<PedagogicalWorker> workers = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();
        private final List<Appointment> appointments = new ArrayList<>();
        private final List<CompositionOrder> compositionOrders = new ArrayList<>();
        private final List<Plan> plans = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();
        private final List<AnnualReport> reports = new ArrayList<>();
        private final List<Submission> submissions = new ArrayList<>();
        private final List<StatusGrant> statusGrants = new ArrayList<>();

        private Builder(Community community) {
            this.community = Require.nonNull(community, "community");
        }

        private Builder(CommunityRecord r) {
            this(r.community);
            terms = r.terms;
            organisations.addAll(r.organisations);
            workers.addAll(r.workers);
            memberships.addAll(r.memberships);
            appointments.addAll(r.appointments);
            compositionOrders.addAll(r.compositionOrders);
            plans.addAll(r.plans);
            meetings.addAll(r.meetings);
            documents.addAll(r.documents);
            reports.addAll(r.reports);
            submissions.addAll(r.submissions);
            statusGrants.addAll(r.statusGrants);
        }

        public Builder community(Community value) {
            community = Require.nonNull(value, "community");
            return this;
        }

        public Builder terms(TermCalendar value) {
            terms = Require.nonNull(value, "terms");
            return this;
        }

        public Builder organisation(Organisation value) {
            organisations.add(Require.nonNull(value, "organisation"));
            return this;
        }

        public Builder worker(PedagogicalWorker value) {
            workers.add(Require.nonNull(value, "worker"));
            return this;
        }

        public Builder membership(Membership value) {
            memberships.add(Require.nonNull(value, "membership"));
            return this;
        }

        public Builder appointment(Appointment value) {
            appointments.add(Require.nonNull(value, "appointment"));
            return this;
        }

        public Builder compositionOrder(CompositionOrder value) {
            compositionOrders.add(Require.nonNull(value, "compositionOrder"));
            return this;
        }

        public Builder plan(Plan value) {
            plans.add(Require.nonNull(value, "plan"));
            return this;
        }

        public Builder meeting(Meeting value) {
            meetings.add(Require.nonNull(value, "meeting"));
            return this;
        }

        /** Removes the meetings that {@code drop} selects; handy for fixtures derived from a complete year. */
        public Builder withoutMeetings(java.util.function.Predicate<Meeting> drop) {
            meetings.removeIf(Require.nonNull(drop, "drop"));
            return this;
        }

        public Builder document(Document value) {
            documents.add(Require.nonNull(value, "document"));
            return this;
        }

        public Builder report(AnnualReport value) {
            reports.add(Require.nonNull(value, "report"));
            return this;
        }

        public Builder submission(Submission value) {
            submissions.add(Require.nonNull(value, "submission"));
            return this;
        }

        public Builder statusGrant(StatusGrant value) {
            statusGrants.add(Require.nonNull(value, "statusGrant"));
            return this;
        }

        public CommunityRecord build() {
            return new CommunityRecord(community, terms, organisations, workers, memberships, appointments,
                    compositionOrders, plans, meetings, documents, reports, submissions, statusGrants);
        }
    }

    /**
     * Collects every broken invariant so that a caller fixes them in one go. A record is checked on every read from
     * JSON or SQL, so each reference is tested first and its path is put together only when it is broken: no
     * strings and no capturing lambdas per attendee or member of a valid record.
     */
    private static final class ReferenceCheck {
        private final List<String> problems = new ArrayList<>();
        private final Set<WorkerId> workerIds;
        private final Set<MeetingId> meetingIds;
        private final Set<OrganisationId> organisationIds;

        ReferenceCheck(Community community, List<Organisation> organisations, List<PedagogicalWorker> workers,
                       List<Membership> memberships, List<Appointment> appointments,
                       List<CompositionOrder> compositionOrders, List<Plan> plans, List<Meeting> meetings,
                       List<Document> documents, List<AnnualReport> reports, List<Submission> submissions,
                       List<StatusGrant> statusGrants) {
            organisationIds = unique(organisations, Organisation::id, "organisations");
            workerIds = unique(workers, PedagogicalWorker::id, "workers");
            meetingIds = unique(meetings, Meeting::id, "meetings");

            if (!organisationIds.contains(community.host())) {
                missingOrganisation(community.host(), "community.host");
            }
            if (community.creationAct().isPresent() && issuerMissing(community.creationAct().get())) {
                missingIssuer(community.creationAct().get(), "community.creationAct");
            }
            if (community.termination().isPresent()) {
                Optional<Act> act = community.termination().get().act();
                if (act.isPresent() && issuerMissing(act.get())) {
                    missingIssuer(act.get(), "community.termination.act");
                }
            }
            for (int i = 0; i < workers.size(); i++) {
                OrganisationId employer = workers.get(i).employer();
                if (!organisationIds.contains(employer)) {
                    missingOrganisation(employer, "workers[" + i + "].employer");
                }
            }
            for (int i = 0; i < memberships.size(); i++) {
                WorkerId w = memberships.get(i).worker();
                if (!workerIds.contains(w)) {
                    missingWorker(w, "memberships[" + i + "].worker");
                }
            }
            for (int i = 0; i < appointments.size(); i++) {
                Appointment a = appointments.get(i);
                if (!workerIds.contains(a.worker())) {
                    missingWorker(a.worker(), "appointments[" + i + "].worker");
                }
                if (a.act().isPresent() && issuerMissing(a.act().get())) {
                    missingIssuer(a.act().get(), "appointments[" + i + "].act");
                }
            }
            for (int i = 0; i < compositionOrders.size(); i++) {
                CompositionOrder c = compositionOrders.get(i);
                if (issuerMissing(c.act())) {
                    missingIssuer(c.act(), "compositionOrders[" + i + "].act");
                }
                for (WorkerId w : c.members()) {
                    if (!workerIds.contains(w)) {
                        missingWorker(w, "compositionOrders[" + i + "].members");
                    }
                }
            }
            for (int i = 0; i < plans.size(); i++) {
                Plan p = plans.get(i);
                if (p.author().isPresent() && !workerIds.contains(p.author().get())) {
                    missingWorker(p.author().get(), "plans[" + i + "].author");
                }
                for (int s = 0; s < p.steps().size(); s++) {
                    PlanStep step = p.steps().get(s);
                    if (step instanceof PlanStep.Reviewed r) {
                        if (!meetingIds.contains(r.meeting())) {
                            missingMeeting(r.meeting(), "plans[" + i + "].steps[" + s + "].meeting");
                        }
                    } else if (step instanceof PlanStep.Approved a) {
                        if (issuerMissing(a.act())) {
                            missingIssuer(a.act(), "plans[" + i + "].steps[" + s + "].act");
                        }
                    }
                }
                for (int s = 0; s < p.publications().size(); s++) {
                    OrganisationId o = p.publications().get(s).organisation();
                    if (!organisationIds.contains(o)) {
                        missingOrganisation(o, "plans[" + i + "].publications[" + s + "].organisation");
                    }
                }
            }
            for (int i = 0; i < meetings.size(); i++) {
                Meeting m = meetings.get(i);
                if (m.protocol().isPresent()) {
                    List<Signature> signatures = m.protocol().get().signatures();
                    for (int s = 0; s < signatures.size(); s++) {
                        WorkerId signer = signatures.get(s).signer();
                        if (!workerIds.contains(signer)) {
                            missingWorker(signer, "meetings[" + i + "].protocol.signatures[" + s + "].signer");
                        }
                    }
                }
                if (m.registration().isPresent()) {
                    for (WorkerId w : m.registration().get().attendees()) {
                        if (!workerIds.contains(w)) {
                            missingWorker(w, "meetings[" + i + "].registration.attendees");
                        }
                    }
                }
            }
            for (int i = 0; i < documents.size(); i++) {
                Optional<OrganisationId> keptAt = documents.get(i).keptAt();
                if (keptAt.isPresent() && !organisationIds.contains(keptAt.get())) {
                    missingOrganisation(keptAt.get(), "documents[" + i + "].keptAt");
                }
            }
            for (int i = 0; i < reports.size(); i++) {
                Optional<MeetingId> presentedAt = reports.get(i).presentedAt();
                if (presentedAt.isPresent() && !meetingIds.contains(presentedAt.get())) {
                    missingMeeting(presentedAt.get(), "reports[" + i + "].presentedAt");
                }
            }
            for (int i = 0; i < submissions.size(); i++) {
                OrganisationId to = submissions.get(i).to();
                if (!organisationIds.contains(to)) {
                    missingOrganisation(to, "submissions[" + i + "].to");
                }
            }
            for (int i = 0; i < statusGrants.size(); i++) {
                StatusGrant g = statusGrants.get(i);
                if (issuerMissing(g.decision())) {
                    missingIssuer(g.decision(), "statusGrants[" + i + "].decision");
                }
                if (g.confirmation().isPresent() && issuerMissing(g.confirmation().get())) {
                    missingIssuer(g.confirmation().get(), "statusGrants[" + i + "].confirmation");
                }
                for (int e = 0; e < g.extensions().size(); e++) {
                    Act decision = g.extensions().get(e).decision();
                    if (issuerMissing(decision)) {
                        missingIssuer(decision, "statusGrants[" + i + "].extensions[" + e + "].decision");
                    }
                }
            }
        }

        /**
         * The set of ids, reporting each id that repeats once with its count. One pass over one hash set: valid
         * records, which have no repeats, never build the counts.
         */
        private <T, K> Set<K> unique(List<T> values, Function<T, K> id, String path) {
            Set<K> ids = new HashSet<>(Math.max(16, (int) (values.size() / .75f) + 1));
            Map<K, Integer> repeats = null;
            for (T value : values) {
                K k = id.apply(value);
                if (!ids.add(k)) {
                    if (repeats == null) {
                        repeats = new LinkedHashMap<>();
                    }
                    repeats.merge(k, 2, (n, one) -> n + 1);
                }
            }
            if (repeats != null) {
                repeats.forEach((k, n) -> problems.add(path + ": идентификатор '" + k + "' повторяется " + n
                        + " раз / id '" + k + "' occurs " + n + " times"));
            }
            return ids;
        }

        private boolean issuerMissing(Act act) {
            return !organisationIds.contains(act.issuer().organisation());
        }

        private void missingWorker(WorkerId id, String path) {
            problems.add(path + ": педагог '" + id + "' не найден в workers / worker '" + id + "' is not in workers");
        }

        private void missingMeeting(MeetingId id, String path) {
            problems.add(path + ": заседание '" + id + "' не найдено в meetings / meeting '" + id + "' is not in meetings");
        }

        private void missingOrganisation(OrganisationId id, String path) {
            problems.add(path + ": организация '" + id + "' не найдена в organisations / organisation '" + id
                    + "' is not in organisations");
        }

        private void missingIssuer(Act act, String path) {
            missingOrganisation(act.issuer().organisation(), path + ".issuer.organisation");
        }

        void throwIfBroken() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("CommunityRecord: нарушена целостность записи / the record is inconsistent:\n  - "
                        + String.join("\n  - ", problems));
            }
        }
    }
}
