import GRDB

/// How many invitations have each status, read from the table the triggers of migration 0005
/// keep: a million rows are not counted on every `list` and `summary`.
enum InvitationTally {
    static func count(_ db: Database, status: InvitationStatus?) throws -> Int {
        guard let status else { return try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(count), 0) FROM invitation_tally") ?? 0 }
        return try Int.fetchOne(db, sql: "SELECT count FROM invitation_tally WHERE status = ?", arguments: [status.rawValue]) ?? 0
    }
}
