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

    /// Whether stored scores were computed with other settings, evidence or model: one value
    /// compared, so a reading command stays instant at a million rows.
    public static func isStale(store: Store, configuration: Configuration) throws -> Bool {
        try store.read { db in
            let marker = try String.fetchOne(db, sql: "SELECT scored_with FROM store_state WHERE id = 1")
            guard try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM invitation)") == 1 else { return false }
            return marker != (try fingerprint(db, configuration: configuration).full)
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
            let marker = try String.fetchOne(db, sql: "SELECT scored_with FROM store_state WHERE id = 1")
            let unscored = try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM invitation WHERE scored_with IS NULL)") == 1
            let fresh = learning ? marker == current : marker?.hasPrefix(base + "|") == true
            if fresh, !unscored { return 0 }
        }
        let (evidence, invitations, analyses) = try EvidenceLoader.loadWithAnalyses(db, configuration: configuration)
        let model = try Learner.model(db, configuration: configuration, store: true)
        let classifier = Classifier(configuration: configuration, evidence: evidence, now: clock.now, learned: model.active ? model : nil)
        let update = try db.makeStatement(sql: "UPDATE invitation SET score = ?, suggestion = ?, verdict = ?, scored_with = ? WHERE id = ?")
        let ownerNames = evidence.ownerNameWords
        for facts in invitations {
            let note = facts.message ?? ""
            let analysis = analyses[note] ?? NoteAnalysis(note, ownerNames: ownerNames)
            let judgement = classifier.judge(facts, analysis: analysis)
            try update.execute(arguments: [judgement.score, judgement.suggestion.rawValue, judgement.verdict.jsonText, current, facts.id])
        }
        try db.execute(sql: "UPDATE store_state SET scored_with = ? WHERE id = 1", arguments: [current])
        return invitations.count
    }
}
