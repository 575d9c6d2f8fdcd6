package org.pedcom.adapters.jdbc.internal;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pedcom.act.Act;
import org.pedcom.calendar.AcademicQuarter;
import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityForm;
import org.pedcom.community.CommunityId;
import org.pedcom.community.CommunityKind;
import org.pedcom.community.Termination;
import org.pedcom.community.TerminationReason;
import org.pedcom.documentation.Document;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.Protocol;
import org.pedcom.meeting.RegistrationSheet;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.organisation.Body;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.organisation.Territory;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.Consent;
import org.pedcom.people.Contact;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.PersonalData;
import org.pedcom.people.Position;
import org.pedcom.people.Qualifications;
import org.pedcom.people.SpecialtyExperience;
import org.pedcom.people.WorkSpan;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.Publication;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/**
 * Puts a community record back together from its rows. Every domain constructor checks its invariants again, and
 * {@link CommunityRecord} checks every reference, so rows edited by hand into an inconsistent record fail here rather
 * than reach a compliance judgement.
 */
final class RecordAssembler {

    private final Row header;
    private final Map<Table, List<Row>> parts;
    private final Map<Integer, Act> acts = new HashMap<>();

    private RecordAssembler(Row header, Map<Table, List<Row>> parts) {
        this.header = header;
        this.parts = parts;
    }

    /**
     * The record of {@code header}'s community.
     *
     * @param parts the community's rows of every table in {@link Tables#PARTS}, each in its table's order; a table
     *              without rows may be missing
     */
    static CommunityRecord assemble(Row header, Map<Table, List<Row>> parts) {
        return new RecordAssembler(header, parts).assemble();
    }

    private List<Row> rows(Table table) {
        return parts.getOrDefault(table, List.of());
    }

    private static <K> Map<K, List<Row>> group(List<Row> rows, Function<Row, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static Map<Integer, List<Row>> byOrd(List<Row> rows, String column) {
        return group(rows, r -> r.integer(column));
    }

    private static Map<String, List<Row>> byText(List<Row> rows, String column) {
        return group(rows, r -> r.text(column));
    }

    private static List<String> texts(List<Row> rows, String column) {
        return rows == null ? List.of() : rows.stream().map(r -> r.text(column)).toList();
    }

    private CommunityRecord assemble() {
        for (Row r : rows(Tables.ACT)) {
            acts.put(r.integer("act_no"), new Act(Codes.ACT_KIND.constant(r.text("kind")), r.text("act_number"),
                    r.date("act_date"), Body.of(Codes.BODY_KIND.constant(r.text("issuer_kind")),
                    OrganisationId.of(r.text("issuer_organisation_id"))), r.text("title")));
        }
        return new CommunityRecord(community(), terms(), organisations(), workers(), memberships(), appointments(),
                compositionOrders(), plans(), meetings(), documents(), reports(), submissions(), statusGrants());
    }

    private Act act(int no) {
        Act act = acts.get(no);
        if (act == null) {
            throw new IllegalStateException("pedcom_act has no act " + no);
        }
        return act;
    }

    private Optional<Act> act(Optional<Integer> no) {
        return no.map(this::act);
    }

    private Community community() {
        Row h = header;
        Optional<CommunityForm> form = h.optionalText("form_code")
                .map(code -> CommunityForm.of(code, h.text("form_title")));
        Optional<Termination> termination = h.optionalDate("termination_on").map(on -> new Termination(on,
                TerminationReason.of(h.text("termination_reason_code"), h.text("termination_reason_title")),
                act(h.optionalInteger("termination_act_no"))));
        return new Community(CommunityId.of(h.text("id")), CommunityKind.of(h.text("kind_code"), h.text("kind_title")),
                h.text("name"), OrganisationId.of(h.text("host_organisation_id")), h.date("created_on"),
                act(h.optionalInteger("creation_act_no")), form, texts(rows(Tables.COMMUNITY_DIRECTION), "direction"),
                termination);
    }

    private TermCalendar terms() {
        List<Row> rows = rows(Tables.TERM_QUARTER);
        if (rows.isEmpty()) {
            return TermCalendar.standard();
        }
        return TermCalendar.of(rows.stream().map(r -> AcademicQuarter.of(SchoolYear.of(r.integer("school_year")),
                r.integer("quarter_no"), DateRange.of(r.date("starts_on"), r.date("ends_on")))).toList());
    }

    private List<Organisation> organisations() {
        Map<String, List<Row>> levels = byText(rows(Tables.ORGANISATION_LEVEL), "organisation_id");
        return rows(Tables.ORGANISATION).stream().map(r -> new Organisation(OrganisationId.of(r.text("id")),
                r.text("name"), Codes.ORGANISATION_KIND.constant(r.text("kind")),
                levels.getOrDefault(r.text("id"), List.of()).stream()
                        .map(l -> Codes.EDUCATION_LEVEL.constant(l.text("education_level")))
                        .collect(Collectors.toSet()),
                Territory.of(r.text("region"), r.text("municipality")))).toList();
    }

    private List<PedagogicalWorker> workers() {
        Map<String, List<Row>> roles = byText(rows(Tables.WORKER_ROLE), "worker_id");
        Map<String, List<Row>> categories = byText(rows(Tables.WORKER_CATEGORY), "worker_id");
        Map<String, List<Row>> spans = byText(rows(Tables.WORKER_WORK_SPAN), "worker_id");
        Map<String, Row> personal = rows(Tables.PERSONAL_DATA).stream()
                .collect(Collectors.toMap(r -> r.text("worker_id"), r -> r));
        Map<String, List<Row>> contacts = byText(rows(Tables.PERSONAL_CONTACT), "worker_id");
        Map<String, List<Row>> entries = byText(rows(Tables.PERSONAL_ENTRY), "worker_id");
        Map<String, List<Row>> consents = byText(rows(Tables.PERSONAL_CONSENT), "worker_id");
        List<PedagogicalWorker> workers = new ArrayList<>();
        for (Row r : rows(Tables.WORKER)) {
            String id = r.text("id");
            Set<AdministrativeRole> held = roles.getOrDefault(id, List.of()).stream()
                    .map(x -> Codes.ADMINISTRATIVE_ROLE.constant(x.text("administrative_role")))
                    .collect(Collectors.toSet());
            Qualifications qualifications = new Qualifications(categories.getOrDefault(id, List.of()).stream()
                    .map(x -> CategoryGrant.of(Codes.QUALIFICATION_CATEGORY.constant(x.text("category")),
                            x.date("granted_on"))).toList());
            SpecialtyExperience experience = new SpecialtyExperience(spans.getOrDefault(id, List.of()).stream()
                    .map(x -> new WorkSpan(x.date("from_date"), x.optionalDate("until_date"))).toList());
            Row p = personal.get(id);
            if (p == null) {
                throw new IllegalStateException("pedcom_personal_data has no row for a worker");
            }
            workers.add(new PedagogicalWorker(WorkerId.of(id), Position.of(r.text("position_code"),
                    r.text("position_title")), OrganisationId.of(r.text("employer_id")), held, qualifications,
                    experience, personalData(p, contacts.getOrDefault(id, List.of()),
                    entries.getOrDefault(id, List.of()), consents.getOrDefault(id, List.of()))));
        }
        return workers;
    }

    private static PersonalData personalData(Row p, List<Row> contacts, List<Row> entries, List<Row> consents) {
        Map<String, List<Row>> byKind = byText(entries, "entry_kind");
        return new PersonalData(p.text("full_name"), p.optionalDate("birth_date"), p.optionalText("education"),
                contacts.stream().map(c -> new Contact(Codes.CONTACT_KIND.constant(c.text("contact_kind")),
                        c.text("contact_value"))).toList(),
                texts(byKind.get(Codes.AWARD), "entry_text"), texts(byKind.get(Codes.TITLE), "entry_text"),
                texts(byKind.get(Codes.PUBLICATION), "entry_text"), texts(byKind.get(Codes.CONTEST), "entry_text"),
                consents.stream().map(c -> new Consent(Codes.CONSENT_PURPOSE.constant(c.text("purpose")),
                        c.date("given_on"), c.optionalDate("withdrawn_on"))).toList());
    }

    private List<Membership> memberships() {
        return rows(Tables.MEMBERSHIP).stream().map(r -> new Membership(WorkerId.of(r.text("worker_id")),
                r.date("joined_on"), r.optionalDate("left_on"), Codes.MEMBERSHIP_BASIS.constant(r.text("basis"))))
                .toList();
    }

    private List<Appointment> appointments() {
        return rows(Tables.APPOINTMENT).stream().map(r -> new Appointment(WorkerId.of(r.text("worker_id")),
                Codes.COMMUNITY_ROLE.constant(r.text("community_role")), r.date("from_date"),
                r.optionalDate("until_date"), act(r.optionalInteger("act_no")))).toList();
    }

    private List<CompositionOrder> compositionOrders() {
        Map<Integer, List<Row>> members = byOrd(rows(Tables.COMPOSITION_MEMBER), "order_ord");
        Map<Integer, List<Row>> directions = byOrd(rows(Tables.COMPOSITION_DIRECTION), "order_ord");
        return rows(Tables.COMPOSITION_ORDER).stream().map(r -> {
            int ord = r.integer("ord");
            return new CompositionOrder(SchoolYear.of(r.integer("school_year")), act(r.integer("act_no")),
                    members.getOrDefault(ord, List.of()).stream().map(m -> WorkerId.of(m.text("worker_id")))
                            .collect(Collectors.toSet()),
                    texts(directions.get(ord), "direction"));
        }).toList();
    }

    private List<Meeting> meetings() {
        Map<String, List<Row>> items = byText(rows(Tables.AGENDA_ITEM), "meeting_id");
        Map<String, List<Row>> outcomes = byText(rows(Tables.AGENDA_OUTCOME), "meeting_id");
        Map<String, List<Row>> signatures = byText(rows(Tables.PROTOCOL_SIGNATURE), "meeting_id");
        Map<String, List<Row>> attendance = byText(rows(Tables.ATTENDANCE), "meeting_id");
        return rows(Tables.MEETING).stream().map(r -> {
            String id = r.text("id");
            Map<Integer, List<Row>> outcomesByItem = byOrd(outcomes.getOrDefault(id, List.of()), "item_ord");
            List<AgendaItem> agenda = items.getOrDefault(id, List.of()).stream().map(i -> {
                Map<String, List<Row>> byKind = byText(outcomesByItem.getOrDefault(i.integer("ord"), List.of()),
                        "outcome_kind");
                return AgendaItem.of(i.text("question"), texts(byKind.get(Codes.DECISION), "outcome_text"),
                        texts(byKind.get(Codes.RECOMMENDATION), "outcome_text"));
            }).toList();
            Optional<Protocol> protocol = r.optionalText("protocol_number").map(number -> new Protocol(number,
                    r.date("protocol_date"), signatures.getOrDefault(id, List.of()).stream()
                    .map(s -> new Signature(WorkerId.of(s.text("signer_id")),
                            Codes.COMMUNITY_ROLE.constant(s.text("community_role")))).toList()));
            Optional<RegistrationSheet> registration = r.bool("registration_kept")
                    ? Optional.of(new RegistrationSheet(attendance.getOrDefault(id, List.of()).stream()
                    .map(a -> WorkerId.of(a.text("worker_id"))).collect(Collectors.toSet()),
                    r.integer("registration_guests")))
                    : Optional.empty();
            return new Meeting(MeetingId.of(id), r.date("held_on"), EventForm.of(r.text("form_code"),
                    r.text("form_title")), r.text("topic"), agenda, protocol, registration,
                    r.optionalText("scenario"));
        }).toList();
    }

    private List<Plan> plans() {
        Map<Integer, List<Row>> items = byOrd(rows(Tables.PLAN_ITEM), "plan_ord");
        Map<Integer, List<Row>> events = byOrd(rows(Tables.PLAN_ITEM_EVENT), "plan_ord");
        Map<Integer, List<Row>> steps = byOrd(rows(Tables.PLAN_STEP), "plan_ord");
        Map<Integer, List<Row>> publications = byOrd(rows(Tables.PLAN_PUBLICATION), "plan_ord");
        return rows(Tables.PLAN).stream().map(r -> {
            int ord = r.integer("ord");
            Map<Integer, List<Row>> eventsByItem = byOrd(events.getOrDefault(ord, List.of()), "item_ord");
            List<PlanItem> planItems = items.getOrDefault(ord, List.of()).stream().map(i -> new PlanItem(
                    i.text("task"), texts(eventsByItem.get(i.integer("ord")), "event"), i.text("expected_result"),
                    i.text("result_form"))).toList();
            List<PlanStep> planSteps = steps.getOrDefault(ord, List.of()).stream().map(this::step).toList();
            List<Publication> planPublications = publications.getOrDefault(ord, List.of()).stream()
                    .map(p -> new Publication(Codes.PUBLICATION_CHANNEL.constant(p.text("channel")),
                            OrganisationId.of(p.text("organisation_id")), p.date("published_on"))).toList();
            return new Plan(SchoolYear.of(r.integer("school_year")), Codes.PLAN_KIND.constant(r.text("plan_kind")),
                    r.optionalText("author_id").map(WorkerId::of), planItems, planSteps, planPublications);
        }).toList();
    }

    private PlanStep step(Row s) {
        String kind = s.text("step_kind");
        return switch (kind) {
            case Codes.DRAFTED -> new PlanStep.Drafted(s.date("step_on"));
            case Codes.REVIEWED -> new PlanStep.Reviewed(s.date("step_on"), MeetingId.of(s.text("meeting_id")));
            case Codes.APPROVED -> new PlanStep.Approved(act(s.integer("act_no")));
            default -> throw new IllegalStateException("unknown plan step kind '" + kind + "'");
        };
    }

    private List<Document> documents() {
        return rows(Tables.DOCUMENT).stream().map(r -> new Document(DocumentKind.of(r.text("kind_code"),
                r.text("kind_title")), r.text("title"), r.date("document_date"),
                Codes.DOCUMENT_FORM.constant(r.text("document_form")), r.optionalText("kept_at_id")
                .map(OrganisationId::of), r.optionalInteger("school_year").map(SchoolYear::of))).toList();
    }

    private List<AnnualReport> reports() {
        Map<Integer, List<Row>> indicators = byOrd(rows(Tables.REPORT_INDICATOR), "report_ord");
        return rows(Tables.ANNUAL_REPORT).stream().map(r -> {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Row i : indicators.getOrDefault(r.integer("ord"), List.of())) {
                // Exact: the column holds at least as many decimals as the value had.
                values.put(i.text("indicator_code"), i.decimal("indicator_value").setScale(i.integer("value_scale")));
            }
            return new AnnualReport(SchoolYear.of(r.integer("school_year")), r.date("compiled_on"),
                    Codes.DOCUMENT_FORM.constant(r.text("document_form")), values,
                    r.optionalText("presented_at").map(MeetingId::of));
        }).toList();
    }

    private List<Submission> submissions() {
        return rows(Tables.SUBMISSION).stream().map(r -> new Submission(DocumentKind.of(r.text("kind_code"),
                r.text("kind_title")), SchoolYear.of(r.integer("school_year")),
                OrganisationId.of(r.text("to_organisation_id")), r.date("submitted_on"))).toList();
    }

    private List<StatusGrant> statusGrants() {
        Map<Integer, List<Row>> extensions = byOrd(rows(Tables.STATUS_EXTENSION), "grant_ord");
        return rows(Tables.STATUS_GRANT).stream().map(r -> new StatusGrant(r.text("topic"),
                act(r.integer("decision_act_no")),
                Period.of(r.integer("term_years"), r.integer("term_months"), r.integer("term_days")),
                act(r.optionalInteger("confirmation_act_no")),
                extensions.getOrDefault(r.integer("ord"), List.of()).stream().map(x -> new Extension(
                        act(x.integer("decision_act_no")),
                        Period.of(x.integer("by_years"), x.integer("by_months"), x.integer("by_days")))).toList()))
                .toList();
    }
}
