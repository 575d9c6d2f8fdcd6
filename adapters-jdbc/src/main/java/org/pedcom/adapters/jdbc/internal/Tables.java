package org.pedcom.adapters.jdbc.internal;

import static org.pedcom.adapters.jdbc.internal.Table.bigint;
import static org.pedcom.adapters.jdbc.internal.Table.binary;
import static org.pedcom.adapters.jdbc.internal.Table.bool;
import static org.pedcom.adapters.jdbc.internal.Table.date;
import static org.pedcom.adapters.jdbc.internal.Table.decimal;
import static org.pedcom.adapters.jdbc.internal.Table.integer;
import static org.pedcom.adapters.jdbc.internal.Table.smallint;
import static org.pedcom.adapters.jdbc.internal.Table.text;

import java.util.List;

/** The tables of {@code db/migration/pedcom}, as the code sees them. Keep in step with the migrations. */
public final class Tables {

    private static final String CID = "community_id";

    public static final Table COMMUNITY = Table.of("pedcom_community", "id",
            text("id"), bigint("version"), text("kind_code"), text("kind_title"), text("name"),
            text("host_organisation_id"), text("host_region"), text("host_municipality"), date("created_on"),
            integer("creation_act_no"), text("form_code"), text("form_title"), date("termination_on"),
            text("termination_reason_code"), text("termination_reason_title"), integer("termination_act_no"));

    static final Table COMMUNITY_DIRECTION = Table.of("pedcom_community_direction", "community_id, ord",
            text(CID), integer("ord"), text("direction"));

    static final Table TERM_QUARTER = Table.of("pedcom_term_quarter", "community_id, school_year, quarter_no",
            text(CID), integer("school_year"), smallint("quarter_no"), date("starts_on"), date("ends_on"));

    static final Table ORGANISATION = Table.of("pedcom_organisation", "community_id, ord",
            text(CID), text("id"), integer("ord"), text("name"), text("kind"), text("region"), text("municipality"));

    static final Table ORGANISATION_LEVEL = Table.of("pedcom_organisation_level",
            "community_id, organisation_id, education_level",
            text(CID), text("organisation_id"), text("education_level"));

    static final Table ACT = Table.of("pedcom_act", "community_id, act_no",
            text(CID), integer("act_no"), text("kind"), text("act_number"), date("act_date"), text("issuer_kind"),
            text("issuer_organisation_id"), text("title"));

    static final Table WORKER = Table.of("pedcom_worker", "community_id, ord",
            text(CID), text("id"), integer("ord"), text("position_code"), text("position_title"), text("employer_id"));

    static final Table WORKER_ROLE = Table.of("pedcom_worker_role", "community_id, worker_id, administrative_role",
            text(CID), text("worker_id"), text("administrative_role"));

    static final Table WORKER_CATEGORY = Table.of("pedcom_worker_category", "community_id, worker_id, ord",
            text(CID), text("worker_id"), integer("ord"), text("category"), date("granted_on"));

    static final Table WORKER_WORK_SPAN = Table.of("pedcom_worker_work_span", "community_id, worker_id, ord",
            text(CID), text("worker_id"), integer("ord"), date("from_date"), date("until_date"));

    static final Table PERSONAL_DATA = Table.of("pedcom_personal_data", "community_id, worker_id",
            text(CID), text("worker_id"), text("full_name"), date("birth_date"), text("education"));

    static final Table PERSONAL_CONTACT = Table.of("pedcom_personal_contact", "community_id, worker_id, ord",
            text(CID), text("worker_id"), integer("ord"), text("contact_kind"), text("contact_value"));

    static final Table PERSONAL_ENTRY = Table.of("pedcom_personal_entry", "community_id, worker_id, entry_kind, ord",
            text(CID), text("worker_id"), text("entry_kind"), integer("ord"), text("entry_text"));

    static final Table PERSONAL_CONSENT = Table.of("pedcom_personal_consent", "community_id, worker_id, ord",
            text(CID), text("worker_id"), integer("ord"), text("purpose"), date("given_on"), date("withdrawn_on"));

    static final Table MEMBERSHIP = Table.of("pedcom_membership", "community_id, ord",
            text(CID), integer("ord"), text("worker_id"), date("joined_on"), date("left_on"), text("basis"));

    static final Table APPOINTMENT = Table.of("pedcom_appointment", "community_id, ord",
            text(CID), integer("ord"), text("worker_id"), text("community_role"), date("from_date"),
            date("until_date"), integer("act_no"));

    static final Table COMPOSITION_ORDER = Table.of("pedcom_composition_order", "community_id, ord",
            text(CID), integer("ord"), integer("school_year"), integer("act_no"));

    static final Table COMPOSITION_MEMBER = Table.of("pedcom_composition_member",
            "community_id, order_ord, worker_id",
            text(CID), integer("order_ord"), text("worker_id"));

    static final Table COMPOSITION_DIRECTION = Table.of("pedcom_composition_direction",
            "community_id, order_ord, ord",
            text(CID), integer("order_ord"), integer("ord"), text("direction"));

    static final Table MEETING = Table.of("pedcom_meeting", "community_id, ord",
            text(CID), text("id"), integer("ord"), date("held_on"), text("form_code"), text("form_title"),
            text("topic"), text("scenario"), text("protocol_number"), date("protocol_date"),
            bool("registration_kept"), integer("registration_guests"));

    static final Table AGENDA_ITEM = Table.of("pedcom_agenda_item", "community_id, meeting_id, ord",
            text(CID), text("meeting_id"), integer("ord"), text("question"));

    static final Table AGENDA_OUTCOME = Table.of("pedcom_agenda_outcome",
            "community_id, meeting_id, item_ord, outcome_kind, ord",
            text(CID), text("meeting_id"), integer("item_ord"), text("outcome_kind"), integer("ord"),
            text("outcome_text"));

    static final Table PROTOCOL_SIGNATURE = Table.of("pedcom_protocol_signature", "community_id, meeting_id, ord",
            text(CID), text("meeting_id"), integer("ord"), text("signer_id"), text("community_role"));

    static final Table ATTENDANCE = Table.of("pedcom_attendance", "community_id, meeting_id, worker_id",
            text(CID), text("meeting_id"), text("worker_id"));

    static final Table PLAN = Table.of("pedcom_plan", "community_id, ord",
            text(CID), integer("ord"), integer("school_year"), text("plan_kind"), text("author_id"));

    static final Table PLAN_ITEM = Table.of("pedcom_plan_item", "community_id, plan_ord, ord",
            text(CID), integer("plan_ord"), integer("ord"), text("task"), text("expected_result"),
            text("result_form"));

    static final Table PLAN_ITEM_EVENT = Table.of("pedcom_plan_item_event",
            "community_id, plan_ord, item_ord, ord",
            text(CID), integer("plan_ord"), integer("item_ord"), integer("ord"), text("event"));

    static final Table PLAN_STEP = Table.of("pedcom_plan_step", "community_id, plan_ord, ord",
            text(CID), integer("plan_ord"), integer("ord"), text("step_kind"), date("step_on"), text("meeting_id"),
            integer("act_no"));

    static final Table PLAN_PUBLICATION = Table.of("pedcom_plan_publication", "community_id, plan_ord, ord",
            text(CID), integer("plan_ord"), integer("ord"), text("channel"), text("organisation_id"),
            date("published_on"));

    static final Table DOCUMENT = Table.of("pedcom_document", "community_id, ord",
            text(CID), integer("ord"), text("kind_code"), text("kind_title"), text("title"), date("document_date"),
            text("document_form"), text("kept_at_id"), integer("school_year"));

    static final Table ANNUAL_REPORT = Table.of("pedcom_annual_report", "community_id, ord",
            text(CID), integer("ord"), integer("school_year"), date("compiled_on"), text("document_form"),
            text("presented_at"));

    static final Table REPORT_INDICATOR = Table.of("pedcom_report_indicator",
            "community_id, report_ord, indicator_code",
            text(CID), integer("report_ord"), text("indicator_code"), decimal("indicator_value"),
            smallint("value_scale"));

    static final Table SUBMISSION = Table.of("pedcom_submission", "community_id, ord",
            text(CID), integer("ord"), text("kind_code"), text("kind_title"), integer("school_year"),
            text("to_organisation_id"), date("submitted_on"));

    static final Table STATUS_GRANT = Table.of("pedcom_status_grant", "community_id, ord",
            text(CID), integer("ord"), text("topic"), integer("decision_act_no"), integer("term_years"),
            integer("term_months"), integer("term_days"), integer("confirmation_act_no"));

    static final Table STATUS_EXTENSION = Table.of("pedcom_status_extension", "community_id, grant_ord, ord",
            text(CID), integer("grant_ord"), integer("ord"), integer("decision_act_no"), integer("by_years"),
            integer("by_months"), integer("by_days"));

    /** The parts of a record, parents before children: the order rows are inserted in. */
    public static final List<Table> PARTS = List.of(COMMUNITY_DIRECTION, TERM_QUARTER, ORGANISATION,
            ORGANISATION_LEVEL, ACT, WORKER, WORKER_ROLE, WORKER_CATEGORY, WORKER_WORK_SPAN, PERSONAL_DATA,
            PERSONAL_CONTACT, PERSONAL_ENTRY, PERSONAL_CONSENT, MEMBERSHIP, APPOINTMENT, COMPOSITION_ORDER,
            COMPOSITION_MEMBER, COMPOSITION_DIRECTION, MEETING, AGENDA_ITEM, AGENDA_OUTCOME, PROTOCOL_SIGNATURE,
            ATTENDANCE, PLAN, PLAN_ITEM, PLAN_ITEM_EVENT, PLAN_STEP, PLAN_PUBLICATION, DOCUMENT, ANNUAL_REPORT,
            REPORT_INDICATOR, SUBMISSION, STATUS_GRANT, STATUS_EXTENSION);

    /** The parts holding personal data (152-ФЗ): the tables named {@code pedcom_personal_*}. */
    static final List<Table> PERSONAL_PARTS = PARTS.stream().filter(t -> t.name().startsWith("pedcom_personal_"))
            .toList();

    /** Every other part: what {@link #COMMUNITY_PACKED} packs. */
    static final List<Table> COMMUNITY_PACKED_PARTS = PARTS.stream().filter(t -> !PERSONAL_PARTS.contains(t))
            .toList();

    /** The parts of {@link #COMMUNITY_PACKED_PARTS} packed into one value per community (V2; see {@link Packs}). */
    static final Table COMMUNITY_PACKED = Table.of("pedcom_community_packed", "community_id",
            text(CID), smallint("format"), binary("pack"));

    /** The parts of {@link #PERSONAL_PARTS} packed, kept apart from the rest as the personal data itself is. */
    static final Table PERSONAL_PACKED = Table.of("pedcom_personal_packed", "community_id",
            text(CID), smallint("format"), binary("pack"));

    /** The packs of a record, inserted after its parts. */
    public static final List<Table> PACKS = List.of(COMMUNITY_PACKED, PERSONAL_PACKED);

    /** Every table of a record, the community first, the packs last. */
    public static final List<Table> ALL = java.util.stream.Stream.of(List.of(COMMUNITY), PARTS, PACKS)
            .flatMap(List::stream).toList();

    /**
     * The last version of each removed community (V3), so that adding the identifier again never reuses a version.
     * Not in {@link #ALL}: it outlives the record, which is the point of it.
     */
    public static final Table REMOVED = Table.of("pedcom_community_removed", "community_id",
            text(CID), bigint("last_version"));

    private Tables() {
    }
}
