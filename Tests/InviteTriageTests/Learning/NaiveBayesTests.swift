import Foundation
import Testing
@testable import InviteTriage

/// The personal model's naive Bayes: weights point the way of the decisions, the prior follows
/// the balance of accepts and ignores, and features never seen in training say nothing.
@Suite struct NaiveBayesTests {
    /// 4 accepted with "swift", 4 ignored with "recruiting"; "talk" in all 8.
    static func trained() -> NaiveBayes {
        var bayes = NaiveBayes()
        for _ in 0..<4 { bayes.add(["w:swift", "w:talk"], accepted: true) }
        for _ in 0..<4 { bayes.add(["w:recruiting", "w:talk"], accepted: false) }
        return bayes
    }

    @Test func weightsPointTheWayOfTheDecisions() {
        let bayes = Self.trained()
        #expect(bayes.weight("w:swift") > 0)
        #expect(bayes.weight("w:recruiting") < 0)
        #expect(abs(bayes.weight("w:talk")) < 1e-9, "seen equally on both sides: \(bayes.weight("w:talk"))")
        #expect(abs(bayes.weight("w:swift") + bayes.weight("w:recruiting")) < 1e-9, "mirror images weigh the same")
    }

    @Test func moreEvidenceWeighsMore() {
        var bayes = Self.trained()
        let before = bayes.weight("w:swift")
        bayes.add(["w:swift"], accepted: true)
        bayes.add(["w:other"], accepted: false)
        #expect(bayes.weight("w:swift") > before)
    }

    @Test func countsAreKeptPerSide() {
        let bayes = Self.trained()
        #expect(bayes.accepted == 4 && bayes.ignored == 4)
        #expect(bayes.decisions(with: "w:swift") == (4, 0))
        #expect(bayes.decisions(with: "w:talk") == (4, 4))
        #expect(bayes.decisions(with: "w:never") == (0, 0))
    }

    @Test func thePriorFollowsTheBalanceOfDecisions() {
        var bayes = NaiveBayes()
        #expect(bayes.logOdds([]).total == 0, "no decisions: no lean")
        for _ in 0..<3 { bayes.add(["w:a"], accepted: true) }
        bayes.add(["w:b"], accepted: false)
        let (total, contributions) = bayes.logOdds([])
        #expect(abs(total - log(4.0 / 2.0)) < 1e-9, "log((accepted + 1) / (ignored + 1)): \(total)")
        #expect(contributions.isEmpty)
    }

    @Test func unseenFeaturesAreIgnored() {
        let bayes = Self.trained()
        let prior = bayes.logOdds([]).total
        let unseen = bayes.logOdds(["w:kubernetes", "h:photographer"])
        #expect(unseen.total == prior)
        #expect(unseen.contributions.isEmpty)
        let seen = bayes.logOdds(["w:swift"])
        let mixed = bayes.logOdds(["w:swift", "w:kubernetes"])
        #expect(mixed.total == seen.total, "an unseen feature does not dilute the seen ones")
        #expect(mixed.contributions.map(\.feature) == ["w:swift"])
    }

    @Test func logOddsLeanTheWayOfTheFeatures() {
        let bayes = Self.trained()
        #expect(bayes.logOdds(["w:swift", "w:talk"]).total > 0)
        #expect(bayes.logOdds(["w:recruiting", "w:talk"]).total < 0)
        let contributions = bayes.logOdds(["w:swift", "w:talk"]).contributions
        #expect(contributions.first?.feature == "w:swift", "largest pull first: \(contributions)")
    }

    @Test func strongestNeedsSupportAndKeepsTheSide() {
        var bayes = Self.trained()
        bayes.add(["w:once"], accepted: true)
        let accepting = bayes.strongest(5, accepting: true).map(\.feature)
        let ignoring = bayes.strongest(5, accepting: false).map(\.feature)
        #expect(accepting.contains("w:swift") && !accepting.contains("w:recruiting"), "\(accepting)")
        #expect(ignoring.contains("w:recruiting") && !ignoring.contains("w:swift"), "\(ignoring)")
        #expect(!accepting.contains("w:once"), "one decision is not support enough: \(accepting)")
        #expect(bayes.strongest(1, accepting: true).count == 1)
    }

    @Test func survivesBeingStoredAsJSON() throws {
        let bayes = Self.trained()
        let decoded = try JSONDecoder().decode(NaiveBayes.self, from: try JSONEncoder().encode(bayes))
        #expect(decoded.accepted == bayes.accepted && decoded.ignored == bayes.ignored)
        #expect(decoded.weight("w:swift") == bayes.weight("w:swift"))
        #expect(decoded.logOdds(["w:swift", "w:talk"]).total == bayes.logOdds(["w:swift", "w:talk"]).total)
    }
}
