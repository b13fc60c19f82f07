import ArgumentParser
import InviteTriage

/// The filters shared by every command that selects invitations.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("pending, accepted, ignored, connected or all (default: pending; for export: all).", valueName: "status"))
    var status: String?

    @Option(help: ArgumentHelp("Only invitations with this suggestion: accept, review or ignore.", valueName: "suggestion"))
    var suggestion: String?

    @Option(help: ArgumentHelp("Only invitations sent on or after this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only invitations sent before this date (YYYY-MM-DD).", valueName: "date"))
    var before: String?

    @Option(help: ArgumentHelp("score (best first), newest or oldest.", valueName: "order"))
    var order: String = "score"

    @Option(help: ArgumentHelp("At most this many invitations.", valueName: "n"))
    var limit: Int?

    /// The filters as typed, for the history's record of a bulk command.
    var description: [String] {
        [("--status", status), ("--suggestion", suggestion), ("--since", since), ("--before", before), ("--limit", limit.map(String.init))]
            .compactMap { name, value in value.map { "\(name) \($0)" } }
    }

    /// Whether any filter was given: bulk decisions need one.
    var isGiven: Bool { status != nil || suggestion != nil || since != nil || before != nil || limit != nil }

    func filter(clock: Clock) throws -> InvitationFilter {
        var filter = InvitationFilter()
        if status == "all" {
            filter.status = nil
        } else {
            guard let value = InvitationStatus(rawValue: status ?? "pending") else {
                throw ValidationError("--status must be one of \(InvitationStatus.allCases.map(\.rawValue).joined(separator: ", ")), all")
            }
            filter.status = value
        }
        if let suggestion {
            guard let value = Suggestion(rawValue: suggestion) else { throw ValidationError("--suggestion must be accept, review or ignore") }
            filter.suggestion = value
        }
        guard let order = ListOrder(rawValue: order) else { throw ValidationError("--order must be score, newest or oldest") }
        filter.order = order
        filter.since = try since.map { try Self.date($0, option: "--since", clock: clock) }
        filter.before = try before.map { try Self.date($0, option: "--before", clock: clock) }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        filter.limit = limit
        return filter
    }

    static func date(_ text: String, option: String, clock: Clock) throws -> LocalDateTime {
        switch TimestampParser.parse(text, order: .monthFirst, zone: clock.zone) {
        case .success(let value): return value
        case .failure: throw ValidationError("\(option) takes a date such as 2026-06-01")
        }
    }
}
