-- CRM sync: connections, their cursors (advanced in the same transaction as the data they cover),
-- owners, deals, a log of every run with the records it skipped, and CRM-owned fields edited here
-- (queued for the CRM or in conflict with it). Accounts the CRM archived are kept, with their notes,
-- marked archived and left out of the book.

ALTER TABLE accounts ADD COLUMN archived_at TEXT;
ALTER TABLE accounts ADD COLUMN crm_modified_at TEXT;
ALTER TABLE accounts ADD COLUMN owner_crm_id TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN crm_modified_at TEXT;

CREATE TABLE crm_connections (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    connector  TEXT NOT NULL,
    settings   TEXT NOT NULL DEFAULT '{}', -- JSON; never a token (those live in the keychain)
    me         TEXT NOT NULL DEFAULT '',   -- the CRM owner id of the person using the app
    created_at TEXT NOT NULL
);

CREATE TABLE sync_cursors (
    connection_id INTEGER NOT NULL REFERENCES crm_connections (id) ON DELETE CASCADE,
    object_type   TEXT NOT NULL,
    cursor        TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (connection_id, object_type)
);

CREATE TABLE crm_owners (
    connection_id INTEGER NOT NULL REFERENCES crm_connections (id) ON DELETE CASCADE,
    crm_id        TEXT NOT NULL,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL DEFAULT '',
    archived      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (connection_id, crm_id)
);

CREATE TABLE deals (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    crm_id        TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL DEFAULT '',
    amount_cents  BIGINT NOT NULL DEFAULT 0,
    currency      TEXT NOT NULL DEFAULT 'USD',
    stage         TEXT NOT NULL DEFAULT '',
    close_date    TEXT,
    is_closed     INTEGER NOT NULL DEFAULT 0,
    is_won        INTEGER NOT NULL DEFAULT 0,
    crm_modified_at TEXT,
    archived_at   TEXT
);
CREATE INDEX deals_by_account ON deals (account_id);

CREATE TABLE sync_runs (
    id            INTEGER PRIMARY KEY,
    connection_id INTEGER NOT NULL REFERENCES crm_connections (id) ON DELETE CASCADE,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    status        TEXT NOT NULL DEFAULT 'running'
                  CHECK (status = 'running' OR status = 'ok' OR status = 'failed' OR status = 'cancelled'),
    message       TEXT NOT NULL DEFAULT '',
    created       INTEGER NOT NULL DEFAULT 0,
    updated       INTEGER NOT NULL DEFAULT 0,
    deleted       INTEGER NOT NULL DEFAULT 0,
    skipped       INTEGER NOT NULL DEFAULT 0,
    pushed        INTEGER NOT NULL DEFAULT 0,
    conflicts     INTEGER NOT NULL DEFAULT 0,
    retries       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sync_issues (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,
    object_type TEXT NOT NULL,
    record_id   TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL
);
CREATE INDEX sync_issues_by_run ON sync_issues (run_id);

-- A CRM-owned field edited in the app: waits here to be pushed, unless the CRM changed it too,
-- which makes it a conflict until someone chooses.
CREATE TABLE sync_local_edits (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    base_value  TEXT NOT NULL DEFAULT '', -- the CRM's value when it was edited here
    local_value TEXT NOT NULL DEFAULT '',
    crm_value   TEXT,                     -- set when the CRM changed it too: a conflict
    edited_at   TEXT NOT NULL,
    UNIQUE (account_id, field)
);
