import Foundation
import GRDB

/// Reading commands' queries. They never write: stale scores are reported, not fixed.
public struct InvitationReader {
    let store: Store

    public init(store: Store) { self.store = store }

    static let columns = """
        id, status, connected_on, score, suggestion, sender_name, sender_url, headline, sent_at, message,
        verdict, decided_at, decision_note
        """

    /// The invitations the filter selects, and how many match in all (for "… and N more").
    public func list(_ filter: InvitationFilter) throws -> (items: [InvitationItem], total: Int) {
        let (whereSQL, arguments) = filter.whereClause
        return try store.read { db in
            let total = filter.selectsStatusOnly
                ? try InvitationTally.count(db, status: filter.status)
                : try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation \(whereSQL)", arguments: arguments) ?? 0
            var sql = "SELECT \(Self.columns) FROM invitation \(whereSQL) \(filter.orderClause)"
            if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
            let items = try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.item)
            return (items, total)
        }
    }

    public func item(id: Int64) throws -> InvitationItem? {
        try store.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.columns) FROM invitation WHERE id = ?", arguments: [id]).map(Self.item)
        }
    }

    static func item(_ row: Row) -> InvitationItem {
        let verdict = (row["verdict"] as String?).flatMap { try? JSONDecoder().decode(Verdict.self, from: Data($0.utf8)) } ?? Verdict()
        let decidedAt: String? = row["decided_at"]
        return InvitationItem(
            id: row["id"], status: row["status"], connectedOn: row["connected_on"], score: row["score"],
            suggestion: Suggestion(rawValue: row["suggestion"]) ?? .review,
            from: .init(name: row["sender_name"], profileUrl: row["sender_url"], headline: row["headline"]),
            sentAt: row["sent_at"], message: row["message"], verdict: verdict,
            decision: decidedAt.map { InvitationItem.Decision(decidedAt: $0, note: row["decision_note"]) })
    }
}
