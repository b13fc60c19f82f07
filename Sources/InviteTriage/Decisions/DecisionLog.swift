import Foundation
import GRDB

/// Records decisions as append-only history and reverts whole operations. Nothing here
/// overwrites or deletes a past decision.
public struct DecisionLog {
    let store: Store
    let clock: Clock

    public init(store: Store, clock: Clock) {
        self.store = store
        self.clock = clock
    }

    public struct Change: Sendable {
        public var id: Int64
        public var sender: String
        public var before: DecisionKind?
        public var after: DecisionKind?
    }

    public struct Outcome: Sendable {
        public var operation: Int64?
        public var changed: [Change] = []
        /// Already so decided: nothing recorded.
        public var unchanged: [Change] = []
        /// Ids that name no invitation.
        public var unknown: [Int64] = []
    }

    /// Decides the invitations in one operation; ids that name nothing are reported, not fatal.
    public func decide(_ ids: [Int64], as decision: DecisionKind, note: String?, source: DecisionSource, command: String) throws -> Outcome {
        try store.write { db in
            var outcome = Outcome()
            var operation: Int64?
            for id in ids.uniqued() {
                guard let row = try Row.fetchOne(db, sql: "SELECT sender_name, decision, score, suggestion, verdict FROM invitation WHERE id = ?", arguments: [id]) else {
                    outcome.unknown.append(id)
                    continue
                }
                let before = (row["decision"] as String?).flatMap(DecisionKind.init(rawValue:))
                let change = Change(id: id, sender: row["sender_name"], before: before, after: decision)
                if before == decision, note == nil {
                    outcome.unchanged.append(change)
                    continue
                }
                if operation == nil { operation = try Self.startOperation(db, command: command, source: source, at: clock.now) }
                try Self.record(db, invitation: id, decision: decision, note: note, operation: operation!, source: source, at: clock.now, row: row)
                outcome.changed.append(change)
            }
            outcome.operation = operation
            return outcome
        }
    }

    public struct UndoOutcome: Sendable {
        public var command: String
        public var startedAt: String
        public var reverted: [Change]
    }

    /// Reverts the most recent operation that is not an undo and not yet undone: every
    /// invitation it changed goes back to its state before, by new history rows.
    /// `operation`: revert that one (review's `u` undoes its own last decision), if not yet undone.
    public func undo(operation: Int64? = nil) throws -> UndoOutcome? {
        try store.write { db in
            let condition = operation == nil ? "" : "AND id = \(operation!)"
            guard let target = try Row.fetchOne(db, sql: """
                SELECT id, command, started_at FROM operation WHERE source != 'undo' AND undone_by IS NULL \(condition) ORDER BY id DESC LIMIT 1
                """) else { return nil }
            let targetID: Int64 = target["id"]
            let undoID = try Self.startOperation(db, command: "undo", source: .undo, at: clock.now)
            var reverted: [Change] = []
            let events = try Row.fetchAll(db, sql: "SELECT id, invitation_id FROM decision_event WHERE operation_id = ? ORDER BY id DESC", arguments: [targetID])
            for event in events {
                let invitation: Int64 = event["invitation_id"]
                let eventID: Int64 = event["id"]
                let previous = try Row.fetchOne(db, sql: """
                    SELECT decision, decided_at, note FROM decision_event WHERE invitation_id = ? AND id < ? ORDER BY id DESC LIMIT 1
                    """, arguments: [invitation, eventID])
                guard let row = try Row.fetchOne(db, sql: "SELECT sender_name, decision, score, suggestion, verdict FROM invitation WHERE id = ?", arguments: [invitation]) else { continue }
                let restored = (previous?["decision"] as String?).flatMap(DecisionKind.init(rawValue:))
                try Self.record(db, invitation: invitation, decision: restored, note: previous?["note"], operation: undoID, source: .undo,
                                at: clock.now, row: row, decidedAt: previous?["decided_at"])
                reverted.append(Change(id: invitation, sender: row["sender_name"],
                                       before: (row["decision"] as String?).flatMap(DecisionKind.init(rawValue:)), after: restored))
            }
            try db.execute(sql: "UPDATE operation SET undone_by = ? WHERE id = ?", arguments: [undoID, targetID])
            return UndoOutcome(command: target["command"], startedAt: target["started_at"], reverted: reverted)
        }
    }

    static func startOperation(_ db: Database, command: String, source: DecisionSource, at now: LocalDateTime) throws -> Int64 {
        try db.execute(sql: "INSERT INTO operation (command, source, started_at) VALUES (?, ?, ?)", arguments: [command, source.rawValue, now.text])
        return db.lastInsertedRowID
    }

    /// Appends the event (with the suggestion of that moment) and updates the cached state.
    static func record(_ db: Database, invitation: Int64, decision: DecisionKind?, note: String?, operation: Int64,
                       source: DecisionSource, at now: LocalDateTime, row: Row, decidedAt: String? = nil) throws {
        let verdict = (row["verdict"] as String?).flatMap { try? JSONDecoder().decode(Verdict.self, from: Data($0.utf8)) } ?? Verdict()
        let codes = verdict.reasons.map(\.code).joined(separator: ",")
        let learned = verdict.reasons.first { $0.code == LearnedReason.code }?.points ?? 0
        try db.execute(sql: """
            INSERT INTO decision_event (invitation_id, operation_id, decision, decided_at, note, score, suggestion, reason_codes, learned_points, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [invitation, operation, decision?.rawValue, now.text, note, row["score"] as Double, row["suggestion"] as String, codes, learned, source.rawValue])
        try db.execute(sql: "UPDATE invitation SET decision = ?, decided_at = ?, decision_note = ? WHERE id = ?",
                       arguments: [decision?.rawValue, decision == nil ? nil : (decidedAt ?? now.text), decision == nil ? nil : note, invitation])
    }

    // MARK: Reading

    public struct Event: AlwaysPresentKeys, Sendable {
        public var invitation: Int64
        public var sender: String
        public var decision: String?
        public var decidedAt: String
        public var note: String?
        public var score: Double
        public var suggestion: String
        public var reasonCodes: [String]
        public var source: String
        public var operation: Int64
        public var command: String
        public var undone: Bool

    }

    /// The history, oldest first: of one invitation, or of all.
    public func history(of invitation: Int64? = nil, limit: Int? = nil) throws -> [Event] {
        try store.read { db in
            var sql = """
                SELECT e.invitation_id, i.sender_name, e.decision, e.decided_at, e.note, e.score, e.suggestion, e.reason_codes,
                       e.source, e.operation_id, o.command, o.undone_by IS NOT NULL AS undone
                FROM decision_event e JOIN operation o ON o.id = e.operation_id JOIN invitation i ON i.id = e.invitation_id
                """
            var arguments: StatementArguments = []
            if let invitation {
                sql += " WHERE e.invitation_id = ?"
                arguments += [invitation]
            }
            sql += " ORDER BY e.id"
            var events = try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                Event(invitation: row[0], sender: row[1], decision: row[2], decidedAt: row[3], note: row[4], score: row[5],
                      suggestion: row[6], reasonCodes: (row[7] as String).split(separator: ",").map(String.init),
                      source: row[8], operation: row[9], command: row[10], undone: row[11])
            }
            if let limit, events.count > limit { events = Array(events.suffix(limit)) }
            return events
        }
    }
}
