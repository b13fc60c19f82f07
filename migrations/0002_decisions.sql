-- Decisions: an append-only history. `invitation.decision` caches the latest event so lists
-- and statuses read one row; the events are the record.

-- One command that decided (or undid) something: `accept 12-15`, a bulk ignore, one review key.
CREATE TABLE operation (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    command TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('single', 'bulk', 'review', 'undo')),
    started_at TEXT NOT NULL,
    -- The undo operation that reverted this one; an undo is never itself undone.
    undone_by INTEGER REFERENCES operation (id)
);

CREATE TABLE decision_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invitation_id INTEGER NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    operation_id INTEGER NOT NULL REFERENCES operation (id),
    -- NULL: back to undecided (an undo of a first decision).
    decision TEXT CHECK (decision IN ('accepted', 'ignored')),
    decided_at TEXT NOT NULL,
    note TEXT,
    -- What the tool suggested at that moment, for measuring agreement later.
    score REAL NOT NULL,
    suggestion TEXT NOT NULL,
    reason_codes TEXT NOT NULL,
    -- The learned reason's share of `score`, so `eval` can replay without it.
    learned_points REAL NOT NULL DEFAULT 0,
    source TEXT NOT NULL CHECK (source IN ('single', 'bulk', 'review', 'undo'))
);
CREATE INDEX decision_event_by_invitation ON decision_event (invitation_id, id);
CREATE INDEX decision_event_by_operation ON decision_event (operation_id);
CREATE INDEX decision_event_by_time ON decision_event (decided_at);

CREATE TRIGGER decision_event_is_append_only BEFORE UPDATE ON decision_event
BEGIN
    SELECT RAISE(ABORT, 'the decision history is append-only');
END;

-- Rows go only with their invitation (`forget`, through the foreign key's cascade).
CREATE TRIGGER decision_event_is_kept BEFORE DELETE ON decision_event
WHEN EXISTS (SELECT 1 FROM invitation WHERE id = OLD.invitation_id)
BEGIN
    SELECT RAISE(ABORT, 'the decision history is append-only');
END;
