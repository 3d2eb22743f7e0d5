-- The first schema of a book of business. Types and syntax are kept to what SQLite and
-- PostgreSQL share: dates are ISO-8601 text, money is integer minor units.

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
                     CHECK (lifecycle_stage IN ('onboarding', 'adoption', 'expansion', 'renewal', 'advocacy')),
    segment          TEXT NOT NULL DEFAULT 'tech' CHECK (segment IN ('high', 'mid', 'tech')),
    segment_override INTEGER NOT NULL DEFAULT 0 CHECK (segment_override IN (0, 1)),
    tags             TEXT NOT NULL DEFAULT '',
    payment_status   TEXT NOT NULL DEFAULT 'current'
                     CHECK (payment_status IN ('current', 'late', 'overdue', 'failed'))
);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    crm_id      TEXT UNIQUE,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT '',
    is_champion INTEGER NOT NULL DEFAULT 0 CHECK (is_champion IN (0, 1)),
    last_touch  TEXT
);
CREATE INDEX contacts_by_account ON contacts (account_id, last_touch);

CREATE TABLE usage_metrics (
    account_id         INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    period             TEXT NOT NULL CHECK (period IN ('day', 'week')),
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
    kind         TEXT NOT NULL CHECK (kind IN ('nps', 'csat')),
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
    priority    TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    sentiment   TEXT NOT NULL DEFAULT 'neutral' CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    escalated   INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1))
);
CREATE INDEX tickets_by_account ON tickets (account_id, opened_on);
