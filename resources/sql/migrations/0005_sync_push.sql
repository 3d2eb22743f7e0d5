-- Writing back to the CRM, and records waiting for their company.
--  - accounts.crm_connection_id: the connection an account came from, so a sync writes back only
--    its own accounts and edits to accounts from any CRM (files too) are kept as local edits.
--  - sync_pushed_health: the health score, band and segment last written to the CRM per account, so
--    a sync writes back only what changed since.
--  - sync_pending: contacts and deals whose company was not in the book when they arrived (skipped
--    by the company's own filter, or not read yet). They are kept here, whole, and applied by a
--    later sync once the company is there, so an incremental sync that moved its cursor past them
--    does not lose them.

ALTER TABLE accounts ADD COLUMN crm_connection_id INTEGER REFERENCES crm_connections (id) ON DELETE SET NULL;

CREATE TABLE sync_pushed_health (
    connection_id INTEGER NOT NULL REFERENCES crm_connections (id) ON DELETE CASCADE,
    account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    score         INTEGER NOT NULL,
    band          TEXT NOT NULL,
    segment       TEXT NOT NULL,
    pushed_at     TEXT NOT NULL,
    PRIMARY KEY (connection_id, account_id)
);

CREATE TABLE sync_pending (
    connection_id INTEGER NOT NULL REFERENCES crm_connections (id) ON DELETE CASCADE,
    object_type   TEXT NOT NULL,
    crm_id        TEXT NOT NULL,
    record        TEXT NOT NULL, -- JSON: modified_at, fields, company_ids
    first_seen_at TEXT NOT NULL,
    PRIMARY KEY (connection_id, object_type, crm_id)
);
