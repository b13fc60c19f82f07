import Foundation
import GRDB

/// Keeps stored scores current. A score records the configuration and evidence it was computed
/// with; writing commands rescore what is stale, reading commands only report it.
public enum Rescorer {
    /// What a score depends on: the configuration and evidence (the base), then the personal
    /// model's version: `base|model`.
    static func fingerprint(_ db: Database, configuration: Configuration) throws -> (base: String, full: String) {
        let version = try Int.fetchOne(db, sql: "SELECT evidence_version FROM store_state WHERE id = 1") ?? 0
        let base = "\(configuration.fingerprint):\(version)"
        return (base, base + "|" + (try Learner.version(db, configuration: configuration)))
    }

    /// How many invitations carry a score computed with other settings or evidence.
    public static func staleCount(store: Store, configuration: Configuration) throws -> Int {
        try store.read { db in
            let current = try fingerprint(db, configuration: configuration).full
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation WHERE scored_with IS NOT ?", arguments: [current]) ?? 0
        }
    }

    /// Rescores stale invitations (every one with `all`); returns how many were scored.
    /// `learning: false` (decisions) leaves scores that are stale only because the personal
    /// model moved: a decision must stay cheap; the next import, review or rescore catches up.
    @discardableResult
    public static func rescore(store: Store, configuration: Configuration, clock: Clock, all: Bool = false, learning: Bool = true) throws -> Int {
        try store.write { db in try rescore(db, configuration: configuration, clock: clock, all: all, learning: learning) }
    }

    static func rescore(_ db: Database, configuration: Configuration, clock: Clock, all: Bool = false, learning: Bool = true) throws -> Int {
        let (base, current) = try fingerprint(db, configuration: configuration)
        if !all {
            let stale = learning
                ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation WHERE scored_with IS NOT ?", arguments: [current])
                : try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation WHERE scored_with IS NULL OR substr(scored_with, 1, ?) IS NOT ?",
                                   arguments: [base.count + 1, base + "|"])
            if stale == 0 { return 0 }
        }
        let (evidence, invitations) = try EvidenceLoader.load(db, configuration: configuration)
        let model = try Learner.model(db, configuration: configuration, store: true)
        let classifier = Classifier(configuration: configuration, evidence: evidence, now: clock.now, learned: model.active ? model : nil)
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
