import Foundation
import GRDB

/// `invite-triage learn`: whether the personal model is active, on how many decisions, what
/// it has learned each way, and whether the decisions are too lopsided to learn from.
public struct LearningStatus: AlwaysPresentKeys, Sendable {
    public struct Feature: AlwaysPresentKeys, Sendable {
        public var feature: String
        public var weight: Double
        public var accepted: Int
        public var ignored: Int
    }

    public var active: Bool
    public var decisions: Int
    public var accepted: Int
    public var ignored: Int
    public var minDecisions: Int
    public var minEach: Int
    public var maxPoints: Double
    public var towardAccept: [Feature]
    public var towardIgnore: [Feature]
    public var warning: String?


    public static func compute(store: Store, configuration: Configuration) throws -> LearningStatus {
        try store.read { db in
            let model = try Learner.model(db, configuration: configuration, store: false)
            let bayes = model.bayes
            func features(_ accepting: Bool) -> [Feature] {
                bayes.strongest(5, accepting: accepting).map {
                    let counts = bayes.decisions(with: $0.feature)
                    return Feature(feature: FeatureExtractor.describe($0.feature), weight: ($0.weight * 100).rounded() / 100,
                                   accepted: counts.accepted, ignored: counts.ignored)
                }
            }
            var warning: String?
            let (larger, smaller) = (max(bayes.accepted, bayes.ignored), min(bayes.accepted, bayes.ignored))
            if bayes.accepted + bayes.ignored >= 10, larger > 4 * max(smaller, 1) {
                warning = "your decisions are unbalanced (\(bayes.accepted) accepted : \(bayes.ignored) ignored, more than 4:1): the model learns mostly one side"
            }
            return LearningStatus(active: model.active, decisions: bayes.accepted + bayes.ignored, accepted: bayes.accepted, ignored: bayes.ignored,
                                  minDecisions: configuration.learningMinDecisions, minEach: configuration.learningMinEach,
                                  maxPoints: configuration.learningMaxPoints, towardAccept: features(true), towardIgnore: features(false),
                                  warning: warning)
        }
    }
}

/// `invite-triage eval`: replays the decision history in time order, predicting each decision
/// only from the decisions before it, and measures what the learned reason adds.
public struct Evaluation: AlwaysPresentKeys, Sendable {
    public struct Side: AlwaysPresentKeys, Sendable {
        /// Share of decisions whose suggestion matched them (accept↔accepted, ignore↔ignored).
        public var agreement: Double?
        /// Share of decisions that were at `review`.
        public var reviewShare: Double?
        /// decision → suggestion → count.
        public var confusion: [String: [String: Int]]

    }

    public var decisions: Int
    public var withoutLearned: Side
    public var withLearned: Side
    /// Agreement with minus without, in percentage points.
    public var gain: Double?
    /// Decisions predicted while the model was active.
    public var predictedWithModel: Int


    public static func replay(store: Store, configuration: Configuration) throws -> Evaluation {
        let examples = try store.read { db in try Learner.examples(db) }
        var bayes = NaiveBayes()
        var without: [(String, Suggestion)] = []
        var with: [(String, Suggestion)] = []
        var predicted = 0
        for example in examples {
            let codes = example.codes.filter { $0 != LearnedReason.code }
            let base = example.score - example.learnedPoints
            let plain = Classifier.suggestion(score: base, codes: codes, configuration: configuration)
            var learned = plain
            let model = LearnedModel(bayes: bayes, version: "", active: Learner.isActive(accepted: bayes.accepted, ignored: bayes.ignored, configuration),
                                     maxPoints: configuration.learningMaxPoints)
            if model.active {
                predicted += 1
                let points = model.reason(note: example.note, headline: example.headline, codes: codes)?.points ?? 0
                learned = Classifier.suggestion(score: base + points, codes: codes, configuration: configuration)
            }
            let decision = example.accepted ? DecisionKind.accepted.rawValue : DecisionKind.ignored.rawValue
            without.append((decision, plain))
            with.append((decision, learned))
            bayes.add(example.features, accepted: example.accepted)
        }
        let withoutSide = side(without)
        let withSide = side(with)
        var gain: Double?
        if let after = withSide.agreement, let before = withoutSide.agreement {
            let points: Double = (after - before) * 1000
            gain = points.rounded() / 10
        }
        return Evaluation(decisions: examples.count, withoutLearned: withoutSide, withLearned: withSide, gain: gain, predictedWithModel: predicted)
    }

    private static func side(_ pairs: [(String, Suggestion)]) -> Side {
        var confusion: [String: [String: Int]] = [:]
        for decision in [DecisionKind.accepted.rawValue, DecisionKind.ignored.rawValue] {
            confusion[decision] = Dictionary(uniqueKeysWithValues: Suggestion.allCases.map { ($0.rawValue, 0) })
        }
        var agreed = 0
        var reviewed = 0
        for (decision, suggestion) in pairs {
            confusion[decision]![suggestion.rawValue]! += 1
            let matched = decision == "accepted" ? suggestion == .accept : suggestion == .ignore
            if matched { agreed += 1 }
            if suggestion == .review { reviewed += 1 }
        }
        let count = Double(pairs.count)
        return Side(agreement: pairs.isEmpty ? nil : Double(agreed) / count, reviewShare: pairs.isEmpty ? nil : Double(reviewed) / count,
                    confusion: confusion)
    }
}
