-- The first schema of invite-triage. Frozen once shipped: change the schema in a new file.
-- Times are local wall-clock text 'YYYY-MM-DDTHH:MM:SS'; dates 'YYYY-MM-DD'.
-- *_key columns hold names folded for matching (case, accents, spaces); *_url columns hold
-- normalised profile URLs, NULL when unknown.

-- Received invitations: the ones the tool triages. Ids are never reused (AUTOINCREMENT).
CREATE TABLE invitation (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sender_name TEXT NOT NULL,
    sender_key TEXT NOT NULL,
    sender_url TEXT,
    sent_at TEXT NOT NULL,
    message TEXT,
    relationship TEXT CHECK (relationship IN ('friend', 'colleague', 'classmate', 'business', 'group', 'other')),
    given_email TEXT,
    headline TEXT,
    -- JSON object with what the input told of the sender: industry, location, positions,
    -- education, groups, skills.
    profile TEXT,
    mutual_connections INTEGER CHECK (mutual_connections >= 0),
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    connected_on TEXT,
    decision TEXT CHECK (decision IN ('accepted', 'ignored')),
    decided_at TEXT,
    decision_note TEXT,
    status TEXT NOT NULL GENERATED ALWAYS AS (
        COALESCE(decision, CASE WHEN connected_on IS NULL THEN 'pending' ELSE 'connected' END)
    ) VIRTUAL,
    score REAL NOT NULL DEFAULT 0,
    suggestion TEXT NOT NULL DEFAULT 'review' CHECK (suggestion IN ('accept', 'review', 'ignore')),
    -- JSON: the claims with their verdicts and the reasons with their points and evidence.
    verdict TEXT,
    -- Fingerprint of the configuration and evidence the score was computed with; NULL = never.
    scored_with TEXT
);
CREATE INDEX invitation_by_time ON invitation (sent_at);
CREATE INDEX invitation_by_sender_url ON invitation (sender_url);
CREATE INDEX invitation_by_sender_key ON invitation (sender_key);
CREATE INDEX invitation_ranking ON invitation (status, score DESC, id);
CREATE INDEX invitation_by_status_time ON invitation (status, sent_at);

-- Invitations the owner sent: evidence only.
CREATE TABLE sent_invitation (
    id INTEGER PRIMARY KEY,
    recipient_name TEXT NOT NULL,
    recipient_key TEXT NOT NULL,
    recipient_url TEXT,
    sent_at TEXT NOT NULL,
    message TEXT,
    source TEXT NOT NULL
);
CREATE INDEX sent_invitation_by_time ON sent_invitation (sent_at);

-- The owner of the export: one row.
CREATE TABLE owner_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT,
    headline TEXT,
    industry TEXT,
    location TEXT
);

-- Names, profile URLs and e-mail addresses that are the owner's (folded / normalised).
CREATE TABLE owner_identity (
    kind TEXT NOT NULL CHECK (kind IN ('name', 'url', 'email')),
    value TEXT NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;

CREATE TABLE owner_position (
    id INTEGER PRIMARY KEY,
    company TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    started TEXT NOT NULL DEFAULT '',
    finished TEXT,
    UNIQUE (company, title, started)
);

CREATE TABLE owner_education (
    id INTEGER PRIMARY KEY,
    school TEXT NOT NULL,
    degree TEXT NOT NULL DEFAULT '',
    started TEXT NOT NULL DEFAULT '',
    finished TEXT,
    UNIQUE (school, degree, started)
);

CREATE TABLE owner_skill (name TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE owner_group (name TEXT PRIMARY KEY) WITHOUT ROWID;

-- The owner's first-degree connections.
CREATE TABLE connection (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    person_key TEXT NOT NULL,
    person_url TEXT,
    company TEXT,
    position TEXT,
    connected_on TEXT
);
CREATE INDEX connection_by_url ON connection (person_url);
CREATE INDEX connection_by_key ON connection (person_key);

-- Messages, reduced to who wrote to whom and when; the text is kept only as a hash, to
-- recognise an accepted invitation's note echoed as a first message.
CREATE TABLE message (
    id INTEGER PRIMARY KEY,
    conversation TEXT NOT NULL,
    sender_key TEXT NOT NULL,
    sender_url TEXT,
    recipient_keys TEXT NOT NULL,   -- folded names joined by U+001F
    recipient_urls TEXT NOT NULL,   -- normalised URLs joined by U+001F
    sent_at TEXT NOT NULL,
    content_key TEXT NOT NULL,
    UNIQUE (conversation, sender_key, sent_at, content_key)
);

-- Address-book contacts (Contacts.csv, Imported Contacts.csv): names and companies only.
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    person_key TEXT NOT NULL,
    company TEXT NOT NULL DEFAULT '',
    UNIQUE (person_key, company)
);

-- Which kinds of evidence have ever been imported: a claim is unverifiable, not false, when
-- the records that could back it were never imported.
CREATE TABLE evidence_source (
    kind TEXT PRIMARY KEY,
    rows INTEGER NOT NULL,       -- the most rows one import of this kind held
    first_imported_at TEXT NOT NULL
) WITHOUT ROWID;

-- Bumped by every import that changes evidence, so stored scores can tell they are stale.
CREATE TABLE store_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    evidence_version INTEGER NOT NULL,
    -- The fingerprint every invitation was last scored with: reading commands compare this one
    -- value instead of scanning the rows.
    scored_with TEXT
);
INSERT INTO store_state (id, evidence_version) VALUES (1, 0);
