import GRDB

/// The first import writes every invitation at once. Updating five indexes and a trigger row
/// by row, then every ranking entry again when the scores come, costs more than the rows
/// themselves; SQLite builds an index from sorted keys in one pass far faster. So, inside the
/// import's transaction, an empty invitation table loses its indexes and triggers, and gets
/// them back from their own SQL (the migrations stay their only definition).
struct BulkLoad {
    /// The minute look-up of `StoreWriter.upsert` needs this one while rows come in.
    private static let keptIndex = "invitation_by_time"
    /// Rebuilt last: scoring changes what they hold.
    static let scoreIndexes: Set<String> = ["invitation_ranking", "invitation_unscored"]

    private var setAside: [(type: String, name: String, sql: String)]

    /// Sets the invitation table's indexes and triggers aside when it holds no row; nil when
    /// it does (an import into a populated table keeps them).
    static func begin(_ db: Database) throws -> BulkLoad? {
        guard try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM invitation)") == true else { return nil }
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, name, sql FROM sqlite_master
            WHERE tbl_name = 'invitation' AND type IN ('index', 'trigger') AND sql IS NOT NULL AND name <> ?
            """, arguments: [keptIndex])
        let load = BulkLoad(setAside: rows.map { ($0["type"], $0["name"], $0["sql"]) })
        for item in load.setAside {
            try db.execute(sql: "DROP \(item.type == "index" ? "INDEX" : "TRIGGER") \(item.name.quotedDatabaseIdentifier)")
        }
        return load
    }

    /// Puts back what was set aside, but for `names`; recounts the per-status tally its
    /// triggers keep.
    mutating func restore(_ db: Database, except names: Set<String> = []) throws {
        let due = setAside.filter { !names.contains($0.name) }
        setAside.removeAll { !names.contains($0.name) }
        for item in due { try db.execute(sql: item.sql) }
        if due.contains(where: { $0.type == "trigger" }) {
            try db.execute(sql: """
                DELETE FROM invitation_tally;
                INSERT INTO invitation_tally (status, count) SELECT status, COUNT(*) FROM invitation GROUP BY status;
                """)
        }
    }
}
