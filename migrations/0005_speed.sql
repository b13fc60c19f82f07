-- Speed at a million invitations (issue 7): indexes that let the hot statements skip the rows
-- they do not need, and counts kept up to date instead of counted on every read.

-- Linking by name: an invitation with a URL can only match a connection without one.
CREATE INDEX connection_by_key_without_url ON connection (person_key) WHERE person_url IS NULL;

-- "Is anything unscored?" without reading every row.
CREATE INDEX invitation_unscored ON invitation (id) WHERE scored_with IS NULL;

-- Invitations per status: the total of `list` and the backlog of `summary` read it instead
-- of counting a million rows.
CREATE TABLE invitation_tally (
    status TEXT PRIMARY KEY,
    count INTEGER NOT NULL CHECK (count >= 0)
) WITHOUT ROWID;
INSERT INTO invitation_tally (status, count) SELECT status, COUNT(*) FROM invitation GROUP BY status;

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
