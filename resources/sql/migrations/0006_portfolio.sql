-- The team lead's portfolio: ARR movements, the first-value milestone, team books and review comments.
--  - arr_movements: every change of an account's effective ARR (0 while archived), classified and
--    dated when it happens, whoever made it (a CRM sync, an import, an edit). An account's ARR on a
--    day is the to_cents of its last movement on or before that day.
--  - accounts.first_value_on: the day the account reached its first-value milestone, set once by
--    the playbook step that marks it (playbook_steps.milestone = 'first_value').
--  - team_books: the book files a team lead has opened into the portfolio (kept by path).
--  - review_comments: a lead's comments on a CSM's accounts and playbook runs. In the lead's store
--    they are the lead's own; a CSM's store holds the ones imported from a lead's file. `uid` is the
--    comment's identity across stores, so importing the same file twice adds nothing.

CREATE TABLE arr_movements (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    day        TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind = 'new' OR kind = 'expansion' OR kind = 'contraction' OR kind = 'churn' OR kind = 'reactivation'),
    from_cents BIGINT NOT NULL CHECK (from_cents >= 0),
    to_cents   BIGINT NOT NULL CHECK (to_cents >= 0),
    currency   TEXT NOT NULL DEFAULT 'USD'
);
CREATE INDEX arr_movements_by_account ON arr_movements (account_id, day, id);

-- Accounts already in the book start with what they have now, from their contract start.
INSERT INTO arr_movements (account_id, day, kind, from_cents, to_cents, currency)
SELECT id, min(coalesce(contract_start, date('now')), date('now')), 'new', 0, arr_cents, currency
FROM accounts WHERE archived_at IS NULL AND arr_cents > 0;

CREATE TRIGGER arr_movement_on_insert AFTER INSERT ON accounts
WHEN new.archived_at IS NULL AND new.arr_cents > 0 BEGIN
    INSERT INTO arr_movements (account_id, day, kind, from_cents, to_cents, currency)
    VALUES (new.id, min(coalesce(new.contract_start, date('now')), date('now')), 'new', 0, new.arr_cents, new.currency);
END;

CREATE TRIGGER arr_movement_on_update AFTER UPDATE OF arr_cents, archived_at ON accounts
WHEN (CASE WHEN old.archived_at IS NULL THEN old.arr_cents ELSE 0 END)
  <> (CASE WHEN new.archived_at IS NULL THEN new.arr_cents ELSE 0 END) BEGIN
    INSERT INTO arr_movements (account_id, day, kind, from_cents, to_cents, currency)
    SELECT new.id, date('now'),
           CASE WHEN f = 0 AND EXISTS (SELECT 1 FROM arr_movements m WHERE m.account_id = new.id AND m.kind = 'churn') THEN 'reactivation'
                WHEN f = 0 THEN 'new'
                WHEN t = 0 THEN 'churn'
                WHEN t > f THEN 'expansion'
                ELSE 'contraction' END,
           f, t, new.currency
    FROM (SELECT CASE WHEN old.archived_at IS NULL THEN old.arr_cents ELSE 0 END AS f,
                 CASE WHEN new.archived_at IS NULL THEN new.arr_cents ELSE 0 END AS t);
END;

ALTER TABLE accounts ADD COLUMN first_value_on TEXT;
ALTER TABLE playbook_steps ADD COLUMN milestone TEXT NOT NULL DEFAULT '';
ALTER TABLE playbook_run_steps ADD COLUMN milestone TEXT NOT NULL DEFAULT '';

UPDATE playbook_steps SET milestone = 'first_value'
WHERE title = 'First value milestone' AND playbook_id = (SELECT id FROM playbooks WHERE key = 'onboarding' AND builtin = 1);
UPDATE playbook_run_steps SET milestone = 'first_value'
WHERE title = 'First value milestone' AND run_id IN (SELECT r.id FROM playbook_runs r JOIN playbooks p ON p.id = r.playbook_id
                                  WHERE p.key = 'onboarding' AND p.builtin = 1);
UPDATE accounts SET first_value_on = (
    SELECT min(substr(s.done_at, 1, 10)) FROM playbook_run_steps s JOIN playbook_runs r ON r.id = s.run_id
    WHERE r.account_id = accounts.id AND s.milestone = 'first_value' AND s.status = 'done' AND s.done_at IS NOT NULL);

CREATE TRIGGER first_value_reached AFTER UPDATE OF status ON playbook_run_steps
WHEN new.status = 'done' AND new.milestone = 'first_value' AND new.done_at IS NOT NULL BEGIN
    UPDATE accounts SET first_value_on = substr(new.done_at, 1, 10)
    WHERE id = (SELECT account_id FROM playbook_runs WHERE id = new.run_id) AND first_value_on IS NULL;
END;

CREATE TABLE team_books (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL UNIQUE,
    book_id     TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    exported_at TEXT NOT NULL DEFAULT '',
    added_at    TEXT NOT NULL
);

CREATE TABLE review_comments (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    book_id        TEXT NOT NULL DEFAULT '', -- the CSM's book the comment is about
    csm            TEXT NOT NULL DEFAULT '', -- that book's owner
    account_crm_id TEXT NOT NULL,
    account_name   TEXT NOT NULL DEFAULT '',
    run_id         INTEGER,                  -- a playbook run in the CSM's book, or NULL for the account
    run_name       TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    body           TEXT NOT NULL CHECK (body <> ''),
    imported_at    TEXT                      -- set in a CSM's store when it came from a lead's file
);
CREATE INDEX review_comments_by_account ON review_comments (account_crm_id, created_at);
CREATE INDEX review_comments_by_book ON review_comments (book_id, csm);
