-- Re-import speed (issue 7): the files imported into the database as it is now, by content.
-- Importing one of them again would change nothing (every write of an import is idempotent),
-- so the import compares digests and skips it instead of reading every row again. A row is
-- valid only while `evidence_version` is the database's: any import that changed something,
-- and any `forget`, moves that on.
CREATE TABLE imported_file (
    size INTEGER NOT NULL,                -- bytes
    digest TEXT NOT NULL,                 -- ContentDigest of the bytes: 32 hex digits
    reader TEXT NOT NULL,                 -- how it was read: UnchangedFiles.reader (version, time zone)
    evidence_version INTEGER NOT NULL,    -- store_state.evidence_version after that import
    report TEXT NOT NULL,                 -- the file's report (JSON), repeated when it is skipped
    imported_at TEXT NOT NULL,
    PRIMARY KEY (size, digest, reader)
) WITHOUT ROWID;
