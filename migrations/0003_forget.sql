-- `forget`: people removed on request stay removed. Only salted hashes of their profile URL
-- and folded name are kept, so later imports can skip them without the database holding
-- who they were.
CREATE TABLE tombstone (
    digest TEXT PRIMARY KEY
) WITHOUT ROWID;

-- The per-database salt of those digests (random, made at first use).
CREATE TABLE tombstone_salt (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    salt TEXT NOT NULL
);
