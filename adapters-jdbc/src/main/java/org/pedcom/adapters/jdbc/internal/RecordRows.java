package org.pedcom.adapters.jdbc.internal;

import java.math.BigDecimal;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.pedcom.act.Act;
import org.pedcom.adapters.jdbc.RecordRejectedException;
import org.pedcom.calendar.AcademicQuarter;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.documentation.Document;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.Territory;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.Consent;
import org.pedcom.people.Contact;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.PersonalData;
import org.pedcom.people.WorkSpan;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.Publication;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/** Takes a community record apart into the rows of {@link Tables}; {@link RecordAssembler} puts it back together. */
final class RecordRows {

    /** The largest scale, and the most integer digits, an indicator value may have: {@code NUMERIC(40, 20)}. */
    static final int INDICATOR_DIGITS = 20;

    // The first school year TermCalendar accepts and the last; see quartersWithOwnDates.
    private static final int FIRST_SCHOOL_YEAR = 1900;
    private static final int LAST_SCHOOL_YEAR = 9998;

    private final CommunityRecord record;
    private final String cid;
    private final RowSink sink;
    // Equal acts are stored once; parts refer to them by number.
    private final Map<Act, Integer> acts = new LinkedHashMap<>();

    private RecordRows(CommunityRecord record, RowSink sink) {
        this.record = record;
        this.cid = record.community().id().value();
        this.sink = sink;
    }

    /** Sends every row of {@code record}, stored at {@code version}, to {@code sink}. */
    static void write(CommunityRecord record, long version, RowSink sink) {
        new RecordRows(record, sink).write(version);
    }

    private void write(long version) {
        community(version);
        termCalendar(record.terms());
        organisations();
        workers();
        memberships();
        appointments();
        compositionOrders();
        meetings();
        plans();
        documents();
        reports();
        submissions();
        statusGrants();
        // Last, because every part above numbers the acts it mentions.
        acts.forEach((act, no) -> sink.add(Tables.ACT, cid, no, Codes.ACT_KIND.code(act.kind()), act.number(),
                act.date(), Codes.BODY_KIND.code(act.issuer().kind()), act.issuer().organisation().value(),
                act.title()));
    }

    private Integer act(Act act) {
        return acts.computeIfAbsent(act, a -> acts.size() + 1);
    }

    private Integer act(Optional<Act> act) {
        return act.map(this::act).orElse(null);
    }

    private void community(long version) {
        Community c = record.community();
        // CommunityRecord guarantees the host is among its organisations.
        Territory territory = record.organisation(c.host()).orElseThrow().territory();
        sink.add(Tables.COMMUNITY, cid, version, c.kind().code(), c.kind().title(), c.name(), c.host().value(),
                territory.region(), territory.municipality(), c.createdOn(), act(c.creationAct()),
                c.form().map(f -> f.code()).orElse(null), c.form().map(f -> f.title()).orElse(null),
                c.termination().map(t -> t.on()).orElse(null),
                c.termination().map(t -> t.reason().code()).orElse(null),
                c.termination().map(t -> t.reason().title()).orElse(null),
                c.termination().flatMap(t -> t.act()).map(this::act).orElse(null));
        List<String> directions = c.directions();
        for (int i = 0; i < directions.size(); i++) {
            sink.add(Tables.COMMUNITY_DIRECTION, cid, i, directions.get(i));
        }
    }

    private void termCalendar(TermCalendar terms) {
        for (SchoolYear year : quartersWithOwnDates(terms).keySet()) {
            for (AcademicQuarter q : terms.quartersOf(year)) {
                sink.add(Tables.TERM_QUARTER, cid, year.startYear(), q.number(), q.start(), q.end());
            }
        }
    }

    /**
     * The school years for which the school gave its own quarter dates. {@link TermCalendar} does not list them, so
     * every school year it accepts is asked — some eight thousand map look-ups, microseconds per save.
     */
    static Map<SchoolYear, List<AcademicQuarter>> quartersWithOwnDates(TermCalendar terms) {
        Map<SchoolYear, List<AcademicQuarter>> own = new TreeMap<>();
        if (terms.equals(TermCalendar.standard())) {
            // Most schools: no own dates, nothing to ask.
            return own;
        }
        for (int y = FIRST_SCHOOL_YEAR; y <= LAST_SCHOOL_YEAR; y++) {
            SchoolYear year = SchoolYear.of(y);
            if (terms.hasOwnDatesFor(year)) {
                own.put(year, terms.quartersOf(year));
            }
        }
        return own;
    }

    private void organisations() {
        List<Organisation> organisations = record.organisations();
        for (int i = 0; i < organisations.size(); i++) {
            Organisation o = organisations.get(i);
            sink.add(Tables.ORGANISATION, cid, o.id().value(), i, o.name(), Codes.ORGANISATION_KIND.code(o.kind()),
                    o.territory().region(), o.territory().municipality());
            o.levels().forEach(l -> sink.add(Tables.ORGANISATION_LEVEL, cid, o.id().value(),
                    Codes.EDUCATION_LEVEL.code(l)));
        }
    }

    private void workers() {
        List<PedagogicalWorker> workers = record.workers();
        for (int i = 0; i < workers.size(); i++) {
            PedagogicalWorker w = workers.get(i);
            String wid = w.id().value();
            sink.add(Tables.WORKER, cid, wid, i, w.position().code(), w.position().title(), w.employer().value());
            w.roles().forEach(r -> sink.add(Tables.WORKER_ROLE, cid, wid, Codes.ADMINISTRATIVE_ROLE.code(r)));
            List<CategoryGrant> grants = w.qualifications().grants();
            for (int g = 0; g < grants.size(); g++) {
                sink.add(Tables.WORKER_CATEGORY, cid, wid, g, Codes.QUALIFICATION_CATEGORY.code(grants.get(g).category()),
                        grants.get(g).grantedOn());
            }
            List<WorkSpan> spans = w.experience().spans();
            for (int s = 0; s < spans.size(); s++) {
                sink.add(Tables.WORKER_WORK_SPAN, cid, wid, s, spans.get(s).from(), spans.get(s).until().orElse(null));
            }
            personalData(wid, w.personalData());
        }
    }

    private void personalData(String wid, PersonalData p) {
        sink.add(Tables.PERSONAL_DATA, cid, wid, p.fullName(), p.birthDate().orElse(null), p.education().orElse(null));
        List<Contact> contacts = p.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            sink.add(Tables.PERSONAL_CONTACT, cid, wid, i, Codes.CONTACT_KIND.code(contacts.get(i).kind()),
                    contacts.get(i).value());
        }
        entries(wid, Codes.AWARD, p.awards());
        entries(wid, Codes.TITLE, p.titles());
        entries(wid, Codes.PUBLICATION, p.publications());
        entries(wid, Codes.CONTEST, p.contests());
        List<Consent> consents = p.consents();
        for (int i = 0; i < consents.size(); i++) {
            Consent c = consents.get(i);
            sink.add(Tables.PERSONAL_CONSENT, cid, wid, i, Codes.CONSENT_PURPOSE.code(c.purpose()), c.givenOn(),
                    c.withdrawnOn().orElse(null));
        }
    }

    private void entries(String wid, String kind, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            sink.add(Tables.PERSONAL_ENTRY, cid, wid, kind, i, texts.get(i));
        }
    }

    private void memberships() {
        List<Membership> memberships = record.memberships();
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            sink.add(Tables.MEMBERSHIP, cid, i, m.worker().value(), m.joinedOn(), m.leftOn().orElse(null),
                    Codes.MEMBERSHIP_BASIS.code(m.basis()));
        }
    }

    private void appointments() {
        List<Appointment> appointments = record.appointments();
        for (int i = 0; i < appointments.size(); i++) {
            Appointment a = appointments.get(i);
            sink.add(Tables.APPOINTMENT, cid, i, a.worker().value(), Codes.COMMUNITY_ROLE.code(a.role()), a.from(),
                    a.until().orElse(null), act(a.act()));
        }
    }

    private void compositionOrders() {
        List<CompositionOrder> orders = record.compositionOrders();
        for (int i = 0; i < orders.size(); i++) {
            CompositionOrder o = orders.get(i);
            int ord = i;
            sink.add(Tables.COMPOSITION_ORDER, cid, i, o.schoolYear().startYear(), act(o.act()));
            o.members().forEach(w -> sink.add(Tables.COMPOSITION_MEMBER, cid, ord, w.value()));
            for (int d = 0; d < o.directions().size(); d++) {
                sink.add(Tables.COMPOSITION_DIRECTION, cid, i, d, o.directions().get(d));
            }
        }
    }

    private void meetings() {
        List<Meeting> meetings = record.meetings();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting m = meetings.get(i);
            String mid = m.id().value();
            sink.add(Tables.MEETING, cid, mid, i, m.date(), m.form().code(), m.form().title(), m.topic(),
                    m.scenario().orElse(null), m.protocol().map(p -> p.number()).orElse(null),
                    m.protocol().map(p -> p.date()).orElse(null), m.registration().isPresent(),
                    m.registration().map(r -> r.guests()).orElse(null));
            for (int a = 0; a < m.agenda().size(); a++) {
                AgendaItem item = m.agenda().get(a);
                sink.add(Tables.AGENDA_ITEM, cid, mid, a, item.question());
                for (int d = 0; d < item.decisions().size(); d++) {
                    sink.add(Tables.AGENDA_OUTCOME, cid, mid, a, Codes.DECISION, d, item.decisions().get(d));
                }
                for (int r = 0; r < item.recommendations().size(); r++) {
                    sink.add(Tables.AGENDA_OUTCOME, cid, mid, a, Codes.RECOMMENDATION, r, item.recommendations().get(r));
                }
            }
            m.protocol().ifPresent(p -> {
                List<Signature> signatures = p.signatures();
                for (int s = 0; s < signatures.size(); s++) {
                    sink.add(Tables.PROTOCOL_SIGNATURE, cid, mid, s, signatures.get(s).signer().value(),
                            Codes.COMMUNITY_ROLE.code(signatures.get(s).role()));
                }
            });
            m.registration().ifPresent(r -> r.attendees().forEach(w ->
                    sink.add(Tables.ATTENDANCE, cid, mid, w.value())));
        }
    }

    private void plans() {
        List<Plan> plans = record.plans();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            sink.add(Tables.PLAN, cid, i, p.schoolYear().startYear(), Codes.PLAN_KIND.code(p.kind()),
                    p.author().map(a -> a.value()).orElse(null));
            for (int t = 0; t < p.items().size(); t++) {
                PlanItem item = p.items().get(t);
                sink.add(Tables.PLAN_ITEM, cid, i, t, item.task(), item.expectedResult(), item.resultForm());
                for (int e = 0; e < item.events().size(); e++) {
                    sink.add(Tables.PLAN_ITEM_EVENT, cid, i, t, e, item.events().get(e));
                }
            }
            for (int s = 0; s < p.steps().size(); s++) {
                PlanStep step = p.steps().get(s);
                if (step instanceof PlanStep.Drafted d) {
                    sink.add(Tables.PLAN_STEP, cid, i, s, Codes.DRAFTED, d.on(), null, null);
                } else if (step instanceof PlanStep.Reviewed r) {
                    sink.add(Tables.PLAN_STEP, cid, i, s, Codes.REVIEWED, r.on(), r.meeting().value(), null);
                } else if (step instanceof PlanStep.Approved a) {
                    sink.add(Tables.PLAN_STEP, cid, i, s, Codes.APPROVED, null, null, act(a.act()));
                } else {
                    throw new IllegalStateException("unknown plan step " + step.getClass().getName());
                }
            }
            for (int u = 0; u < p.publications().size(); u++) {
                Publication pub = p.publications().get(u);
                sink.add(Tables.PLAN_PUBLICATION, cid, i, u, Codes.PUBLICATION_CHANNEL.code(pub.channel()),
                        pub.organisation().value(), pub.on());
            }
        }
    }

    private void documents() {
        List<Document> documents = record.documents();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            sink.add(Tables.DOCUMENT, cid, i, d.kind().code(), d.kind().title(), d.title(), d.date(),
                    Codes.DOCUMENT_FORM.code(d.form()), d.keptAt().map(o -> o.value()).orElse(null),
                    d.schoolYear().map(SchoolYear::startYear).orElse(null));
        }
    }

    private void reports() {
        List<AnnualReport> reports = record.reports();
        for (int i = 0; i < reports.size(); i++) {
            AnnualReport r = reports.get(i);
            int ord = i;
            sink.add(Tables.ANNUAL_REPORT, cid, i, r.schoolYear().startYear(), r.compiledOn(),
                    Codes.DOCUMENT_FORM.code(r.form()), r.presentedAt().map(m -> m.value()).orElse(null));
            new TreeMap<>(r.indicators()).forEach((code, value) -> {
                checkFits(code, value);
                sink.add(Tables.REPORT_INDICATOR, cid, ord, code, value, value.scale());
            });
        }
    }

    /** Refuses a value that NUMERIC(40, 20) would round or overflow: better no save than a silently changed value. */
    private void checkFits(String code, BigDecimal value) {
        int integerDigits = value.precision() - value.scale();
        if (value.scale() > INDICATOR_DIGITS || value.scale() < -INDICATOR_DIGITS || integerDigits > INDICATOR_DIGITS) {
            throw new RecordRejectedException("Сообщество '" + cid + "': значение показателя '" + code + "' не"
                    + " помещается в хранилище (не более " + INDICATOR_DIGITS + " знаков до и после запятой) /"
                    + " community '" + cid + "': the value of indicator '" + code + "' does not fit the storage (at"
                    + " most " + INDICATOR_DIGITS + " digits before and after the point)");
        }
    }

    private void submissions() {
        List<Submission> submissions = record.submissions();
        for (int i = 0; i < submissions.size(); i++) {
            Submission s = submissions.get(i);
            sink.add(Tables.SUBMISSION, cid, i, s.kind().code(), s.kind().title(), s.schoolYear().startYear(),
                    s.to().value(), s.on());
        }
    }

    private void statusGrants() {
        List<StatusGrant> grants = record.statusGrants();
        for (int i = 0; i < grants.size(); i++) {
            StatusGrant g = grants.get(i);
            Period term = g.term();
            sink.add(Tables.STATUS_GRANT, cid, i, g.topic(), act(g.decision()), term.getYears(), term.getMonths(),
                    term.getDays(), act(g.confirmation()));
            for (int e = 0; e < g.extensions().size(); e++) {
                Extension x = g.extensions().get(e);
                sink.add(Tables.STATUS_EXTENSION, cid, i, e, act(x.decision()), x.by().getYears(), x.by().getMonths(),
                        x.by().getDays());
            }
        }
    }
}
