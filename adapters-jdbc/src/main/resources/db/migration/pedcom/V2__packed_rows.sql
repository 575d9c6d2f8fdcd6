-- pedcom, schema version 2: packed rows («упакованные строки»), the read form of a community record.
--
-- Runs unchanged on PostgreSQL 14 and newer and on H2 2.x (BYTEA is PostgreSQL's binary string type and an alias of
-- BINARY VARYING in H2, up to 1 000 000 000 bytes); see V1 for the rules every migration keeps.
--
-- Why: a community-year is some 400 rows in 34 part tables, and reading them row by row is what a sweep spends its
-- time on (the server finds, sorts and sends each row; the application decodes each value of each row). So every
-- save also writes the same rows packed into one binary value per community, and reads take the pack: one row per
-- community instead of hundreds.
--
-- Contract:
--  * The part tables of V1 stay as they are and stay complete: they are the queryable form, for portals' own SQL
--    and reports. A pack holds exactly the rows the part tables hold for the community, written from the same rows
--    in the same transaction; a save replaces both. Each pack belongs to its community row (ON DELETE CASCADE).
--  * format is the version of the encoding (1). A reader that does not know the format, or finds a table layout in
--    the pack that it does not know, or finds no pack, reads the part rows instead: records saved before this
--    migration are read that way until their next save.
--  * Escape hatch: after editing part rows directly (by hand, by a portal's script), DELETE the community's rows in
--    both pack tables; the community is then read from its part rows, and its next save writes new packs.
--  * A pack is opaque to SQL; never edit one. A pack that does not parse is reported as an error, not skipped.
--  * Personal data (152-ФЗ) stays in tables named pedcom_personal_*: the rows of pedcom_personal_data,
--    pedcom_personal_contact, pedcom_personal_entry and pedcom_personal_consent are packed into
--    pedcom_personal_packed, the rows of every other part table into pedcom_community_packed.

CREATE TABLE pedcom_community_packed (
    community_id VARCHAR(200) NOT NULL,
    format       SMALLINT     NOT NULL,
    pack         BYTEA        NOT NULL,
    CONSTRAINT pedcom_community_packed_pk PRIMARY KEY (community_id),
    CONSTRAINT pedcom_community_packed_fk FOREIGN KEY (community_id)
        REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_community_packed_format_ck CHECK (format >= 1)
);

CREATE TABLE pedcom_personal_packed (
    community_id VARCHAR(200) NOT NULL,
    format       SMALLINT     NOT NULL,
    pack         BYTEA        NOT NULL,
    CONSTRAINT pedcom_personal_packed_pk PRIMARY KEY (community_id),
    CONSTRAINT pedcom_personal_packed_fk FOREIGN KEY (community_id)
        REFERENCES pedcom_community (id) ON DELETE CASCADE,
    CONSTRAINT pedcom_personal_packed_format_ck CHECK (format >= 1)
);
