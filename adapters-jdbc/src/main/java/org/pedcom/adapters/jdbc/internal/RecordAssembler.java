package org.pedcom.adapters.jdbc.internal;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.pedcom.organisation.EducationLevel;
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

    // Positions of the columns read, resolved once: a sweep reads tens of millions of values.
    private static final int C_ID = at(Tables.COMMUNITY, "id");
    private static final int C_VERSION = at(Tables.COMMUNITY, "version");
    private static final int C_KIND_CODE = at(Tables.COMMUNITY, "kind_code");
    private static final int C_KIND_TITLE = at(Tables.COMMUNITY, "kind_title");
    private static final int C_NAME = at(Tables.COMMUNITY, "name");
    private static final int C_HOST = at(Tables.COMMUNITY, "host_organisation_id");
    private static final int C_CREATED_ON = at(Tables.COMMUNITY, "created_on");
    private static final int C_CREATION_ACT = at(Tables.COMMUNITY, "creation_act_no");
    private static final int C_FORM_CODE = at(Tables.COMMUNITY, "form_code");
    private static final int C_FORM_TITLE = at(Tables.COMMUNITY, "form_title");
    private static final int C_TERMINATION_ON = at(Tables.COMMUNITY, "termination_on");
    private static final int C_TERMINATION_CODE = at(Tables.COMMUNITY, "termination_reason_code");
    private static final int C_TERMINATION_TITLE = at(Tables.COMMUNITY, "termination_reason_title");
    private static final int C_TERMINATION_ACT = at(Tables.COMMUNITY, "termination_act_no");

    private static final int DIRECTION = at(Tables.COMMUNITY_DIRECTION, "direction");

    private static final int TQ_YEAR = at(Tables.TERM_QUARTER, "school_year");
    private static final int TQ_NO = at(Tables.TERM_QUARTER, "quarter_no");
    private static final int TQ_STARTS = at(Tables.TERM_QUARTER, "starts_on");
    private static final int TQ_ENDS = at(Tables.TERM_QUARTER, "ends_on");

    private static final int ORG_ID = at(Tables.ORGANISATION, "id");
    private static final int ORG_NAME = at(Tables.ORGANISATION, "name");
    private static final int ORG_KIND = at(Tables.ORGANISATION, "kind");
    private static final int ORG_REGION = at(Tables.ORGANISATION, "region");
    private static final int ORG_MUNICIPALITY = at(Tables.ORGANISATION, "municipality");
    private static final int OL_ORGANISATION = at(Tables.ORGANISATION_LEVEL, "organisation_id");
    private static final int OL_LEVEL = at(Tables.ORGANISATION_LEVEL, "education_level");

    private static final int ACT_NO = at(Tables.ACT, "act_no");
    private static final int ACT_KIND = at(Tables.ACT, "kind");
    private static final int ACT_NUMBER = at(Tables.ACT, "act_number");
    private static final int ACT_DATE = at(Tables.ACT, "act_date");
    private static final int ACT_ISSUER_KIND = at(Tables.ACT, "issuer_kind");
    private static final int ACT_ISSUER = at(Tables.ACT, "issuer_organisation_id");
    private static final int ACT_TITLE = at(Tables.ACT, "title");

    private static final int W_ID = at(Tables.WORKER, "id");
    private static final int W_POSITION_CODE = at(Tables.WORKER, "position_code");
    private static final int W_POSITION_TITLE = at(Tables.WORKER, "position_title");
    private static final int W_EMPLOYER = at(Tables.WORKER, "employer_id");
    private static final int WR_WORKER = at(Tables.WORKER_ROLE, "worker_id");
    private static final int WR_ROLE = at(Tables.WORKER_ROLE, "administrative_role");
    private static final int WC_WORKER = at(Tables.WORKER_CATEGORY, "worker_id");
    private static final int WC_CATEGORY = at(Tables.WORKER_CATEGORY, "category");
    private static final int WC_GRANTED = at(Tables.WORKER_CATEGORY, "granted_on");
    private static final int WS_WORKER = at(Tables.WORKER_WORK_SPAN, "worker_id");
    private static final int WS_FROM = at(Tables.WORKER_WORK_SPAN, "from_date");
    private static final int WS_UNTIL = at(Tables.WORKER_WORK_SPAN, "until_date");

    private static final int PD_WORKER = at(Tables.PERSONAL_DATA, "worker_id");
    private static final int PD_NAME = at(Tables.PERSONAL_DATA, "full_name");
    private static final int PD_BIRTH = at(Tables.PERSONAL_DATA, "birth_date");
    private static final int PD_EDUCATION = at(Tables.PERSONAL_DATA, "education");
    private static final int PC_WORKER = at(Tables.PERSONAL_CONTACT, "worker_id");
    private static final int PC_KIND = at(Tables.PERSONAL_CONTACT, "contact_kind");
    private static final int PC_VALUE = at(Tables.PERSONAL_CONTACT, "contact_value");
    private static final int PE_WORKER = at(Tables.PERSONAL_ENTRY, "worker_id");
    private static final int PE_KIND = at(Tables.PERSONAL_ENTRY, "entry_kind");
    private static final int PE_TEXT = at(Tables.PERSONAL_ENTRY, "entry_text");
    private static final int CONSENT_WORKER = at(Tables.PERSONAL_CONSENT, "worker_id");
    private static final int CONSENT_PURPOSE = at(Tables.PERSONAL_CONSENT, "purpose");
    private static final int CONSENT_GIVEN = at(Tables.PERSONAL_CONSENT, "given_on");
    private static final int CONSENT_WITHDRAWN = at(Tables.PERSONAL_CONSENT, "withdrawn_on");

    private static final int M_WORKER = at(Tables.MEMBERSHIP, "worker_id");
    private static final int M_JOINED = at(Tables.MEMBERSHIP, "joined_on");
    private static final int M_LEFT = at(Tables.MEMBERSHIP, "left_on");
    private static final int M_BASIS = at(Tables.MEMBERSHIP, "basis");

    private static final int AP_WORKER = at(Tables.APPOINTMENT, "worker_id");
    private static final int AP_ROLE = at(Tables.APPOINTMENT, "community_role");
    private static final int AP_FROM = at(Tables.APPOINTMENT, "from_date");
    private static final int AP_UNTIL = at(Tables.APPOINTMENT, "until_date");
    private static final int AP_ACT = at(Tables.APPOINTMENT, "act_no");

    private static final int CO_ORD = at(Tables.COMPOSITION_ORDER, "ord");
    private static final int CO_YEAR = at(Tables.COMPOSITION_ORDER, "school_year");
    private static final int CO_ACT = at(Tables.COMPOSITION_ORDER, "act_no");
    private static final int CM_ORDER = at(Tables.COMPOSITION_MEMBER, "order_ord");
    private static final int CM_WORKER = at(Tables.COMPOSITION_MEMBER, "worker_id");
    private static final int CD_ORDER = at(Tables.COMPOSITION_DIRECTION, "order_ord");
    private static final int CD_DIRECTION = at(Tables.COMPOSITION_DIRECTION, "direction");

    private static final int MT_ID = at(Tables.MEETING, "id");
    private static final int MT_HELD = at(Tables.MEETING, "held_on");
    private static final int MT_FORM_CODE = at(Tables.MEETING, "form_code");
    private static final int MT_FORM_TITLE = at(Tables.MEETING, "form_title");
    private static final int MT_TOPIC = at(Tables.MEETING, "topic");
    private static final int MT_SCENARIO = at(Tables.MEETING, "scenario");
    private static final int MT_PROTOCOL_NUMBER = at(Tables.MEETING, "protocol_number");
    private static final int MT_PROTOCOL_DATE = at(Tables.MEETING, "protocol_date");
    private static final int MT_REGISTRATION_KEPT = at(Tables.MEETING, "registration_kept");
    private static final int MT_GUESTS = at(Tables.MEETING, "registration_guests");
    private static final int AI_MEETING = at(Tables.AGENDA_ITEM, "meeting_id");
    private static final int AI_ORD = at(Tables.AGENDA_ITEM, "ord");
    private static final int AI_QUESTION = at(Tables.AGENDA_ITEM, "question");
    private static final int AO_MEETING = at(Tables.AGENDA_OUTCOME, "meeting_id");
    private static final int AO_ITEM = at(Tables.AGENDA_OUTCOME, "item_ord");
    private static final int AO_KIND = at(Tables.AGENDA_OUTCOME, "outcome_kind");
    private static final int AO_TEXT = at(Tables.AGENDA_OUTCOME, "outcome_text");
    private static final int SG_MEETING = at(Tables.PROTOCOL_SIGNATURE, "meeting_id");
    private static final int SG_SIGNER = at(Tables.PROTOCOL_SIGNATURE, "signer_id");
    private static final int SG_ROLE = at(Tables.PROTOCOL_SIGNATURE, "community_role");
    private static final int AT_MEETING = at(Tables.ATTENDANCE, "meeting_id");
    private static final int AT_WORKER = at(Tables.ATTENDANCE, "worker_id");

    private static final int PL_ORD = at(Tables.PLAN, "ord");
    private static final int PL_YEAR = at(Tables.PLAN, "school_year");
    private static final int PL_KIND = at(Tables.PLAN, "plan_kind");
    private static final int PL_AUTHOR = at(Tables.PLAN, "author_id");
    private static final int PI_PLAN = at(Tables.PLAN_ITEM, "plan_ord");
    private static final int PI_ORD = at(Tables.PLAN_ITEM, "ord");
    private static final int PI_TASK = at(Tables.PLAN_ITEM, "task");
    private static final int PI_EXPECTED = at(Tables.PLAN_ITEM, "expected_result");
    private static final int PI_FORM = at(Tables.PLAN_ITEM, "result_form");
    private static final int PIE_PLAN = at(Tables.PLAN_ITEM_EVENT, "plan_ord");
    private static final int PIE_ITEM = at(Tables.PLAN_ITEM_EVENT, "item_ord");
    private static final int PIE_EVENT = at(Tables.PLAN_ITEM_EVENT, "event");
    private static final int PS_PLAN = at(Tables.PLAN_STEP, "plan_ord");
    private static final int PS_KIND = at(Tables.PLAN_STEP, "step_kind");
    private static final int PS_ON = at(Tables.PLAN_STEP, "step_on");
    private static final int PS_MEETING = at(Tables.PLAN_STEP, "meeting_id");
    private static final int PS_ACT = at(Tables.PLAN_STEP, "act_no");
    private static final int PP_PLAN = at(Tables.PLAN_PUBLICATION, "plan_ord");
    private static final int PP_CHANNEL = at(Tables.PLAN_PUBLICATION, "channel");
    private static final int PP_ORGANISATION = at(Tables.PLAN_PUBLICATION, "organisation_id");
    private static final int PP_ON = at(Tables.PLAN_PUBLICATION, "published_on");

    private static final int D_KIND_CODE = at(Tables.DOCUMENT, "kind_code");
    private static final int D_KIND_TITLE = at(Tables.DOCUMENT, "kind_title");
    private static final int D_TITLE = at(Tables.DOCUMENT, "title");
    private static final int D_DATE = at(Tables.DOCUMENT, "document_date");
    private static final int D_FORM = at(Tables.DOCUMENT, "document_form");
    private static final int D_KEPT_AT = at(Tables.DOCUMENT, "kept_at_id");
    private static final int D_YEAR = at(Tables.DOCUMENT, "school_year");

    private static final int AR_ORD = at(Tables.ANNUAL_REPORT, "ord");
    private static final int AR_YEAR = at(Tables.ANNUAL_REPORT, "school_year");
    private static final int AR_COMPILED = at(Tables.ANNUAL_REPORT, "compiled_on");
    private static final int AR_FORM = at(Tables.ANNUAL_REPORT, "document_form");
    private static final int AR_PRESENTED = at(Tables.ANNUAL_REPORT, "presented_at");
    private static final int RI_REPORT = at(Tables.REPORT_INDICATOR, "report_ord");
    private static final int RI_CODE = at(Tables.REPORT_INDICATOR, "indicator_code");
    private static final int RI_VALUE = at(Tables.REPORT_INDICATOR, "indicator_value");
    private static final int RI_SCALE = at(Tables.REPORT_INDICATOR, "value_scale");

    private static final int SU_KIND_CODE = at(Tables.SUBMISSION, "kind_code");
    private static final int SU_KIND_TITLE = at(Tables.SUBMISSION, "kind_title");
    private static final int SU_YEAR = at(Tables.SUBMISSION, "school_year");
    private static final int SU_TO = at(Tables.SUBMISSION, "to_organisation_id");
    private static final int SU_ON = at(Tables.SUBMISSION, "submitted_on");

    private static final int SGR_ORD = at(Tables.STATUS_GRANT, "ord");
    private static final int SGR_TOPIC = at(Tables.STATUS_GRANT, "topic");
    private static final int SGR_DECISION = at(Tables.STATUS_GRANT, "decision_act_no");
    private static final int SGR_YEARS = at(Tables.STATUS_GRANT, "term_years");
    private static final int SGR_MONTHS = at(Tables.STATUS_GRANT, "term_months");
    private static final int SGR_DAYS = at(Tables.STATUS_GRANT, "term_days");
    private static final int SGR_CONFIRMATION = at(Tables.STATUS_GRANT, "confirmation_act_no");
    private static final int SX_GRANT = at(Tables.STATUS_EXTENSION, "grant_ord");
    private static final int SX_DECISION = at(Tables.STATUS_EXTENSION, "decision_act_no");
    private static final int SX_YEARS = at(Tables.STATUS_EXTENSION, "by_years");
    private static final int SX_MONTHS = at(Tables.STATUS_EXTENSION, "by_months");
    private static final int SX_DAYS = at(Tables.STATUS_EXTENSION, "by_days");

    private final Row header;
    private final Map<Table, List<Row>> parts;
    private final Map<Integer, Act> acts = new HashMap<>();

    private RecordAssembler(Row header, Map<Table, List<Row>> parts) {
        this.header = header;
        this.parts = parts;
    }

    private static int at(Table table, String column) {
        return table.position(column);
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

    /** The stored version in a community's header row. */
    static long version(Row header) {
        return header.bigint(C_VERSION);
    }

    private List<Row> rows(Table table) {
        return parts.getOrDefault(table, List.of());
    }

    /**
     * The rows grouped by the value of one column. Rows arrive sorted by that column within a community, so each
     * group is a run of consecutive rows and becomes a view of {@code rows}, with one map entry per group and no
     * copy; rows that are not sorted still group correctly, the slower way.
     */
    private static Map<Object, List<Row>> group(List<Row> rows, int position) {
        int size = rows.size();
        Map<Object, List<Row>> groups = new HashMap<>(size);
        int start = 0;
        Object key = null;
        for (int i = 0; i < size; i++) {
            Object value = rows.get(i).key(position);
            if (i > 0 && !value.equals(key)) {
                if (groups.put(key, rows.subList(start, i)) != null) {
                    return groupUnsorted(rows, position);
                }
                start = i;
            }
            key = value;
        }
        if (size > 0 && groups.put(key, rows.subList(start, size)) != null) {
            return groupUnsorted(rows, position);
        }
        return groups;
    }

    private static Map<Object, List<Row>> groupUnsorted(List<Row> rows, int position) {
        Map<Object, List<Row>> groups = new HashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(row.key(position), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static List<Row> in(Map<Object, List<Row>> groups, Object key) {
        return groups.getOrDefault(key, List.of());
    }

    private static List<String> texts(List<Row> rows, int position) {
        List<String> texts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            texts.add(row.text(position));
        }
        return texts;
    }

    private static Set<WorkerId> workerIds(List<Row> rows, int position) {
        Set<WorkerId> ids = new HashSet<>();
        for (Row row : rows) {
            ids.add(WorkerId.of(row.text(position)));
        }
        return ids;
    }

    /** The texts of the rows whose {@code kindPosition} holds {@code kind}, in their order. */
    private static List<String> texts(List<Row> rows, int kindPosition, String kind, int position) {
        List<String> texts = new ArrayList<>();
        for (Row row : rows) {
            if (row.text(kindPosition).equals(kind)) {
                texts.add(row.text(position));
            }
        }
        return texts;
    }

    private CommunityRecord assemble() {
        for (Row r : rows(Tables.ACT)) {
            acts.put(r.integer(ACT_NO), new Act(Codes.ACT_KIND.constant(r.text(ACT_KIND)), r.text(ACT_NUMBER),
                    r.date(ACT_DATE), Body.of(Codes.BODY_KIND.constant(r.text(ACT_ISSUER_KIND)),
                    OrganisationId.of(r.text(ACT_ISSUER))), r.text(ACT_TITLE)));
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
        Optional<CommunityForm> form = h.optionalText(C_FORM_CODE)
                .map(code -> CommunityForm.of(code, h.text(C_FORM_TITLE)));
        Optional<Termination> termination = h.optionalDate(C_TERMINATION_ON).map(on -> new Termination(on,
                TerminationReason.of(h.text(C_TERMINATION_CODE), h.text(C_TERMINATION_TITLE)),
                act(h.optionalInteger(C_TERMINATION_ACT))));
        return new Community(CommunityId.of(h.text(C_ID)), CommunityKind.of(h.text(C_KIND_CODE),
                h.text(C_KIND_TITLE)), h.text(C_NAME), OrganisationId.of(h.text(C_HOST)), h.date(C_CREATED_ON),
                act(h.optionalInteger(C_CREATION_ACT)), form, texts(rows(Tables.COMMUNITY_DIRECTION), DIRECTION),
                termination);
    }

    private TermCalendar terms() {
        List<Row> rows = rows(Tables.TERM_QUARTER);
        if (rows.isEmpty()) {
            return TermCalendar.standard();
        }
        List<AcademicQuarter> quarters = new ArrayList<>(rows.size());
        for (Row r : rows) {
            quarters.add(AcademicQuarter.of(SchoolYear.of(r.integer(TQ_YEAR)), r.integer(TQ_NO),
                    DateRange.of(r.date(TQ_STARTS), r.date(TQ_ENDS))));
        }
        return TermCalendar.of(quarters);
    }

    private List<Organisation> organisations() {
        Map<Object, List<Row>> levels = group(rows(Tables.ORGANISATION_LEVEL), OL_ORGANISATION);
        List<Organisation> organisations = new ArrayList<>();
        for (Row r : rows(Tables.ORGANISATION)) {
            String id = r.text(ORG_ID);
            Set<EducationLevel> held = new HashSet<>();
            for (Row l : in(levels, id)) {
                held.add(Codes.EDUCATION_LEVEL.constant(l.text(OL_LEVEL)));
            }
            organisations.add(new Organisation(OrganisationId.of(id), r.text(ORG_NAME),
                    Codes.ORGANISATION_KIND.constant(r.text(ORG_KIND)), held,
                    Territory.of(r.text(ORG_REGION), r.text(ORG_MUNICIPALITY))));
        }
        return organisations;
    }

    private List<PedagogicalWorker> workers() {
        Map<Object, List<Row>> roles = group(rows(Tables.WORKER_ROLE), WR_WORKER);
        Map<Object, List<Row>> categories = group(rows(Tables.WORKER_CATEGORY), WC_WORKER);
        Map<Object, List<Row>> spans = group(rows(Tables.WORKER_WORK_SPAN), WS_WORKER);
        Map<String, Row> personal = new HashMap<>();
        for (Row p : rows(Tables.PERSONAL_DATA)) {
            personal.put(p.text(PD_WORKER), p);
        }
        Map<Object, List<Row>> contacts = group(rows(Tables.PERSONAL_CONTACT), PC_WORKER);
        Map<Object, List<Row>> entries = group(rows(Tables.PERSONAL_ENTRY), PE_WORKER);
        Map<Object, List<Row>> consents = group(rows(Tables.PERSONAL_CONSENT), CONSENT_WORKER);
        List<PedagogicalWorker> workers = new ArrayList<>();
        for (Row r : rows(Tables.WORKER)) {
            String id = r.text(W_ID);
            Set<AdministrativeRole> held = new HashSet<>();
            for (Row x : in(roles, id)) {
                held.add(Codes.ADMINISTRATIVE_ROLE.constant(x.text(WR_ROLE)));
            }
            List<CategoryGrant> grants = new ArrayList<>();
            for (Row x : in(categories, id)) {
                grants.add(CategoryGrant.of(Codes.QUALIFICATION_CATEGORY.constant(x.text(WC_CATEGORY)),
                        x.date(WC_GRANTED)));
            }
            List<WorkSpan> worked = new ArrayList<>();
            for (Row x : in(spans, id)) {
                worked.add(new WorkSpan(x.date(WS_FROM), x.optionalDate(WS_UNTIL)));
            }
            Row p = personal.get(id);
            if (p == null) {
                throw new IllegalStateException("pedcom_personal_data has no row for a worker");
            }
            workers.add(new PedagogicalWorker(WorkerId.of(id), Position.of(r.text(W_POSITION_CODE),
                    r.text(W_POSITION_TITLE)), OrganisationId.of(r.text(W_EMPLOYER)), held,
                    new Qualifications(grants), new SpecialtyExperience(worked),
                    personalData(p, in(contacts, id), in(entries, id), in(consents, id))));
        }
        return workers;
    }

    private static PersonalData personalData(Row p, List<Row> contacts, List<Row> entries, List<Row> consents) {
        List<Contact> reachable = new ArrayList<>(contacts.size());
        for (Row c : contacts) {
            reachable.add(new Contact(Codes.CONTACT_KIND.constant(c.text(PC_KIND)), c.text(PC_VALUE)));
        }
        List<Consent> given = new ArrayList<>(consents.size());
        for (Row c : consents) {
            given.add(new Consent(Codes.CONSENT_PURPOSE.constant(c.text(CONSENT_PURPOSE)), c.date(CONSENT_GIVEN),
                    c.optionalDate(CONSENT_WITHDRAWN)));
        }
        return new PersonalData(p.text(PD_NAME), p.optionalDate(PD_BIRTH), p.optionalText(PD_EDUCATION), reachable,
                texts(entries, PE_KIND, Codes.AWARD, PE_TEXT), texts(entries, PE_KIND, Codes.TITLE, PE_TEXT),
                texts(entries, PE_KIND, Codes.PUBLICATION, PE_TEXT), texts(entries, PE_KIND, Codes.CONTEST, PE_TEXT),
                given);
    }

    private List<Membership> memberships() {
        List<Membership> memberships = new ArrayList<>();
        for (Row r : rows(Tables.MEMBERSHIP)) {
            memberships.add(new Membership(WorkerId.of(r.text(M_WORKER)), r.date(M_JOINED), r.optionalDate(M_LEFT),
                    Codes.MEMBERSHIP_BASIS.constant(r.text(M_BASIS))));
        }
        return memberships;
    }

    private List<Appointment> appointments() {
        List<Appointment> appointments = new ArrayList<>();
        for (Row r : rows(Tables.APPOINTMENT)) {
            appointments.add(new Appointment(WorkerId.of(r.text(AP_WORKER)),
                    Codes.COMMUNITY_ROLE.constant(r.text(AP_ROLE)), r.date(AP_FROM), r.optionalDate(AP_UNTIL),
                    act(r.optionalInteger(AP_ACT))));
        }
        return appointments;
    }

    private List<CompositionOrder> compositionOrders() {
        Map<Object, List<Row>> members = group(rows(Tables.COMPOSITION_MEMBER), CM_ORDER);
        Map<Object, List<Row>> directions = group(rows(Tables.COMPOSITION_DIRECTION), CD_ORDER);
        List<CompositionOrder> orders = new ArrayList<>();
        for (Row r : rows(Tables.COMPOSITION_ORDER)) {
            Integer ord = r.integer(CO_ORD);
            orders.add(new CompositionOrder(SchoolYear.of(r.integer(CO_YEAR)), act(r.integer(CO_ACT)),
                    workerIds(in(members, ord), CM_WORKER),
                    texts(in(directions, ord), CD_DIRECTION)));
        }
        return orders;
    }

    private List<Meeting> meetings() {
        Map<Object, List<Row>> items = group(rows(Tables.AGENDA_ITEM), AI_MEETING);
        Map<Object, List<Row>> outcomes = group(rows(Tables.AGENDA_OUTCOME), AO_MEETING);
        Map<Object, List<Row>> signatures = group(rows(Tables.PROTOCOL_SIGNATURE), SG_MEETING);
        Map<Object, List<Row>> attendance = group(rows(Tables.ATTENDANCE), AT_MEETING);
        List<Meeting> meetings = new ArrayList<>();
        for (Row r : rows(Tables.MEETING)) {
            String id = r.text(MT_ID);
            Map<Object, List<Row>> outcomesByItem = group(in(outcomes, id), AO_ITEM);
            List<AgendaItem> agenda = new ArrayList<>();
            for (Row i : in(items, id)) {
                List<Row> decided = in(outcomesByItem, i.integer(AI_ORD));
                agenda.add(AgendaItem.of(i.text(AI_QUESTION), texts(decided, AO_KIND, Codes.DECISION, AO_TEXT),
                        texts(decided, AO_KIND, Codes.RECOMMENDATION, AO_TEXT)));
            }
            Optional<Protocol> protocol = Optional.empty();
            Optional<String> number = r.optionalText(MT_PROTOCOL_NUMBER);
            if (number.isPresent()) {
                List<Signature> signed = new ArrayList<>();
                for (Row s : in(signatures, id)) {
                    signed.add(new Signature(WorkerId.of(s.text(SG_SIGNER)),
                            Codes.COMMUNITY_ROLE.constant(s.text(SG_ROLE))));
                }
                protocol = Optional.of(new Protocol(number.get(), r.date(MT_PROTOCOL_DATE), signed));
            }
            Optional<RegistrationSheet> registration = Optional.empty();
            if (r.bool(MT_REGISTRATION_KEPT)) {
                registration = Optional.of(new RegistrationSheet(workerIds(in(attendance, id), AT_WORKER),
                        r.integer(MT_GUESTS)));
            }
            meetings.add(new Meeting(MeetingId.of(id), r.date(MT_HELD), EventForm.of(r.text(MT_FORM_CODE),
                    r.text(MT_FORM_TITLE)), r.text(MT_TOPIC), agenda, protocol, registration,
                    r.optionalText(MT_SCENARIO)));
        }
        return meetings;
    }

    private List<Plan> plans() {
        Map<Object, List<Row>> items = group(rows(Tables.PLAN_ITEM), PI_PLAN);
        Map<Object, List<Row>> events = group(rows(Tables.PLAN_ITEM_EVENT), PIE_PLAN);
        Map<Object, List<Row>> steps = group(rows(Tables.PLAN_STEP), PS_PLAN);
        Map<Object, List<Row>> publications = group(rows(Tables.PLAN_PUBLICATION), PP_PLAN);
        List<Plan> plans = new ArrayList<>();
        for (Row r : rows(Tables.PLAN)) {
            Integer ord = r.integer(PL_ORD);
            Map<Object, List<Row>> eventsByItem = group(in(events, ord), PIE_ITEM);
            List<PlanItem> planItems = new ArrayList<>();
            for (Row i : in(items, ord)) {
                planItems.add(new PlanItem(i.text(PI_TASK), texts(in(eventsByItem, i.integer(PI_ORD)), PIE_EVENT),
                        i.text(PI_EXPECTED), i.text(PI_FORM)));
            }
            List<PlanStep> planSteps = new ArrayList<>();
            for (Row s : in(steps, ord)) {
                planSteps.add(step(s));
            }
            List<Publication> planPublications = new ArrayList<>();
            for (Row p : in(publications, ord)) {
                planPublications.add(new Publication(Codes.PUBLICATION_CHANNEL.constant(p.text(PP_CHANNEL)),
                        OrganisationId.of(p.text(PP_ORGANISATION)), p.date(PP_ON)));
            }
            plans.add(new Plan(SchoolYear.of(r.integer(PL_YEAR)), Codes.PLAN_KIND.constant(r.text(PL_KIND)),
                    r.optionalText(PL_AUTHOR).map(WorkerId::of), planItems, planSteps, planPublications));
        }
        return plans;
    }

    private PlanStep step(Row s) {
        String kind = s.text(PS_KIND);
        return switch (kind) {
            case Codes.DRAFTED -> new PlanStep.Drafted(s.date(PS_ON));
            case Codes.REVIEWED -> new PlanStep.Reviewed(s.date(PS_ON), MeetingId.of(s.text(PS_MEETING)));
            case Codes.APPROVED -> new PlanStep.Approved(act(s.integer(PS_ACT)));
            default -> throw new IllegalStateException("unknown plan step kind '" + kind + "'");
        };
    }

    private List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (Row r : rows(Tables.DOCUMENT)) {
            documents.add(new Document(DocumentKind.of(r.text(D_KIND_CODE), r.text(D_KIND_TITLE)), r.text(D_TITLE),
                    r.date(D_DATE), Codes.DOCUMENT_FORM.constant(r.text(D_FORM)),
                    r.optionalText(D_KEPT_AT).map(OrganisationId::of),
                    r.optionalInteger(D_YEAR).map(SchoolYear::of)));
        }
        return documents;
    }

    private List<AnnualReport> reports() {
        Map<Object, List<Row>> indicators = group(rows(Tables.REPORT_INDICATOR), RI_REPORT);
        List<AnnualReport> reports = new ArrayList<>();
        for (Row r : rows(Tables.ANNUAL_REPORT)) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Row i : in(indicators, r.integer(AR_ORD))) {
                // Exact: the column holds at least as many decimals as the value had.
                values.put(i.text(RI_CODE), i.decimal(RI_VALUE).setScale(i.integer(RI_SCALE)));
            }
            reports.add(new AnnualReport(SchoolYear.of(r.integer(AR_YEAR)), r.date(AR_COMPILED),
                    Codes.DOCUMENT_FORM.constant(r.text(AR_FORM)), values,
                    r.optionalText(AR_PRESENTED).map(MeetingId::of)));
        }
        return reports;
    }

    private List<Submission> submissions() {
        List<Submission> submissions = new ArrayList<>();
        for (Row r : rows(Tables.SUBMISSION)) {
            submissions.add(new Submission(DocumentKind.of(r.text(SU_KIND_CODE), r.text(SU_KIND_TITLE)),
                    SchoolYear.of(r.integer(SU_YEAR)), OrganisationId.of(r.text(SU_TO)), r.date(SU_ON)));
        }
        return submissions;
    }

    private List<StatusGrant> statusGrants() {
        Map<Object, List<Row>> extensions = group(rows(Tables.STATUS_EXTENSION), SX_GRANT);
        List<StatusGrant> grants = new ArrayList<>();
        for (Row r : rows(Tables.STATUS_GRANT)) {
            List<Extension> extended = new ArrayList<>();
            for (Row x : in(extensions, r.integer(SGR_ORD))) {
                extended.add(new Extension(act(x.integer(SX_DECISION)),
                        Period.of(x.integer(SX_YEARS), x.integer(SX_MONTHS), x.integer(SX_DAYS))));
            }
            grants.add(new StatusGrant(r.text(SGR_TOPIC), act(r.integer(SGR_DECISION)),
                    Period.of(r.integer(SGR_YEARS), r.integer(SGR_MONTHS), r.integer(SGR_DAYS)),
                    act(r.optionalInteger(SGR_CONFIRMATION)), extended));
        }
        return grants;
    }
}
