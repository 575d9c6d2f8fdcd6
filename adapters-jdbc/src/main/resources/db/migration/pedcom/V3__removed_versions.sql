-- pedcom, schema version 3: the last version of every removed community («удалённые сообщества»).
--
-- Runs unchanged on PostgreSQL 14 and newer and on H2 2.x; see V1 for the rules every migration keeps.
--
-- Why: optimistic locking compares versions, and removing a community deletes its row with its version. Were a
-- community added again under the same identifier to start at version 1 again, a writer who had loaded the removed
-- incarnation at version 1 would find "its" version and silently overwrite the new record (a lost update, ABA).
-- So the version a community had when it was removed is kept here, and an addition of that identifier starts one
-- above it: versions of one identifier never repeat, and a stale writer gets a conflict.
--
-- Contract:
--  * remove writes the row in the transaction that deletes the community: DELETE, then INSERT (no MERGE, which
--    PostgreSQL 14 lacks; no ON CONFLICT, which H2 lacks). Two removals of one community cannot interleave: each
--    deletes the community row first, and the second finds it gone.
--  * add and addAll start an identifier found here at last_version + 1. The row stays when the identifier is added
--    again: the next removal replaces it with a larger version (the new incarnation started above it), so the value
--    only grows, and an addition never writes here.
--  * No foreign key: the community row is gone by design. Holds identifiers and numbers only, no personal data.
--  * Deleting a row here by hand lets that identifier reuse versions again; do not.

CREATE TABLE pedcom_community_removed (
    community_id VARCHAR(200) NOT NULL,
    last_version BIGINT       NOT NULL,
    CONSTRAINT pedcom_community_removed_pk PRIMARY KEY (community_id),
    CONSTRAINT pedcom_community_removed_version_ck CHECK (last_version >= 1)
);
