import Foundation
import Testing

/// With decisions made by coin flips there is nothing to learn: the model is active, but `eval`
/// shows no real gain and the learned points of pending invitations stay small.
///
/// The bound on the mean |learned points| is 1.5, half the ±3 cap: noise should not use more
/// than half the room a real taste gets (with the hidden taste the same mean is above 1.5,
/// `HiddenTasteModelTests`), so the two are told apart by the same number.
@Suite struct RandomDecisionsTests {
    static let meanBound = 1.5

    @Test func gainStaysWithinThreePoints() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.randomTasteTemplate)
        defer { sandbox.remove() }
        let report = try sandbox.evalReplayJSON()
        #expect(report.decisions == LearningFixture.decidedCount)
        let gain = try #require(report.gain)
        #expect(abs(gain) <= 3, "gain \(gain)")
        #expect(report.predictedWithModel > 0, "the model was active for part of the replay")
    }

    @Test func learnedPointsStaySmall() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.randomTasteTemplate)
        defer { sandbox.remove() }
        let learn = try sandbox.learnedModelJSON()
        #expect(learn.active, "\(learn)")
        #expect(learn.decisions == LearningFixture.decidedCount)
        #expect(learn.accepted >= 5 && learn.ignored >= 5, "\(learn)")

        try sandbox.rescoreAll()
        let (pending, _) = try sandbox.listWithNotes()
        #expect(pending.count == 80 - LearningFixture.decidedCount)
        let sizes = pending.map { abs($0.learnedPoints) }
        let mean = sizes.reduce(0, +) / Double(sizes.count)
        #expect(mean <= Self.meanBound, "mean |learned| \(mean): \(sizes)")
        #expect(sizes.allSatisfy { $0 <= 3 }, "\(sizes)")
    }
}
