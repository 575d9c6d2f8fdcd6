-- pedcom, schema version 1: the records of professional teacher communities («дела сообществ»).
--
-- Runs unchanged on PostgreSQL 14 and newer and on H2 2.x in its regular mode: plain SQL types (VARCHAR, DATE,
-- INTEGER, BIGINT, SMALLINT, NUMERIC, BOOLEAN), no sequences, no dialect functions. Keep it that way: every later
-- migration is tested on both databases.
--
-- Layout rules:
--  * Every table is prefixed pedcom_, so the schema can live in a portal's own database beside its tables.
--  * A community record is one aggregate: every part carries community_id and belongs to its parent by a foreign
--    key with ON DELETE CASCADE, so deleting the community row deletes the whole record. A save replaces the record
--    as a whole in one transaction.
--  * References between parts of one record (a signature's worker, a review's meeting, an act's issuer) are checked
--    by the domain (CommunityRecord refuses dangling references on save and on load), not by foreign keys: such keys
--    would need an index per referencing column to keep deletes fast, and every save deletes.
--  * Lists keep their order in an ord column (0, 1, 2, …); sets have none.
--  * Enumerations are stored as stable lower-case codes, never as Java constant names; open vocabularies (community
--    kind, form, event form, document kind, position, termination reason) keep their code and their Russian title.
--  * Personal data of teachers (152-ФЗ) lives only in the tables named pedcom_personal_*, so that access to it can be
--    granted, audited or encrypted separately. Those columns have no length limits, so no database error can ever
--    have to quote them.
--  * A school year is stored as the calendar year it starts in: 2024 for 2024/2025.

CREATE TABLE pedcom_community (
    id                       VARCHAR(200) NOT NULL,
    version                  BIGINT       NOT NULL,
    kind_code                VARCHAR(100) NOT NULL,
    kind_title               VARCHAR      NOT NULL,
    name                     VARCHAR      NOT NULL,
    host_organisation_id     VARCHAR(200) NOT NULL,
    -- The host organisation's territory, copied from pedcom_organisation so that a district sweep is one index scan.
    host_region              VARCHAR(300) NOT NULL,
    host_municipality        VARCHAR(300) NOT NULL,
    created_on               DATE         NOT NULL,
    creation_act_no          INTEGER,
    form_code                VARCHAR(100),
    form_title               VARCHAR,
    termination_on           DATE,
    termination_reason_code  VARCHAR(100),
    termination_reason_title VARCHAR,
    termination_act_no       INTEGER,
    CONSTRAINT pedcom_community_pk PRIMARY KEY (id),
    CONSTRAINT pedcom_community_version_ck CHECK (version >= 1),
    CONSTRAINT pedcom_community_form_ck CHECK (
        (form_code IS NULL AND form_title IS NULL) OR (form_code IS NOT NULL AND form_title IS NOT NULL)),
    CONSTRAINT pedcom_community_termination_ck CHECK (
        (termination_on IS NULL AND termination_reason_code IS NULL AND termination_reason_title IS NULL
            AND termination_act_no IS NULL)
        OR (termination_on IS NOT NULL AND termination_reason_code IS NOT NULL AND termination_reason_title IS NOT NULL
            AND termination_on >= created_on))
);
CREATE INDEX pedcom_community_municipality_ix ON pedcom_community (host_region, host_municipality, id);
CREATE INDEX pedcom_community_region_ix ON pedcom_community (host_region, id);

CREATE TABLE pedcom_community_direction (
    community_id VARCHAR(200) NOT NULL,
    ord          INTEGER      NOT NULL,
    direction    VARCHAR      NOT NULL,
    CONSTRAINT pedcom_community_direction_pk PRIMARY KEY (community_id, ord),
    CONSTRAINT pedcom_community_direction_fk FOREIGN KEY (community_id)
        REFERENCES pedcom_community (id) ON DELETE CASCADE
);

-- The school's own dates of its academic quarters; a school year without rows uses the standard split.
CREATE TABLE pedcom_term_quarter (
    community_id VARCHAR(200) NOT NULL,
    school_year  INTEGER      NOT NULL,
    quarter_no   SMALLINT     NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL,
    CONSTRAINT pedcom_term_quarter_pk PRIMARY KEY (community_id, school_year, quarter_no),
    CONSTRAINT pedcom_term_quarter_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_term_quarter_no_ck CHECK (quarter_no BETWEEN 1 AND 4),
    CONSTRAINT pedcom_term_quarter_dates_ck CHECK (ends_on >= starts_on)
);

CREATE TABLE pedcom_organisation (
    community_id VARCHAR(200) NOT NULL,
    id           VARCHAR(200) NOT NULL,
    ord          INTEGER      NOT NULL,
    name         VARCHAR      NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    region       VARCHAR(300) NOT NULL,
    municipality VARCHAR(300) NOT NULL,
    CONSTRAINT pedcom_organisation_pk PRIMARY KEY (community_id, id),
    CONSTRAINT pedcom_organisation_ord_uk UNIQUE (community_id, ord),
    CONSTRAINT pedcom_organisation_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_organisation_kind_ck CHECK (
        kind IN ('educational', 'methodical-centre', 'education-authority', 'support-centre'))
);

CREATE TABLE pedcom_organisation_level (
    community_id    VARCHAR(200) NOT NULL,
    organisation_id VARCHAR(200) NOT NULL,
    education_level VARCHAR(40)  NOT NULL,
    CONSTRAINT pedcom_organisation_level_pk PRIMARY KEY (community_id, organisation_id, education_level),
    CONSTRAINT pedcom_organisation_level_fk FOREIGN KEY (community_id, organisation_id)
        REFERENCES pedcom_organisation (community_id, id) ON DELETE CASCADE,
    CONSTRAINT pedcom_organisation_level_ck CHECK (
        education_level IN ('preschool', 'primary-general', 'basic-general', 'secondary-general', 'additional'))
);

-- Every act the record mentions, once: the creation order, appointing acts, composition orders, plan approvals,
-- status decisions. Parts refer to an act by its act_no within the community.
CREATE TABLE pedcom_act (
    community_id           VARCHAR(200) NOT NULL,
    act_no                 INTEGER      NOT NULL,
    kind                   VARCHAR(40)  NOT NULL,
    act_number             VARCHAR      NOT NULL,
    act_date               DATE         NOT NULL,
    issuer_kind            VARCHAR(40)  NOT NULL,
    issuer_organisation_id VARCHAR(200) NOT NULL,
    title                  VARCHAR      NOT NULL,
    CONSTRAINT pedcom_act_pk PRIMARY KEY (community_id, act_no),
    CONSTRAINT pedcom_act_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_act_kind_ck CHECK (kind IN ('order', 'decision', 'protocol')),
    CONSTRAINT pedcom_act_issuer_kind_ck CHECK (
        issuer_kind IN ('head', 'methodical-council', 'pedagogical-council'))
);

-- A pedagogical worker as the regulations judge them; the personal data is in pedcom_personal_*.
CREATE TABLE pedcom_worker (
    community_id   VARCHAR(200) NOT NULL,
    id             VARCHAR(200) NOT NULL,
    ord            INTEGER      NOT NULL,
    position_code  VARCHAR(100) NOT NULL,
    position_title VARCHAR      NOT NULL,
    employer_id    VARCHAR(200) NOT NULL,
    CONSTRAINT pedcom_worker_pk PRIMARY KEY (community_id, id),
    CONSTRAINT pedcom_worker_ord_uk UNIQUE (community_id, ord),
    CONSTRAINT pedcom_worker_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE
);

CREATE TABLE pedcom_worker_role (
    community_id        VARCHAR(200) NOT NULL,
    worker_id           VARCHAR(200) NOT NULL,
    administrative_role VARCHAR(60)  NOT NULL,
    CONSTRAINT pedcom_worker_role_pk PRIMARY KEY (community_id, worker_id, administrative_role),
    CONSTRAINT pedcom_worker_role_fk FOREIGN KEY (community_id, worker_id)
        REFERENCES pedcom_worker (community_id, id) ON DELETE CASCADE,
    CONSTRAINT pedcom_worker_role_ck CHECK (
        administrative_role IN ('head-of-organisation', 'deputy-head', 'head-of-methodical-association'))
);

CREATE TABLE pedcom_worker_category (
    community_id VARCHAR(200) NOT NULL,
    worker_id    VARCHAR(200) NOT NULL,
    ord          INTEGER      NOT NULL,
    category     VARCHAR(40)  NOT NULL,
    granted_on   DATE         NOT NULL,
    CONSTRAINT pedcom_worker_category_pk PRIMARY KEY (community_id, worker_id, ord),
    CONSTRAINT pedcom_worker_category_fk FOREIGN KEY (community_id, worker_id)
        REFERENCES pedcom_worker (community_id, id) ON DELETE CASCADE,
    CONSTRAINT pedcom_worker_category_ck CHECK (category IN ('first', 'highest', 'methodist', 'mentor'))
);

CREATE TABLE pedcom_worker_work_span (
    community_id VARCHAR(200) NOT NULL,
    worker_id    VARCHAR(200) NOT NULL,
    ord          INTEGER      NOT NULL,
    from_date    DATE         NOT NULL,
    until_date   DATE,
    CONSTRAINT pedcom_worker_work_span_pk PRIMARY KEY (community_id, worker_id, ord),
    CONSTRAINT pedcom_worker_work_span_fk FOREIGN KEY (community_id, worker_id)
        REFERENCES pedcom_worker (community_id, id) ON DELETE CASCADE,
    CONSTRAINT pedcom_worker_work_span_ck CHECK (until_date IS NULL OR until_date >= from_date)
);

-- Personal data (152-ФЗ): «ФИО», birth date, education.
CREATE TABLE pedcom_personal_data (
    community_id VARCHAR(200) NOT NULL,
    worker_id    VARCHAR(200) NOT NULL,
    full_name    VARCHAR      NOT NULL,
    birth_date   DATE,
    education    VARCHAR,
    CONSTRAINT pedcom_personal_data_pk PRIMARY KEY (community_id, worker_id),
    CONSTRAINT pedcom_personal_data_fk FOREIGN KEY (community_id, worker_id)
        REFERENCES pedcom_worker (community_id, id) ON DELETE CASCADE
);

CREATE TABLE pedcom_personal_contact (
    community_id  VARCHAR(200) NOT NULL,
    worker_id     VARCHAR(200) NOT NULL,
    ord           INTEGER      NOT NULL,
    contact_kind  VARCHAR(40)  NOT NULL,
    contact_value VARCHAR      NOT NULL,
    CONSTRAINT pedcom_personal_contact_pk PRIMARY KEY (community_id, worker_id, ord),
    CONSTRAINT pedcom_personal_contact_fk FOREIGN KEY (community_id, worker_id)
        REFERENCES pedcom_personal_data (community_id, worker_id) ON DELETE CASCADE,
    CONSTRAINT pedcom_personal_contact_ck CHECK (contact_kind IN ('email', 'phone', 'postal-address', 'other'))
);

-- Awards, titles, publications and contests: four lists of free text.
CREATE TABLE pedcom_personal_entry (
    community_id VARCHAR(200) NOT NULL,
    worker_id    VARCHAR(200) NOT NULL,
    entry_kind   VARCHAR(40)  NOT NULL,
    ord          INTEGER      NOT NULL,
    entry_text   VARCHAR      NOT NULL,
    CONSTRAINT pedcom_personal_entry_pk PRIMARY KEY (community_id, worker_id, entry_kind, ord),
    CONSTRAINT pedcom_personal_entry_fk FOREIGN KEY (community_id, worker_id)
        REFERENCES pedcom_personal_data (community_id, worker_id) ON DELETE CASCADE,
    CONSTRAINT pedcom_personal_entry_ck CHECK (entry_kind IN ('award', 'title', 'publication', 'contest'))
);

CREATE TABLE pedcom_personal_consent (
    community_id VARCHAR(200) NOT NULL,
    worker_id    VARCHAR(200) NOT NULL,
    ord          INTEGER      NOT NULL,
    purpose      VARCHAR(40)  NOT NULL,
    given_on     DATE         NOT NULL,
    withdrawn_on DATE,
    CONSTRAINT pedcom_personal_consent_pk PRIMARY KEY (community_id, worker_id, ord),
    CONSTRAINT pedcom_personal_consent_fk FOREIGN KEY (community_id, worker_id)
        REFERENCES pedcom_personal_data (community_id, worker_id) ON DELETE CASCADE,
    CONSTRAINT pedcom_personal_consent_purpose_ck CHECK (purpose IN ('processing', 'publication')),
    CONSTRAINT pedcom_personal_consent_dates_ck CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);

CREATE TABLE pedcom_membership (
    community_id VARCHAR(200) NOT NULL,
    ord          INTEGER      NOT NULL,
    worker_id    VARCHAR(200) NOT NULL,
    joined_on    DATE         NOT NULL,
    left_on      DATE,
    basis        VARCHAR(40)  NOT NULL,
    CONSTRAINT pedcom_membership_pk PRIMARY KEY (community_id, ord),
    CONSTRAINT pedcom_membership_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_membership_basis_ck CHECK (basis IN ('application', 'order', 'by-position')),
    CONSTRAINT pedcom_membership_dates_ck CHECK (left_on IS NULL OR left_on >= joined_on)
);

CREATE TABLE pedcom_appointment (
    community_id   VARCHAR(200) NOT NULL,
    ord            INTEGER      NOT NULL,
    worker_id      VARCHAR(200) NOT NULL,
    community_role VARCHAR(40)  NOT NULL,
    from_date      DATE         NOT NULL,
    until_date     DATE,
    act_no         INTEGER,
    CONSTRAINT pedcom_appointment_pk PRIMARY KEY (community_id, ord),
    CONSTRAINT pedcom_appointment_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_appointment_role_ck CHECK (community_role IN ('leader', 'co-leader', 'secretary', 'supervisor')),
    CONSTRAINT pedcom_appointment_dates_ck CHECK (until_date IS NULL OR until_date >= from_date)
);

CREATE TABLE pedcom_composition_order (
    community_id VARCHAR(200) NOT NULL,
    ord          INTEGER      NOT NULL,
    school_year  INTEGER      NOT NULL,
    act_no       INTEGER      NOT NULL,
    CONSTRAINT pedcom_composition_order_pk PRIMARY KEY (community_id, ord),
    CONSTRAINT pedcom_composition_order_fk FOREIGN KEY (community_id)
        REFERENCES pedcom_community (id) ON DELETE CASCADE
);

CREATE TABLE pedcom_composition_member (
    community_id VARCHAR(200) NOT NULL,
    order_ord    INTEGER      NOT NULL,
    worker_id    VARCHAR(200) NOT NULL,
    CONSTRAINT pedcom_composition_member_pk PRIMARY KEY (community_id, order_ord, worker_id),
    CONSTRAINT pedcom_composition_member_fk FOREIGN KEY (community_id, order_ord)
        REFERENCES pedcom_composition_order (community_id, ord) ON DELETE CASCADE
);

CREATE TABLE pedcom_composition_direction (
    community_id VARCHAR(200) NOT NULL,
    order_ord    INTEGER      NOT NULL,
    ord          INTEGER      NOT NULL,
    direction    VARCHAR      NOT NULL,
    CONSTRAINT pedcom_composition_direction_pk PRIMARY KEY (community_id, order_ord, ord),
    CONSTRAINT pedcom_composition_direction_fk FOREIGN KEY (community_id, order_ord)
        REFERENCES pedcom_composition_order (community_id, ord) ON DELETE CASCADE
);

CREATE TABLE pedcom_meeting (
    community_id        VARCHAR(200) NOT NULL,
    id                  VARCHAR(200) NOT NULL,
    ord                 INTEGER      NOT NULL,
    held_on             DATE         NOT NULL,
    form_code           VARCHAR(100) NOT NULL,
    form_title          VARCHAR      NOT NULL,
    topic               VARCHAR      NOT NULL,
    scenario            VARCHAR,
    protocol_number     VARCHAR,
    protocol_date       DATE,
    registration_kept   BOOLEAN      NOT NULL,
    registration_guests INTEGER,
    CONSTRAINT pedcom_meeting_pk PRIMARY KEY (community_id, id),
    CONSTRAINT pedcom_meeting_ord_uk UNIQUE (community_id, ord),
    CONSTRAINT pedcom_meeting_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_meeting_protocol_ck CHECK (
        (protocol_number IS NULL AND protocol_date IS NULL)
        OR (protocol_number IS NOT NULL AND protocol_date IS NOT NULL AND protocol_date >= held_on)),
    CONSTRAINT pedcom_meeting_registration_ck CHECK (
        (registration_kept AND registration_guests IS NOT NULL AND registration_guests >= 0)
        OR (NOT registration_kept AND registration_guests IS NULL))
);

CREATE TABLE pedcom_agenda_item (
    community_id VARCHAR(200) NOT NULL,
    meeting_id   VARCHAR(200) NOT NULL,
    ord          INTEGER      NOT NULL,
    question     VARCHAR      NOT NULL,
    CONSTRAINT pedcom_agenda_item_pk PRIMARY KEY (community_id, meeting_id, ord),
    CONSTRAINT pedcom_agenda_item_fk FOREIGN KEY (community_id, meeting_id)
        REFERENCES pedcom_meeting (community_id, id) ON DELETE CASCADE
);

-- The decisions («решения») and recommendations («рекомендации») taken on an agenda item.
CREATE TABLE pedcom_agenda_outcome (
    community_id VARCHAR(200) NOT NULL,
    meeting_id   VARCHAR(200) NOT NULL,
    item_ord     INTEGER      NOT NULL,
    outcome_kind VARCHAR(40)  NOT NULL,
    ord          INTEGER      NOT NULL,
    outcome_text VARCHAR      NOT NULL,
    CONSTRAINT pedcom_agenda_outcome_pk PRIMARY KEY (community_id, meeting_id, item_ord, outcome_kind, ord),
    CONSTRAINT pedcom_agenda_outcome_fk FOREIGN KEY (community_id, meeting_id, item_ord)
        REFERENCES pedcom_agenda_item (community_id, meeting_id, ord) ON DELETE CASCADE,
    CONSTRAINT pedcom_agenda_outcome_ck CHECK (outcome_kind IN ('decision', 'recommendation'))
);

CREATE TABLE pedcom_protocol_signature (
    community_id   VARCHAR(200) NOT NULL,
    meeting_id     VARCHAR(200) NOT NULL,
    ord            INTEGER      NOT NULL,
    signer_id      VARCHAR(200) NOT NULL,
    community_role VARCHAR(40)  NOT NULL,
    CONSTRAINT pedcom_protocol_signature_pk PRIMARY KEY (community_id, meeting_id, ord),
    CONSTRAINT pedcom_protocol_signature_fk FOREIGN KEY (community_id, meeting_id)
        REFERENCES pedcom_meeting (community_id, id) ON DELETE CASCADE,
    CONSTRAINT pedcom_protocol_signature_ck CHECK (
        community_role IN ('leader', 'co-leader', 'secretary', 'supervisor', 'member'))
);

-- The registration sheet («лист регистрации»): who attended.
CREATE TABLE pedcom_attendance (
    community_id VARCHAR(200) NOT NULL,
    meeting_id   VARCHAR(200) NOT NULL,
    worker_id    VARCHAR(200) NOT NULL,
    CONSTRAINT pedcom_attendance_pk PRIMARY KEY (community_id, meeting_id, worker_id),
    CONSTRAINT pedcom_attendance_fk FOREIGN KEY (community_id, meeting_id)
        REFERENCES pedcom_meeting (community_id, id) ON DELETE CASCADE
);

CREATE TABLE pedcom_plan (
    community_id VARCHAR(200) NOT NULL,
    ord          INTEGER      NOT NULL,
    school_year  INTEGER      NOT NULL,
    plan_kind    VARCHAR(40)  NOT NULL,
    author_id    VARCHAR(200),
    CONSTRAINT pedcom_plan_pk PRIMARY KEY (community_id, ord),
    CONSTRAINT pedcom_plan_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_plan_kind_ck CHECK (plan_kind IN ('work', 'preliminary'))
);

CREATE TABLE pedcom_plan_item (
    community_id    VARCHAR(200) NOT NULL,
    plan_ord        INTEGER      NOT NULL,
    ord             INTEGER      NOT NULL,
    task            VARCHAR      NOT NULL,
    expected_result VARCHAR      NOT NULL,
    result_form     VARCHAR      NOT NULL,
    CONSTRAINT pedcom_plan_item_pk PRIMARY KEY (community_id, plan_ord, ord),
    CONSTRAINT pedcom_plan_item_fk FOREIGN KEY (community_id, plan_ord)
        REFERENCES pedcom_plan (community_id, ord) ON DELETE CASCADE
);

CREATE TABLE pedcom_plan_item_event (
    community_id VARCHAR(200) NOT NULL,
    plan_ord     INTEGER      NOT NULL,
    item_ord     INTEGER      NOT NULL,
    ord          INTEGER      NOT NULL,
    event        VARCHAR      NOT NULL,
    CONSTRAINT pedcom_plan_item_event_pk PRIMARY KEY (community_id, plan_ord, item_ord, ord),
    CONSTRAINT pedcom_plan_item_event_fk FOREIGN KEY (community_id, plan_ord, item_ord)
        REFERENCES pedcom_plan_item (community_id, plan_ord, ord) ON DELETE CASCADE
);

-- PlanStep is closed (drafted | reviewed | approved): step_kind discriminates, the other columns are those of the kind.
-- An approval's date is its act's, so step_on is empty for it.
CREATE TABLE pedcom_plan_step (
    community_id VARCHAR(200) NOT NULL,
    plan_ord     INTEGER      NOT NULL,
    ord          INTEGER      NOT NULL,
    step_kind    VARCHAR(40)  NOT NULL,
    step_on      DATE,
    meeting_id   VARCHAR(200),
    act_no       INTEGER,
    CONSTRAINT pedcom_plan_step_pk PRIMARY KEY (community_id, plan_ord, ord),
    CONSTRAINT pedcom_plan_step_fk FOREIGN KEY (community_id, plan_ord)
        REFERENCES pedcom_plan (community_id, ord) ON DELETE CASCADE,
    CONSTRAINT pedcom_plan_step_ck CHECK (
        (step_kind = 'drafted' AND step_on IS NOT NULL AND meeting_id IS NULL AND act_no IS NULL)
        OR (step_kind = 'reviewed' AND step_on IS NOT NULL AND meeting_id IS NOT NULL AND act_no IS NULL)
        OR (step_kind = 'approved' AND step_on IS NULL AND meeting_id IS NULL AND act_no IS NOT NULL))
);

CREATE TABLE pedcom_plan_publication (
    community_id    VARCHAR(200) NOT NULL,
    plan_ord        INTEGER      NOT NULL,
    ord             INTEGER      NOT NULL,
    channel         VARCHAR(40)  NOT NULL,
    organisation_id VARCHAR(200) NOT NULL,
    published_on    DATE         NOT NULL,
    CONSTRAINT pedcom_plan_publication_pk PRIMARY KEY (community_id, plan_ord, ord),
    CONSTRAINT pedcom_plan_publication_fk FOREIGN KEY (community_id, plan_ord)
        REFERENCES pedcom_plan (community_id, ord) ON DELETE CASCADE,
    CONSTRAINT pedcom_plan_publication_ck CHECK (channel IN ('website', 'authority-annual-plan', 'other'))
);

CREATE TABLE pedcom_document (
    community_id  VARCHAR(200) NOT NULL,
    ord           INTEGER      NOT NULL,
    kind_code     VARCHAR(100) NOT NULL,
    kind_title    VARCHAR      NOT NULL,
    title         VARCHAR      NOT NULL,
    document_date DATE         NOT NULL,
    document_form VARCHAR(40)  NOT NULL,
    kept_at_id    VARCHAR(200),
    school_year   INTEGER,
    CONSTRAINT pedcom_document_pk PRIMARY KEY (community_id, ord),
    CONSTRAINT pedcom_document_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_document_form_ck CHECK (document_form IN ('electronic', 'paper'))
);

CREATE TABLE pedcom_annual_report (
    community_id   VARCHAR(200) NOT NULL,
    ord            INTEGER      NOT NULL,
    school_year    INTEGER      NOT NULL,
    compiled_on    DATE         NOT NULL,
    document_form  VARCHAR(40)  NOT NULL,
    presented_at   VARCHAR(200),
    CONSTRAINT pedcom_annual_report_pk PRIMARY KEY (community_id, ord),
    CONSTRAINT pedcom_annual_report_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_annual_report_form_ck CHECK (document_form IN ('electronic', 'paper'))
);

-- Indicator values are exact decimals: the value, and the scale it was given with (14 and 14.0 are different values
-- to the domain). H2's NUMERIC without a scale would round to integers, hence the declared scale.
CREATE TABLE pedcom_report_indicator (
    community_id    VARCHAR(200)   NOT NULL,
    report_ord      INTEGER        NOT NULL,
    indicator_code  VARCHAR(100)   NOT NULL,
    indicator_value NUMERIC(40, 20) NOT NULL,
    value_scale     SMALLINT       NOT NULL,
    CONSTRAINT pedcom_report_indicator_pk PRIMARY KEY (community_id, report_ord, indicator_code),
    CONSTRAINT pedcom_report_indicator_fk FOREIGN KEY (community_id, report_ord)
        REFERENCES pedcom_annual_report (community_id, ord) ON DELETE CASCADE,
    CONSTRAINT pedcom_report_indicator_scale_ck CHECK (value_scale BETWEEN -20 AND 20)
);

CREATE TABLE pedcom_submission (
    community_id       VARCHAR(200) NOT NULL,
    ord                INTEGER      NOT NULL,
    kind_code          VARCHAR(100) NOT NULL,
    kind_title         VARCHAR      NOT NULL,
    school_year        INTEGER      NOT NULL,
    to_organisation_id VARCHAR(200) NOT NULL,
    submitted_on       DATE         NOT NULL,
    CONSTRAINT pedcom_submission_pk PRIMARY KEY (community_id, ord),
    CONSTRAINT pedcom_submission_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE
);

-- A status term and its extensions are java.time.Period values: years, months and days kept apart, as granted.
CREATE TABLE pedcom_status_grant (
    community_id        VARCHAR(200) NOT NULL,
    ord                 INTEGER      NOT NULL,
    topic               VARCHAR      NOT NULL,
    decision_act_no     INTEGER      NOT NULL,
    term_years          INTEGER      NOT NULL,
    term_months         INTEGER      NOT NULL,
    term_days           INTEGER      NOT NULL,
    confirmation_act_no INTEGER,
    CONSTRAINT pedcom_status_grant_pk PRIMARY KEY (community_id, ord),
    CONSTRAINT pedcom_status_grant_fk FOREIGN KEY (community_id) REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_status_grant_term_ck CHECK (
        term_years >= 0 AND term_months >= 0 AND term_days >= 0 AND term_years + term_months + term_days > 0)
);

CREATE TABLE pedcom_status_extension (
    community_id    VARCHAR(200) NOT NULL,
    grant_ord       INTEGER      NOT NULL,
    ord             INTEGER      NOT NULL,
    decision_act_no INTEGER      NOT NULL,
    by_years        INTEGER      NOT NULL,
    by_months       INTEGER      NOT NULL,
    by_days         INTEGER      NOT NULL,
    CONSTRAINT pedcom_status_extension_pk PRIMARY KEY (community_id, grant_ord, ord),
    CONSTRAINT pedcom_status_extension_fk FOREIGN KEY (community_id, grant_ord)
        REFERENCES pedcom_status_grant (community_id, ord) ON DELETE CASCADE,
    CONSTRAINT pedcom_status_extension_by_ck CHECK (
        by_years >= 0 AND by_months >= 0 AND by_days >= 0 AND by_years + by_months + by_days > 0)
);
