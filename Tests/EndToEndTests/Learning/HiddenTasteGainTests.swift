import Foundation
import Testing

/// With a consistent hidden taste (accept anyone who mentions Swift, ignore recruiters) and 60
/// decisions one by one in time order, `eval` measures the learned reason raising agreement by
/// at least 10 percentage points over the rules alone.
@Suite struct HiddenTasteGainTests {
    @Test func learnedReasonRaisesAgreementByAtLeastTenPoints() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        let report = try sandbox.evalReplayJSON()
        #expect(report.decisions == LearningFixture.decidedCount)
        let gain = try #require(report.gain, "no gain reported")
        #expect(gain >= 10, "gain \(gain)")
        // The rules alone leave all of them at review: nothing to agree with.
        #expect(report.withoutLearned.agreement == 0)
        #expect(report.withoutLearned.reviewShare == 1)
        // Each decision is predicted only from those before it: the model is active from the
        // first decision that has 20 before it with 5 of each side.
        var (accepted, ignored, predictable) = (0, 0, 0)
        for sender in LearningFixture.person.senders.prefix(LearningFixture.decidedCount) {
            if accepted + ignored >= 20 && accepted >= 5 && ignored >= 5 { predictable += 1 }
            if sender.recruiter { ignored += 1 } else { accepted += 1 }
        }
        #expect(report.predictedWithModel == predictable, "\(report.predictedWithModel) predicted, \(predictable) had enough before them")
        let learned = report.withLearned
        #expect((learned.reviewShare ?? 1) < 1)
        #expect(learned.confusion["accepted"]?["ignore"] == 0, "the model never pushed a Swift person to ignore: \(learned.confusion)")
        #expect(learned.confusion["ignored"]?["accept"] == 0, "the model never pushed a recruiter to accept: \(learned.confusion)")
        let total = learned.confusion.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        #expect(total == LearningFixture.decidedCount, "\(learned.confusion)")
    }

    @Test func evalTextShowsBothSidesAndTheGain() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        let result = try sandbox.triage(["eval"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("without the learned reason"), "\(result.stdout)")
        #expect(result.stdout.contains("with the learned reason"), "\(result.stdout)")
        let gain = try #require(try sandbox.evalReplayJSON().gain)
        #expect(result.stdout.contains("gain: +\(gain)"), "\(result.stdout)")
    }
}
