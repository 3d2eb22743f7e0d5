-- Meeting notes (QBRs, EBRs, check-ins, onboarding calls) with objectives and action items, their
-- edit history and autosaved drafts, full-text search; playbook templates, their runs and steps;
-- and a log of changes to accounts for the timeline and the playbook rules.

CREATE TABLE meetings (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind = 'qbr' OR kind = 'ebr' OR kind = 'check_in' OR kind = 'onboarding_call'),
    held_on    TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    body_html  TEXT NOT NULL DEFAULT '',
    body_text  TEXT NOT NULL DEFAULT '', -- what search indexes
    wins       TEXT NOT NULL DEFAULT '', -- one per line
    risks      TEXT NOT NULL DEFAULT '',
    asks       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX meetings_by_account ON meetings (account_id, held_on);

CREATE TABLE meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_objectives (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL CHECK (text <> ''),
    status     TEXT NOT NULL DEFAULT 'on_track' CHECK (status = 'on_track' OR status = 'at_risk' OR status = 'achieved')
);
CREATE INDEX meeting_objectives_by_meeting ON meeting_objectives (meeting_id, position);

CREATE TABLE action_items (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL CHECK (title <> ''),
    owner      TEXT NOT NULL DEFAULT '',
    due_on     TEXT,
    done_at    TEXT,
    done_by    TEXT NOT NULL DEFAULT '',
    -- an open item of an earlier meeting this one took over (the earlier one is then closed)
    carried_from INTEGER REFERENCES action_items (id) ON DELETE SET NULL
);
CREATE INDEX action_items_by_meeting ON action_items (meeting_id, position);
-- The Today view: open items by due date.
CREATE INDEX action_items_open ON action_items (done_at, due_on);

-- Every saved version of a note's body, newest last: the edit history.
CREATE TABLE meeting_revisions (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    saved_at   TEXT NOT NULL,
    saved_by   TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    body_html  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_revisions_by_meeting ON meeting_revisions (meeting_id, id);

-- Typing autosaved every couple of seconds and not yet saved as a version; restored after a crash.
CREATE TABLE meeting_drafts (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    saved_at   TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    body_html  TEXT NOT NULL DEFAULT ''
);

-- Full-text search over the notes (external content: the index holds no second copy of the text).
CREATE VIRTUAL TABLE meetings_fts USING fts5 (
    title, body_text, wins, risks, asks,
    content = 'meetings', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER meetings_fts_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO meetings_fts (rowid, title, body_text, wins, risks, asks)
    VALUES (new.id, new.title, new.body_text, new.wins, new.risks, new.asks);
END;
CREATE TRIGGER meetings_fts_delete AFTER DELETE ON meetings BEGIN
    INSERT INTO meetings_fts (meetings_fts, rowid, title, body_text, wins, risks, asks)
    VALUES ('delete', old.id, old.title, old.body_text, old.wins, old.risks, old.asks);
END;
CREATE TRIGGER meetings_fts_update AFTER UPDATE ON meetings BEGIN
    INSERT INTO meetings_fts (meetings_fts, rowid, title, body_text, wins, risks, asks)
    VALUES ('delete', old.id, old.title, old.body_text, old.wins, old.risks, old.asks);
    INSERT INTO meetings_fts (rowid, title, body_text, wins, risks, asks)
    VALUES (new.id, new.title, new.body_text, new.wins, new.risks, new.asks);
END;

-- Playbook templates: an ordered checklist and the rule that starts it.
CREATE TABLE playbooks (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    trigger     TEXT NOT NULL DEFAULT '{"kind":"manual"}', -- JSON, see PlaybookTrigger
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled = 0 OR enabled = 1),
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin = 0 OR builtin = 1)
);

CREATE TABLE playbook_steps (
    playbook_id INTEGER NOT NULL REFERENCES playbooks (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL CHECK (title <> ''),
    guidance    TEXT NOT NULL DEFAULT '',
    due_offset  INTEGER NOT NULL DEFAULT 0 CHECK (due_offset >= 0),
    owner_role  TEXT NOT NULL DEFAULT 'csm',
    PRIMARY KEY (playbook_id, position)
);

CREATE TABLE playbook_runs (
    id          INTEGER PRIMARY KEY,
    playbook_id INTEGER NOT NULL REFERENCES playbooks (id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'completed' OR status = 'cancelled'),
    started_on  TEXT NOT NULL,
    started_by  TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '', -- the rule that started it, or "manual"
    ended_at    TEXT,
    end_reason  TEXT NOT NULL DEFAULT ''
);
-- At most one open run per account and playbook: re-evaluating the rules never duplicates.
CREATE UNIQUE INDEX playbook_runs_one_open ON playbook_runs (playbook_id, account_id) WHERE status = 'open';
CREATE INDEX playbook_runs_by_account ON playbook_runs (account_id, started_on);

CREATE TABLE playbook_run_steps (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES playbook_runs (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    guidance    TEXT NOT NULL DEFAULT '',
    owner_role  TEXT NOT NULL DEFAULT 'csm',
    due_on      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'done' OR status = 'skipped'),
    done_at     TEXT,
    done_by     TEXT NOT NULL DEFAULT '',
    skip_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (run_id, position)
);
CREATE INDEX playbook_run_steps_open ON playbook_run_steps (status, due_on);

-- What changed in an account's CRM-owned fields, written by the store itself so no writer can
-- forget it: the timeline's "CRM changes" and the "lifecycle stage changed" rule read it.
CREATE TABLE account_changes (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    changed_at TEXT NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT NOT NULL DEFAULT '',
    new_value  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX account_changes_by_account ON account_changes (account_id, changed_at);
CREATE TRIGGER account_stage_changed AFTER UPDATE OF lifecycle_stage ON accounts
WHEN old.lifecycle_stage <> new.lifecycle_stage BEGIN
    INSERT INTO account_changes (account_id, changed_at, field, old_value, new_value)
    VALUES (new.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'lifecycle_stage', old.lifecycle_stage, new.lifecycle_stage);
END;
CREATE TRIGGER account_owner_changed AFTER UPDATE OF owner ON accounts
WHEN old.owner <> new.owner BEGIN
    INSERT INTO account_changes (account_id, changed_at, field, old_value, new_value)
    VALUES (new.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'owner', old.owner, new.owner);
END;
CREATE TRIGGER account_arr_changed AFTER UPDATE OF arr_cents ON accounts
WHEN old.arr_cents <> new.arr_cents BEGIN
    INSERT INTO account_changes (account_id, changed_at, field, old_value, new_value)
    VALUES (new.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'arr_cents', old.arr_cents, new.arr_cents);
END;
CREATE TRIGGER account_renewal_changed AFTER UPDATE OF renewal_date ON accounts
WHEN coalesce(old.renewal_date, '') <> coalesce(new.renewal_date, '') BEGIN
    INSERT INTO account_changes (account_id, changed_at, field, old_value, new_value)
    VALUES (new.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'renewal_date', coalesce(old.renewal_date, ''), coalesce(new.renewal_date, ''));
END;

-- The built-in playbooks; people may edit them or add their own.
INSERT INTO playbooks (key, name, description, trigger, builtin) VALUES
    ('onboarding', 'Onboarding', 'From signature to first value: kickoff, setup, first value and the 30-day review.',
     '{"kind":"stage_entered","stage":"onboarding"}', 1),
    ('adoption_stalled', 'Adoption stalled', 'Active use fell: find out why and agree a plan to win users back.',
     '{"kind":"usage_drop","percent":25,"segments":["high","mid"]}', 1),
    ('pre_renewal', 'Pre-renewal', 'Renewal in 120 days: value review at 120, proposal at 90, negotiation at 60, signature by 30.',
     '{"kind":"renewal_within","days":120,"segments":["high","mid"]}', 1),
    ('expansion_ready', 'Expansion ready', 'Seats nearly used up and healthy: qualify and hand over the expansion.',
     '{"kind":"manual"}', 1),
    ('red_health_outreach', 'Red health outreach', 'Health dropped into red: reach the champion within 48 hours and recover.',
     '{"kind":"health_entered_red"}', 1),
    ('detractor_follow_up', 'Detractor follow-up', 'An NPS detractor answered: call them back and close the loop.',
     '{"kind":"nps_detractor","days":30}', 1),
    ('no_touch', 'Re-engage', 'No CSM touch for 45 days: make contact and refresh the relationship.',
     '{"kind":"no_touch","days":45,"segments":["high","mid"]}', 1);

INSERT INTO playbook_steps (playbook_id, position, title, guidance, due_offset, owner_role)
SELECT p.id, s.position, s.title, s.guidance, s.due_offset, s.owner_role
FROM playbooks p JOIN (
              SELECT 'onboarding' AS key, 1 AS position, 'Kickoff call' AS title, 'Introduce the team, confirm goals, success criteria and the project plan.' AS guidance, 3 AS due_offset, 'csm' AS owner_role
    UNION ALL SELECT 'onboarding', 2, 'Technical setup complete', 'SSO, integrations and data import done; admins trained.', 14, 'onboarding_engineer'
    UNION ALL SELECT 'onboarding', 3, 'First value milestone', 'The customer reaches the first outcome agreed at kickoff; record the date.', 21, 'csm'
    UNION ALL SELECT 'onboarding', 4, '30-day review', 'Review adoption against the plan and hand over to the adoption phase.', 30, 'csm'
    UNION ALL SELECT 'adoption_stalled', 1, 'Diagnose the drop', 'Compare active users and feature use with 30 days ago; check tickets and staff changes.', 2, 'csm'
    UNION ALL SELECT 'adoption_stalled', 2, 'Call the champion', 'Share what you saw and ask what changed.', 5, 'csm'
    UNION ALL SELECT 'adoption_stalled', 3, 'Agree an adoption plan', 'Training, enablement or configuration with owners and dates.', 10, 'csm'
    UNION ALL SELECT 'adoption_stalled', 4, 'Check recovery', 'Usage back to the previous level within 30 days?', 30, 'csm'
    UNION ALL SELECT 'pre_renewal', 1, '120 days: value review', 'Review outcomes achieved against objectives; confirm decision makers.', 0, 'csm'
    UNION ALL SELECT 'pre_renewal', 2, '90 days: renewal proposal', 'Send the proposal with pricing and any expansion.', 30, 'account_executive'
    UNION ALL SELECT 'pre_renewal', 3, '60 days: negotiation', 'Handle objections, procurement and legal.', 60, 'account_executive'
    UNION ALL SELECT 'pre_renewal', 4, '30 days: signature', 'Signed order form in hand before the last 30 days.', 90, 'account_executive'
    UNION ALL SELECT 'expansion_ready', 1, 'Qualify the opportunity', 'Seats nearly used, new teams or use cases: size it.', 3, 'csm'
    UNION ALL SELECT 'expansion_ready', 2, 'Introduce the account executive', 'Warm hand-over with the context and the champion.', 7, 'csm'
    UNION ALL SELECT 'expansion_ready', 3, 'Proposal sent', '', 21, 'account_executive'
    UNION ALL SELECT 'red_health_outreach', 1, 'Reach the champion within 48 hours', 'Call, do not email. Listen first.', 2, 'csm'
    UNION ALL SELECT 'red_health_outreach', 2, 'Root cause', 'Write down what pulled the score down and why.', 7, 'csm'
    UNION ALL SELECT 'red_health_outreach', 3, 'Recovery plan agreed', 'Actions, owners and dates agreed with the customer.', 14, 'csm'
    UNION ALL SELECT 'red_health_outreach', 4, 'Back out of red', 'Review the health trend after 30 days.', 30, 'csm'
    UNION ALL SELECT 'detractor_follow_up', 1, 'Call the respondent', 'Thank them, ask what would make it a 9 or 10.', 3, 'csm'
    UNION ALL SELECT 'detractor_follow_up', 2, 'Close the loop', 'Tell them what changed because of their answer.', 21, 'csm'
    UNION ALL SELECT 'no_touch', 1, 'Make contact', 'A call or meeting with the champion or another key contact.', 5, 'csm'
    UNION ALL SELECT 'no_touch', 2, 'Schedule the next check-in', '', 7, 'csm'
) s ON s.key = p.key;
