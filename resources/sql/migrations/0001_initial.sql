-- The first schema of a book of business. Types and syntax are kept to what SQLite and
-- PostgreSQL share: dates are ISO-8601 text, money is integer minor units. Enumerations are
-- checked with OR chains rather than IN lists: SQLite evaluates an IN list through a temporary
-- table on every insert, which dominated bulk writes.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE book_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE accounts (
    id               INTEGER PRIMARY KEY,
    crm_id           TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    domain           TEXT NOT NULL DEFAULT '',
    owner            TEXT NOT NULL DEFAULT '',
    arr_cents        BIGINT NOT NULL DEFAULT 0 CHECK (arr_cents >= 0),
    currency         TEXT NOT NULL DEFAULT 'USD',
    contract_start   TEXT,
    renewal_date     TEXT,
    lifecycle_stage  TEXT NOT NULL DEFAULT 'onboarding'
                     CHECK (lifecycle_stage = 'onboarding' OR lifecycle_stage = 'adoption' OR lifecycle_stage = 'expansion' OR lifecycle_stage = 'renewal' OR lifecycle_stage = 'advocacy'),
    segment          TEXT NOT NULL DEFAULT 'tech' CHECK (segment = 'high' OR segment = 'mid' OR segment = 'tech'),
    segment_override INTEGER NOT NULL DEFAULT 0 CHECK (segment_override = 0 OR segment_override = 1),
    tags             TEXT NOT NULL DEFAULT '',
    payment_status   TEXT NOT NULL DEFAULT 'current'
                     CHECK (payment_status = 'current' OR payment_status = 'late' OR payment_status = 'overdue' OR payment_status = 'failed')
);

-- The first page of the book, largest accounts first, without reading every row.
CREATE INDEX accounts_by_arr ON accounts (arr_cents);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    crm_id      TEXT UNIQUE,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT '',
    is_champion INTEGER NOT NULL DEFAULT 0 CHECK (is_champion = 0 OR is_champion = 1),
    last_touch  TEXT
);
CREATE INDEX contacts_by_account ON contacts (account_id, last_touch);

CREATE TABLE usage_metrics (
    account_id         INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    period             TEXT NOT NULL CHECK (period = 'day' OR period = 'week'),
    period_start       TEXT NOT NULL,
    active_users       INTEGER NOT NULL DEFAULT 0,
    licensed_seats     INTEGER NOT NULL DEFAULT 0,
    logins             INTEGER NOT NULL DEFAULT 0,
    features_adopted   INTEGER NOT NULL DEFAULT 0,
    features_available INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, period, period_start)
);

CREATE TABLE survey_responses (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    contact_id   INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    kind         TEXT NOT NULL CHECK (kind = 'nps' OR kind = 'csat'),
    responded_on TEXT NOT NULL,
    score        INTEGER NOT NULL,
    comment      TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'nps' AND score BETWEEN 0 AND 10) OR (kind = 'csat' AND score BETWEEN 1 AND 5))
);
CREATE INDEX survey_responses_by_account ON survey_responses (account_id, responded_on);

CREATE TABLE tickets (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    external_id TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL DEFAULT '',
    opened_on   TEXT NOT NULL,
    closed_on   TEXT,
    priority    TEXT NOT NULL DEFAULT 'normal' CHECK (priority = 'low' OR priority = 'normal' OR priority = 'high' OR priority = 'urgent'),
    sentiment   TEXT NOT NULL DEFAULT 'neutral' CHECK (sentiment = 'positive' OR sentiment = 'neutral' OR sentiment = 'negative'),
    escalated   INTEGER NOT NULL DEFAULT 0 CHECK (escalated = 0 OR escalated = 1)
);
CREATE INDEX tickets_by_account ON tickets (account_id, opened_on);
