import GRDB

public enum InvitationStatus: String, CaseIterable, Sendable {
    case pending, accepted, ignored, connected
}

public enum ListOrder: String, CaseIterable, Sendable {
    case score, newest, oldest
}

/// The filters every command that selects invitations shares (list, export, review, bulk
/// decisions): one definition, one translation to SQL.
public struct InvitationFilter: Sendable {
    /// nil: every status.
    public var status: InvitationStatus? = .pending
    public var suggestion: Suggestion?
    /// Sent at or after this local time.
    public var since: LocalDateTime?
    /// Sent before this local time.
    public var before: LocalDateTime?
    public var order: ListOrder = .score
    public var limit: Int?

    public init() {}

    var whereClause: (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let status {
            conditions.append("status = ?")
            arguments += [status.rawValue]
        }
        if let suggestion {
            conditions.append("suggestion = ?")
            arguments += [suggestion.rawValue]
        }
        if let since {
            conditions.append("sent_at >= ?")
            arguments += [since.text]
        }
        if let before {
            conditions.append("sent_at < ?")
            arguments += [before.text]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// Selects by status alone (or nothing): the tally knows how many match.
    var selectsStatusOnly: Bool { suggestion == nil && since == nil && before == nil }

    var orderClause: String {
        switch order {
        case .score: "ORDER BY score DESC, sent_at DESC, id DESC"
        case .newest: "ORDER BY sent_at DESC, id DESC"
        case .oldest: "ORDER BY sent_at ASC, id ASC"
        }
    }
}
