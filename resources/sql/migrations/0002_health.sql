-- Account health: daily score snapshots, manual overrides with their audit trail, and band-change
-- events. Same portable subset as 0001: ISO-8601 text dates, OR chains instead of IN lists.

-- One computed score per account per day; recomputing a day replaces its row.
-- The primary key serves "latest snapshot of an account" (max(day) per account_id) and
-- "an account's history" (range on day).
CREATE TABLE health_snapshots (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    day        TEXT NOT NULL,
    score      REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    band       TEXT NOT NULL CHECK (band = 'none' OR band = 'red' OR band = 'amber' OR band = 'green'),
    model_key  TEXT NOT NULL DEFAULT '',
    missing    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, day)
);
-- The whole book on one day (what-if, dashboards).
CREATE INDEX health_snapshots_by_day ON health_snapshots (day, band);

-- A person's judgement shown on top of the computed score. Rows are never deleted: clearing sets
-- cleared_at, so the history is an audit trail.
CREATE TABLE health_overrides (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    band       TEXT CHECK (band IS NULL OR band = 'red' OR band = 'amber' OR band = 'green'),
    score      REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    reason     TEXT NOT NULL CHECK (reason <> ''),
    expires_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    cleared_at TEXT,
    cleared_by TEXT NOT NULL DEFAULT '',
    CHECK (band IS NOT NULL OR score IS NOT NULL)
);
CREATE INDEX health_overrides_by_account ON health_overrides (account_id, id);

-- Band changes between an account's consecutive snapshots.
CREATE TABLE health_events (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    day        TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind = 'entered_red' OR kind = 'left_red' OR kind = 'band_changed'),
    from_band  TEXT NOT NULL,
    to_band    TEXT NOT NULL
);
CREATE INDEX health_events_by_account ON health_events (account_id, day);
CREATE INDEX health_events_by_day ON health_events (day);
