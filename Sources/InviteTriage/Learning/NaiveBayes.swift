import Foundation

/// A Bernoulli-style naive Bayes over binary features, trained on accepted vs ignored
/// invitations. Counts only: training one more decision is cheap, and the log-odds of an
/// invitation explain themselves feature by feature.
public struct NaiveBayes: Codable, Sendable {
    /// Feature → (invitations accepted that had it, ignored that had it).
    var counts: [String: [Int]] = [:]
    public private(set) var accepted = 0
    public private(set) var ignored = 0

    public init() {}

    mutating func add(_ features: Set<String>, accepted isAccepted: Bool) {
        if isAccepted { accepted += 1 } else { ignored += 1 }
        for feature in features {
            var pair = counts[feature] ?? [0, 0]
            pair[isAccepted ? 0 : 1] += 1
            counts[feature] = pair
        }
    }

    /// How much a feature speaks for accepting (positive) or ignoring (negative), smoothed.
    func weight(_ feature: String) -> Double {
        let pair = counts[feature] ?? [0, 0]
        let inAccepted = (Double(pair[0]) + 0.5) / (Double(accepted) + 1)
        let inIgnored = (Double(pair[1]) + 0.5) / (Double(ignored) + 1)
        return log(inAccepted / inIgnored)
    }

    /// Log-odds that the person accepts an invitation with these features. Features never seen
    /// in training say nothing and are left out.
    func logOdds(_ features: Set<String>) -> (total: Double, contributions: [(feature: String, weight: Double)]) {
        let prior = log((Double(accepted) + 1) / (Double(ignored) + 1))
        let seen = features.filter { counts[$0] != nil }.map { ($0, weight($0)) }
        // Many correlated words would count the same evidence many times: average their pull
        // and let the number of features add only logarithmically.
        let sum = seen.reduce(0) { $0 + $1.1 }
        let scaled = seen.isEmpty ? 0 : sum / Double(seen.count) * log2(Double(seen.count) + 1)
        // Ties broken by name, so the explanation is the same on every run.
        return (prior + scaled, seen.sorted { abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0 < $1.0 })
    }

    func decisions(with feature: String) -> (accepted: Int, ignored: Int) {
        let pair = counts[feature] ?? [0, 0]
        return (pair[0], pair[1])
    }

    /// The features that speak most for each side, with enough support to mean something.
    func strongest(_ count: Int, accepting: Bool) -> [(feature: String, weight: Double)] {
        var candidates: [(feature: String, weight: Double)] = []
        for (feature, pair) in counts where pair[0] + pair[1] >= 2 {
            let value = weight(feature)
            if accepting ? value > 0 : value < 0 { candidates.append((feature, value)) }
        }
        candidates.sort { $0.weight != $1.weight ? (accepting ? $0.weight > $1.weight : $0.weight < $1.weight) : $0.feature < $1.feature }
        return Array(candidates.prefix(count))
    }
}
