import Foundation
import GRDB

/// The figures of `invite-triage summary`, with stable JSON keys (docs/summary.md).
public struct WeeklySummary: AlwaysPresentKeys, Sendable {
    public struct Counts: AlwaysPresentKeys, Sendable {
        public var total = 0
        public var accept = 0
        public var review = 0
        public var ignore = 0
    }

    public struct Decided: AlwaysPresentKeys, Sendable {
        public var accepted = 0
        public var ignored = 0
    }

    public struct Backlog: AlwaysPresentKeys, Sendable {
        public var pending = 0
        public var olderThanWeek = 0
        public var olderThanMonth = 0
        public var oldestSentAt: String?

    }

    public struct CodeCount: AlwaysPresentKeys, Sendable {
        public var code: String
        public var count: Int
    }

    public struct IgnoredTraits: AlwaysPresentKeys, Sendable {
        public var count = 0
        public var topReasons: [CodeCount] = []
        /// Share (0–1) of the ignored whose note was generic.
        public var genericShare: Double = 0
        public var falseClaimsByKind: [CodeCount] = []
    }

    public struct ToDo: AlwaysPresentKeys, Sendable {
        public var id: Int64
        public var name: String
        public var profileUrl: String?
        public var decidedAt: String

    }

    public struct Week: AlwaysPresentKeys, Sendable {
        public var week: String
        public var received: Int
        public var accepted: Int
        public var ignored: Int
    }

    public struct Agreement: AlwaysPresentKeys, Sendable {
        /// Decisions made one by one (single and review) up to the end of the period.
        public var decisions = 0
        /// Of those whose suggestion was accept or ignore, the share that matched.
        public var agreed = 0
        public var suggestedAcceptOrIgnore = 0
        public var rate: Double?
        /// Share of the one-by-one decisions whose suggestion was review.
        public var reviewShare: Double?
        public var byCode: [CodeAgreement] = []

    }

    public struct CodeAgreement: AlwaysPresentKeys, Sendable {
        public var code: String
        public var decisions: Int
        public var agreed: Int
        public var rate: Double?

    }

    /// An invitation received in the period, for the report's list.
    public struct Received: AlwaysPresentKeys, Sendable {
        public var id: Int64
        public var name: String
        public var score: Double
        public var suggestion: String
        public var status: String
        public var message: String?

    }

    public var period: String
    public var start: String
    public var end: String
    public var received = Counts()
    public var decided = Decided()
    public var backlog = Backlog()
    public var ignored = IgnoredTraits()
    public var linkedInToDo: [ToDo] = []
    public var trend: [Week] = []
    public var agreement = Agreement()
    public var invitations: [Received] = []
}

extension WeeklySummary {
    public static func compute(store: Store, period: ReportPeriod, now: LocalDateTime, trendWeeks: Int = 8) throws -> WeeklySummary {
        try store.read { db in
            var summary = WeeklySummary(period: period.label, start: period.start.text, end: period.end.text)
            let range: StatementArguments = [period.start.text, period.end.text]
            for row in try Row.fetchAll(db, sql: "SELECT suggestion, COUNT(*) FROM invitation WHERE sent_at >= ? AND sent_at < ? GROUP BY suggestion", arguments: range) {
                let count: Int = row[1]
                summary.received.total += count
                switch row[0] as String {
                case "accept": summary.received.accept = count
                case "ignore": summary.received.ignore = count
                default: summary.received.review += count
                }
            }
            let decided = try decisions(db, from: period.start, to: period.end)
            summary.decided = Decided(accepted: decided.filter { $0.decision == "accepted" }.count,
                                      ignored: decided.filter { $0.decision == "ignored" }.count)

            // The old backlog is the whole backlog minus its recent part: a short index range
            // instead of a count over every pending row.
            summary.backlog.pending = try InvitationTally.count(db, status: .pending)
            func pending(since time: LocalDateTime) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation WHERE status = 'pending' AND sent_at >= ?", arguments: [time.text]) ?? 0
            }
            summary.backlog.olderThanWeek = summary.backlog.pending - (try pending(since: now.adding(days: -7)))
            summary.backlog.olderThanMonth = summary.backlog.pending - (try pending(since: now.adding(days: -30)))
            summary.backlog.oldestSentAt = try String.fetchOne(db, sql: "SELECT MIN(sent_at) FROM invitation WHERE status = 'pending'")

            summary.ignored = try ignoredTraits(db, decisions: decided.filter { $0.decision == "ignored" })
            summary.linkedInToDo = try Row.fetchAll(db, sql: """
                SELECT id, sender_name, sender_url, decided_at FROM invitation WHERE status = 'accepted' AND connected_on IS NULL ORDER BY decided_at
                """).map { ToDo(id: $0[0], name: $0[1], profileUrl: $0[2], decidedAt: $0[3]) }
            for week in period.trendWeeks(trendWeeks) {
                let received = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation WHERE sent_at >= ? AND sent_at < ?", arguments: [week.start.text, week.end.text]) ?? 0
                let weekDecisions = try decisions(db, from: week.start, to: week.end)
                summary.trend.append(Week(week: week.label, received: received,
                                          accepted: weekDecisions.filter { $0.decision == "accepted" }.count,
                                          ignored: weekDecisions.filter { $0.decision == "ignored" }.count))
            }
            summary.agreement = try agreement(db, until: period.end)
            summary.invitations = try Row.fetchAll(db, sql: """
                SELECT id, sender_name, score, suggestion, status, message FROM invitation WHERE sent_at >= ? AND sent_at < ?
                ORDER BY score DESC, sent_at DESC LIMIT 100
                """, arguments: range).map { Received(id: $0[0], name: $0[1], score: $0[2], suggestion: $0[3], status: $0[4], message: $0[5]) }
            return summary
        }
    }

    struct DecisionRow {
        var invitation: Int64
        var decision: String
        var suggestion: String
        var codes: [String]
        var source: String
    }

    /// Each invitation's last standing decision made in the period (undone ones and undos excluded).
    static func decisions(_ db: Database, from start: LocalDateTime, to end: LocalDateTime) throws -> [DecisionRow] {
        try Row.fetchAll(db, sql: """
            SELECT e.invitation_id, e.decision, e.suggestion, e.reason_codes, e.source FROM decision_event e
            JOIN operation o ON o.id = e.operation_id
            WHERE e.id IN (
                SELECT MAX(e2.id) FROM decision_event e2 JOIN operation o2 ON o2.id = e2.operation_id
                WHERE e2.decided_at >= ? AND e2.decided_at < ? AND e2.source != 'undo' AND o2.undone_by IS NULL
                GROUP BY e2.invitation_id)
              AND e.decision IS NOT NULL
            """, arguments: [start.text, end.text]).map {
            DecisionRow(invitation: $0[0], decision: $0[1], suggestion: $0[2], codes: ($0[3] as String).split(separator: ",").map(String.init), source: $0[4])
        }
    }

    /// What the ignored had in common, by the reasons they carried when they were ignored
    /// (stored with the decision), and the false claims of their verdicts.
    static func ignoredTraits(_ db: Database, decisions: [DecisionRow]) throws -> IgnoredTraits {
        var traits = IgnoredTraits(count: decisions.count)
        guard !decisions.isEmpty else { return traits }
        let strikes = Set(ReasonCode.allCases.filter { $0.defaultPoints < 0 }.map(\.rawValue))
        var codes: [String: Int] = [:]
        var claims: [String: Int] = [:]
        var generic = 0
        let decoder = JSONDecoder()
        for decision in decisions {
            for code in Set(decision.codes) where strikes.contains(code) { codes[code, default: 0] += 1 }
            if decision.codes.contains(ReasonCode.genericMessage.rawValue) { generic += 1 }
            guard let text = try String.fetchOne(db, sql: "SELECT verdict FROM invitation WHERE id = ?", arguments: [decision.invitation]),
                  let verdict = try? decoder.decode(Verdict.self, from: Data(text.utf8)) else { continue }
            for claim in verdict.claims where claim.verdict == .false { claims[claim.kind.rawValue, default: 0] += 1 }
        }
        func ranked(_ counts: [String: Int]) -> [CodeCount] {
            counts.map { CodeCount(code: $0.key, count: $0.value) }.sorted { ($0.count, $1.code) > ($1.count, $0.code) }
        }
        traits.topReasons = Array(ranked(codes).prefix(5))
        traits.falseClaimsByKind = ranked(claims)
        traits.genericShare = Double(generic) / Double(decisions.count)
        return traits
    }

    static func agreement(_ db: Database, until end: LocalDateTime) throws -> Agreement {
        let rows = try decisions(db, from: LocalDateTime(year: 1, month: 1, day: 1)!, to: end).filter { $0.source == "single" || $0.source == "review" }
        var agreement = Agreement(decisions: rows.count)
        var byCode: [String: (decisions: Int, agreed: Int)] = [:]
        var reviewed = 0
        for row in rows {
            guard row.suggestion != Suggestion.review.rawValue else { reviewed += 1; continue }
            let agreed = (row.suggestion == "accept" && row.decision == "accepted") || (row.suggestion == "ignore" && row.decision == "ignored")
            agreement.suggestedAcceptOrIgnore += 1
            if agreed { agreement.agreed += 1 }
            for code in Set(row.codes) {
                byCode[code, default: (0, 0)].decisions += 1
                if agreed { byCode[code, default: (0, 0)].agreed += 1 }
            }
        }
        if agreement.suggestedAcceptOrIgnore > 0 { agreement.rate = Double(agreement.agreed) / Double(agreement.suggestedAcceptOrIgnore) }
        if !rows.isEmpty { agreement.reviewShare = Double(reviewed) / Double(rows.count) }
        agreement.byCode = byCode.map { CodeAgreement(code: $0.key, decisions: $0.value.decisions, agreed: $0.value.agreed,
                                                      rate: Double($0.value.agreed) / Double($0.value.decisions)) }
            .sorted { ($0.decisions, $1.code) > ($1.decisions, $0.code) }
        return agreement
    }
}
