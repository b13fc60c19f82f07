import GRDB

/// The statements `StoreWriter` runs for every imported row, prepared once and run through
/// SQLite's C API (`FastStatement`).
struct RowStatements {
    /// Arguments: ?1–?2 the minute, ?3 the folded name, ?4–?10 the row's fields in the order of
    /// `fillInvitation`. Returns one row: the earliest matching id (NULL when none) and whether
    /// the new row would fill in a field that one lacks (SQLite takes a bare column from the row
    /// MIN picked). MIN instead of ORDER BY … LIMIT 1: the latter builds a temporary b-tree for
    /// every row.
    let findInvitation: FastStatement
    /// Arguments: the seven fields of `findInvitation`'s ?4–?10, then the id.
    let fillInvitation: FastStatement
    let insertInvitation: FastStatement
    let findConnectionByURL: FastStatement
    let findConnectionByName: FastStatement
    let updateConnection: FastStatement
    let insertConnection: FastStatement
    let insertMessage: FastStatement

    init(_ db: Database) throws {
        findInvitation = try FastStatement(db, sql: """
            SELECT MIN(id),
                   (sender_url IS NULL AND ?4 IS NOT NULL) OR (message IS NULL AND ?5 IS NOT NULL)
                OR (relationship IS NULL AND ?6 IS NOT NULL) OR (given_email IS NULL AND ?7 IS NOT NULL)
                OR (headline IS NULL AND ?8 IS NOT NULL) OR (profile IS NULL AND ?9 IS NOT NULL)
                OR (mutual_connections IS NULL AND ?10 IS NOT NULL)
            FROM invitation WHERE sent_at >= ?1 AND sent_at < ?2
              AND CASE WHEN sender_url IS NOT NULL AND ?4 IS NOT NULL THEN sender_url = ?4 ELSE sender_key = ?3 END
            """)
        fillInvitation = try FastStatement(db, sql: """
            UPDATE invitation SET
                sender_url = COALESCE(sender_url, ?), message = COALESCE(message, ?),
                relationship = COALESCE(relationship, ?), given_email = COALESCE(given_email, ?),
                headline = COALESCE(headline, ?), profile = COALESCE(profile, ?),
                mutual_connections = COALESCE(mutual_connections, ?)
            WHERE id = ?
            """)
        insertInvitation = try FastStatement(db, sql: """
            INSERT INTO invitation (sender_name, sender_key, sender_url, sent_at, message, relationship,
                given_email, headline, profile, mutual_connections, source, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        findConnectionByURL = try FastStatement(db, sql: "SELECT id, company, position FROM connection WHERE person_url = ?")
        findConnectionByName = try FastStatement(db, sql: """
            SELECT id, company, position FROM connection WHERE person_key = ? AND person_url IS NULL AND connected_on IS ?
            """)
        updateConnection = try FastStatement(db, sql: "UPDATE connection SET company = ?, position = ? WHERE id = ?")
        insertConnection = try FastStatement(db, sql: """
            INSERT INTO connection (name, person_key, person_url, company, position, connected_on) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertMessage = try FastStatement(db, sql: """
            INSERT OR IGNORE INTO message (conversation, sender_key, sender_url, recipient_keys, recipient_urls, sent_at, content_key)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    }
}
