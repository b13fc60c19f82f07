-- Speed (issue 7): SQLite 3.40 evaluates a CHECK (x IN ('a', 'b', 'c')) by building a
-- temporary b-tree of the list for every row it writes, about 5% of an import's and a
-- rescore's CPU. The same checks written as `x = 'a' OR …` cost nothing. SQLite cannot alter
-- a CHECK, so `invitation` is rebuilt with the same columns, rows and ids (SQLite's documented
-- way to change a table): migrations run with foreign keys off, so the drop cascades nowhere.

-- It names `invitation`: renaming a table fails while a trigger names a missing one.
DROP TRIGGER decision_event_is_kept;

CREATE TABLE invitation_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sender_name TEXT NOT NULL,
    sender_key TEXT NOT NULL,
    sender_url TEXT,
    sent_at TEXT NOT NULL,
    message TEXT,
    relationship TEXT CHECK (relationship = 'friend' OR relationship = 'colleague' OR relationship = 'classmate'
                             OR relationship = 'business' OR relationship = 'group' OR relationship = 'other'),
    given_email TEXT,
    headline TEXT,
    -- JSON object with what the input told of the sender: industry, location, positions,
    -- education, groups, skills.
    profile TEXT,
    mutual_connections INTEGER CHECK (mutual_connections >= 0),
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    connected_on TEXT,
    decision TEXT CHECK (decision = 'accepted' OR decision = 'ignored'),
    decided_at TEXT,
    decision_note TEXT,
    status TEXT NOT NULL GENERATED ALWAYS AS (
        COALESCE(decision, CASE WHEN connected_on IS NULL THEN 'pending' ELSE 'connected' END)
    ) VIRTUAL,
    score REAL NOT NULL DEFAULT 0,
    suggestion TEXT NOT NULL DEFAULT 'review' CHECK (suggestion = 'accept' OR suggestion = 'review' OR suggestion = 'ignore'),
    -- JSON: the claims with their verdicts and the reasons with their points and evidence.
    verdict TEXT,
    -- Fingerprint of the configuration and evidence the score was computed with; NULL = never.
    scored_with TEXT
);

INSERT INTO invitation_rebuilt (
    id, sender_name, sender_key, sender_url, sent_at, message, relationship, given_email, headline,
    profile, mutual_connections, source, imported_at, connected_on, decision, decided_at,
    decision_note, score, suggestion, verdict, scored_with)
SELECT
    id, sender_name, sender_key, sender_url, sent_at, message, relationship, given_email, headline,
    profile, mutual_connections, source, imported_at, connected_on, decision, decided_at,
    decision_note, score, suggestion, verdict, scored_with
FROM invitation ORDER BY id;

-- Ids are never reused: the counter goes on from where it was, past forgotten rows too.
DELETE FROM sqlite_sequence WHERE name = 'invitation_rebuilt';
INSERT INTO sqlite_sequence (name, seq) SELECT 'invitation_rebuilt', seq FROM sqlite_sequence WHERE name = 'invitation';

DROP TABLE invitation;
ALTER TABLE invitation_rebuilt RENAME TO invitation;

-- The indexes and triggers went with the old table: the same ones again (0001, 0005).
CREATE INDEX invitation_by_time ON invitation (sent_at);
CREATE INDEX invitation_by_sender_url ON invitation (sender_url);
CREATE INDEX invitation_by_sender_key ON invitation (sender_key);
CREATE INDEX invitation_ranking ON invitation (status, score DESC, id);
CREATE INDEX invitation_by_status_time ON invitation (status, sent_at);
CREATE INDEX invitation_unscored ON invitation (id) WHERE scored_with IS NULL;

CREATE TRIGGER invitation_tally_insert AFTER INSERT ON invitation BEGIN
    INSERT INTO invitation_tally (status, count) VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER invitation_tally_delete AFTER DELETE ON invitation BEGIN
    UPDATE invitation_tally SET count = count - 1 WHERE status = OLD.status;
END;

CREATE TRIGGER invitation_tally_update AFTER UPDATE OF decision, connected_on ON invitation
WHEN OLD.status IS NOT NEW.status BEGIN
    UPDATE invitation_tally SET count = count - 1 WHERE status = OLD.status;
    INSERT INTO invitation_tally (status, count) VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER decision_event_is_kept BEFORE DELETE ON decision_event
WHEN EXISTS (SELECT 1 FROM invitation WHERE id = OLD.invitation_id)
BEGIN
    SELECT RAISE(ABORT, 'the decision history is append-only');
END;
