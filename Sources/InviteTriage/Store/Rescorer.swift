import Foundation
import GRDB

/// Keeps stored scores current. A score records the configuration and evidence it was computed
/// with; writing commands rescore what is stale, reading commands only report it.
public enum Rescorer {
    static func fingerprint(_ db: Database, configuration: Configuration) throws -> String {
        let version = try Int.fetchOne(db, sql: "SELECT evidence_version FROM store_state WHERE id = 1") ?? 0
        return "\(configuration.fingerprint):\(version)"
    }

    /// How many invitations carry a score computed with other settings or evidence.
    public static func staleCount(store: Store, configuration: Configuration) throws -> Int {
        try store.read { db in
            let current = try fingerprint(db, configuration: configuration)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation WHERE scored_with IS NOT ?", arguments: [current]) ?? 0
        }
    }

    /// Rescores stale invitations (every one with `all`); returns how many were scored.
    @discardableResult
    public static func rescore(store: Store, configuration: Configuration, clock: Clock, all: Bool = false) throws -> Int {
        try store.write { db in try rescore(db, configuration: configuration, clock: clock, all: all) }
    }

    static func rescore(_ db: Database, configuration: Configuration, clock: Clock, all: Bool = false) throws -> Int {
        let current = try fingerprint(db, configuration: configuration)
        if !all, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation WHERE scored_with IS NOT ?", arguments: [current]) == 0 {
            return 0
        }
        let (evidence, invitations) = try EvidenceLoader.load(db, configuration: configuration)
        let classifier = Classifier(configuration: configuration, evidence: evidence, now: clock.now)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let update = try db.makeStatement(sql: "UPDATE invitation SET score = ?, suggestion = ?, verdict = ?, scored_with = ? WHERE id = ?")
        for facts in invitations {
            let judgement = classifier.judge(facts)
            let verdict = String(decoding: try encoder.encode(judgement.verdict), as: UTF8.self)
            try update.execute(arguments: [judgement.score, judgement.suggestion.rawValue, verdict, current, facts.id])
        }
        return invitations.count
    }
}
