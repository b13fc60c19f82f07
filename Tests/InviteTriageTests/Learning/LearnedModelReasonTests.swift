import Foundation
import Testing
@testable import InviteTriage

/// The learned reason: bounded by the configured points, silent while inactive, and its
/// detail says in words how similar invitations were decided.
@Suite struct LearnedModelReasonTests {
    /// 12 accepted Swift people, 12 ignored recruiters.
    static func model(maxPoints: Double = 3, active: Bool = true) -> LearnedModel {
        var bayes = NaiveBayes()
        for _ in 0..<12 {
            bayes.add(FeatureExtractor.features(note: "I write Swift every day", headline: nil, codes: ["personal_note"]), accepted: true)
            bayes.add(FeatureExtractor.features(note: "I'm recruiting for a bank", headline: nil, codes: ["personal_note"]), accepted: false)
        }
        return LearnedModel(bayes: bayes, version: "test", active: active, maxPoints: maxPoints)
    }

    @Test func pointsAreBoundedAndLeanTheWayOfTheDecisions() throws {
        let accept = try #require(Self.model().reason(note: "I write Swift too", headline: nil, codes: ["personal_note"]))
        let ignore = try #require(Self.model().reason(note: "I'm recruiting for a fintech", headline: nil, codes: ["personal_note"]))
        #expect(accept.code == "learned")
        #expect(accept.points > 0 && accept.points <= 3, "\(accept.points)")
        #expect(ignore.points < 0 && ignore.points >= -3, "\(ignore.points)")
    }

    @Test(arguments: [0.5, 1.0, 2.0])
    func theConfiguredBoundHolds(_ bound: Double) throws {
        let reason = try #require(Self.model(maxPoints: bound).reason(note: "I write Swift too", headline: nil, codes: []))
        #expect(abs(reason.points) <= bound, "\(reason.points) beyond ±\(bound)")
    }

    @Test func inactiveModelSaysNothing() {
        #expect(Self.model(active: false).reason(note: "I write Swift too", headline: nil, codes: []) == nil)
    }

    @Test func theDetailSaysHowSimilarInvitationsWereDecided() throws {
        let accept = try #require(Self.model().reason(note: "I write Swift too", headline: nil, codes: []))
        #expect(accept.detail.contains("you accepted 12 of 12"), "\(accept.detail)")
        #expect(accept.detail.contains("swift"), "names the feature: \(accept.detail)")
        let ignore = try #require(Self.model().reason(note: "I'm recruiting for a fintech", headline: nil, codes: []))
        #expect(ignore.detail.contains("you ignored 12 of 12"), "\(ignore.detail)")
        #expect(ignore.detail.contains("recruiting"), "names the feature: \(ignore.detail)")
    }

    @Test func aNoteOfOnlyUnseenWordsGetsOnlyThePrior() {
        // 12:12 is balanced: the prior is 0, and nothing known speaks either way.
        #expect(Self.model().reason(note: "Photography in Lyon", headline: nil, codes: []) == nil)
    }
}
