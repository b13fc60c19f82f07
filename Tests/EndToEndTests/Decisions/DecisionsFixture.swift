import Foundation
import Testing

/// The fixed dataset of the decision and summary tests: `Fixtures/export` (Invitations.csv with
/// 15 received invitations over ISO weeks 2026-W36 to W48, plus Positions.csv so one colleague
/// claim is false), an overlapping second Invitations file and a Connections.csv.
///
/// Ids follow the file order (sent at, suggestion, what the note does):
///  1 Anouk Visser   2026-11-25 W48 accept  met at a meetup
///  2 Brent Cole     2026-11-23 W48 ignore  no note
///  3 Carla Mendes   2026-11-21 W47 accept  met at KubeCon
///  4 Dmitri Orlov   2026-11-20 W47 ignore  stock note
///  5 Eva Lindgren   2026-11-18 W47 review  personal note holding `<script>alert(1)</script>`
///  6 Frank Miller   2026-11-17 W47 ignore  sales pitch
///  7 Paula Stein    2026-11-19 W47 ignore  false colleague claim (Oracle)
///  8 Greta Holm     2026-11-12 W46 ignore  no note
///  9 Hugo Brandt    2026-11-10 W46 accept  met at Container Days
/// 10 Ines Duarte    2026-11-04 W45 ignore  stock note
/// 11 Jonas Berg     2026-10-28 W44 ignore  no note
/// 12 =HYPERLINK("http://x")  2026-10-27 W44 ignore  note "+31 6 1234 5678 call me"
/// 13 Lena Vogel     2026-10-14 W42 review  personal note
/// 14 Mats Olsen     2026-09-15 W38 ignore  no note
/// 15 Nora Quist     2026-09-02 W36 ignore  stock note (Dutch)
enum DecisionsFixture {
    static let folder = PackagePaths.root.appendingPathComponent("Tests/EndToEndTests/Decisions/Fixtures")
    static let export = folder.appendingPathComponent("export").path
    static let invitations = folder.appendingPathComponent("export/Invitations.csv").path
    /// Rows 1, 2, 3 and 11 again, and one new invitation (Quinn Adams, 2026-11-26).
    static let overlapping = folder.appendingPathComponent("Invitations-overlap.csv").path
    /// Anouk Visser (1), Carla Mendes (3) and Dmitri Orlov (4) are connections.
    static let connections = folder.appendingPathComponent("Connections.csv").path

    /// Wednesday of 2026-W47 and Thursday of 2026-W47: "now" for decisions made last week.
    static let lastWednesday = "2026-11-18T10:00:00"
    static let lastThursday = "2026-11-19T12:00:00"

    static let invitationManager = "https://www.linkedin.com/mynetwork/invitation-manager/received/"

    /// A sandbox with the fixture export imported.
    static func sandbox(sourceLocation: SourceLocation = #_sourceLocation) throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.importing([export], sourceLocation: sourceLocation)
        return sandbox
    }

    /// The decisions the summary tests count on:
    /// - 2026-W47 (Wed): accept 9 with a note; ignore 10-11.
    /// - 2026-W47 (Thu): bulk ignore of the ignore-suggested sent before 2026-10-01 (14, 15).
    /// - 2026-W48 (now): accept 1 3; ignore 4 6 7; accept 5 (suggested review) with a
    ///   `<script>` note; ignore 12, then accept 12 (a change, against the suggestion).
    /// Left pending: 2, 8, 13.
    static func decideTheStandardSet(_ sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let steps: [(now: String?, arguments: [String])] = [
            (lastWednesday, ["accept", "9", "--note", "met at Container Days"]),
            (lastWednesday, ["ignore", "10-11"]),
            (lastThursday, ["ignore", "--suggestion", "ignore", "--before", "2026-10-01", "--yes"]),
            (nil, ["accept", "1", "3"]),
            (nil, ["ignore", "4", "6", "7"]),
            (nil, ["accept", "5", "--note", "<script>alert(1)</script>"]),
            (nil, ["ignore", "12"]),
            (nil, ["accept", "12"]),
        ]
        for step in steps {
            try sandbox.decide(step.arguments, now: step.now, sourceLocation: sourceLocation)
        }
    }
}

extension Sandbox {
    /// Runs a decision command that must succeed, optionally at another "now".
    @discardableResult
    func decide(_ arguments: [String], now: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let result = try triage(arguments, environment: now.map { ["INVITE_TRIAGE_NOW": $0] } ?? [:], sourceLocation: sourceLocation)
        try #require(result.status == 0, "\(arguments.joined(separator: " ")) failed: \(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Every invitation's status by id, from `list --status all --format json`.
    func statuses(sourceLocation: SourceLocation = #_sourceLocation) throws -> [Int: String] {
        var statuses: [Int: String] = [:]
        for item in try listAll(sourceLocation: sourceLocation) {
            if let id = item.id { statuses[id] = item.status }
        }
        return statuses
    }

    /// One invitation of `list --status all --format json`.
    func listed(_ id: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> ListedInvitation {
        try #require(try listAll(sourceLocation: sourceLocation).first { $0.id == id }, "no invitation \(id)", sourceLocation: sourceLocation)
    }

    /// `history [ID] --format json`, decoded.
    func history(_ id: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> [HistoryEvent] {
        let result = try triage(["history"] + (id.map { [String($0)] } ?? []) + ["--format", "json"], sourceLocation: sourceLocation)
        try #require(result.status == 0, "history failed: \(result)", sourceLocation: sourceLocation)
        return try JSONDecoder().decode([HistoryEvent].self, from: Data(result.stdout.utf8))
    }

    /// `summary --format json` with `options`, decoded.
    func summary(_ options: [String] = [], now: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> SummaryFigures {
        let result = try triage(["summary", "--format", "json"] + options, environment: now.map { ["INVITE_TRIAGE_NOW": $0] } ?? [:],
                                sourceLocation: sourceLocation)
        try #require(result.status == 0, "summary failed: \(result)", sourceLocation: sourceLocation)
        return try JSONDecoder().decode(SummaryFigures.self, from: Data(result.stdout.utf8))
    }
}

/// The decision cached on an invitation in `list` JSON: its `decision` object.
extension ListedInvitation {
    var decisionObject: [String: Any]? { object["decision"] as? [String: Any] }
    var decisionDecidedAt: String? { decisionObject?["decidedAt"] as? String }
    var decisionNote: String? { decisionObject?["note"] as? String }
}
