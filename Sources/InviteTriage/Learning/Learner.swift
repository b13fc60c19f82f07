import Foundation
import GRDB

/// The learned reason's code: one more reason, bounded, explained in words.
public enum LearnedReason {
    public static let code = "learned"
    public static let summary = "how you decided invitations like this one"
}

/// The personal model: trained on the person's own one-by-one decisions (bulk decisions by
/// suggestion would teach the rules back to themselves), active once there are enough of them.
public struct LearnedModel: Sendable {
    public var bayes: NaiveBayes
    /// Digest of the training set: the model's version.
    public var version: String
    public var active: Bool
    public var maxPoints: Double

    /// The learned reason for an invitation with these features, or nil when inactive or silent.
    func reason(note: String?, headline: String?, codes: [String]) -> Reason? {
        guard active else { return nil }
        let features = FeatureExtractor.features(note: note, headline: headline, codes: codes)
        let (logOdds, contributions) = bayes.logOdds(features)
        let points = (min(maxPoints, max(-maxPoints, logOdds)) * 10).rounded() / 10
        guard points != 0 else { return nil }
        let top = contributions.filter { points > 0 ? $0.weight > 0 : $0.weight < 0 }.prefix(3)
        guard let strongest = top.first else { return nil }
        let verb = points > 0 ? "accepted" : "ignored"
        func share(_ feature: String) -> String {
            let counts = bayes.decisions(with: feature)
            let side = points > 0 ? counts.accepted : counts.ignored
            return "\(side) of \(counts.accepted + counts.ignored)"
        }
        let strongestFeatures = top.map { "\(FeatureExtractor.describe($0.feature)) (\(verb) \(share($0.feature)))" }.joined(separator: ", ")
        return Reason(code: LearnedReason.code, points: points,
                      detail: "invitations like this: you \(verb) \(share(strongest.feature)) with \(FeatureExtractor.describe(strongest.feature)); strongest: \(strongestFeatures)")
    }
}

public enum Learner {
    /// One decision the model learns from.
    struct Example {
        var eventID: Int64
        var invitation: Int64
        var accepted: Bool
        var note: String?
        var headline: String?
        var codes: [String]
        var score: Double
        var learnedPoints: Double
        var suggestion: String
        var decidedAt: String

        var features: Set<String> { FeatureExtractor.features(note: note, headline: headline, codes: codes) }
    }

    /// Each invitation's standing one-by-one decision, oldest first.
    static func examples(_ db: Database) throws -> [Example] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.invitation_id, e.decision, i.message, i.headline, e.reason_codes, e.score, e.learned_points, e.suggestion, e.decided_at
            FROM decision_event e JOIN invitation i ON i.id = e.invitation_id
            WHERE e.id IN (
                SELECT MAX(e2.id) FROM decision_event e2 JOIN operation o2 ON o2.id = e2.operation_id
                WHERE o2.undone_by IS NULL AND e2.source != 'undo' GROUP BY e2.invitation_id)
              AND e.source IN ('single', 'review') AND e.decision IS NOT NULL AND i.decision = e.decision
            ORDER BY e.id
            """).map { row in
            Example(eventID: row[0], invitation: row[1], accepted: (row[2] as String) == DecisionKind.accepted.rawValue,
                    note: row[3], headline: row[4], codes: (row[5] as String).split(separator: ",").map(String.init),
                    score: row[6], learnedPoints: row[7], suggestion: row[8], decidedAt: row[9])
        }
    }

    static func digest(_ examples: [Example]) -> String {
        ContentKey.of(examples.map { "\($0.invitation):\($0.accepted ? "a" : "i")" }.joined(separator: ","))
    }

    static func isActive(accepted: Int, ignored: Int, _ configuration: Configuration) -> Bool {
        configuration.learningEnabled && accepted + ignored >= configuration.learningMinDecisions
            && accepted >= configuration.learningMinEach && ignored >= configuration.learningMinEach
    }

    /// The current model: the stored one when it was trained on today's decisions, else trained
    /// anew (and stored when `store` is set, inside a write).
    static func model(_ db: Database, configuration: Configuration, store: Bool) throws -> LearnedModel {
        let examples = try examples(db)
        let version = digest(examples)
        if let row = try Row.fetchOne(db, sql: "SELECT trained_on, model FROM learned_model WHERE id = 1"), row[0] as String == version,
           let bayes = try? JSONDecoder().decode(NaiveBayes.self, from: Data((row[1] as String).utf8)) {
            return LearnedModel(bayes: bayes, version: version, active: isActive(accepted: bayes.accepted, ignored: bayes.ignored, configuration),
                                maxPoints: configuration.learningMaxPoints)
        }
        var bayes = NaiveBayes()
        for example in examples { bayes.add(example.features, accepted: example.accepted) }
        if store {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            try db.execute(sql: """
                INSERT INTO learned_model (id, trained_on, accepted, ignored, model) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET trained_on = excluded.trained_on, accepted = excluded.accepted,
                    ignored = excluded.ignored, model = excluded.model
                """, arguments: [version, bayes.accepted, bayes.ignored, String(decoding: try encoder.encode(bayes), as: UTF8.self)])
        }
        return LearnedModel(bayes: bayes, version: version, active: isActive(accepted: bayes.accepted, ignored: bayes.ignored, configuration),
                            maxPoints: configuration.learningMaxPoints)
    }

    /// The model's version as scores record it: "off" while learning is inactive, so decisions
    /// made before the threshold do not make scores stale.
    static func version(_ db: Database, configuration: Configuration) throws -> String {
        let examples = try examples(db)
        let accepted = examples.filter(\.accepted).count
        guard isActive(accepted: accepted, ignored: examples.count - accepted, configuration) else { return "off" }
        return digest(examples)
    }
}
