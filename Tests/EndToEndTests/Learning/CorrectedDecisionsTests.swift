import Foundation
import Testing

/// A changed or undone decision changes the model: `learn` counts and features move, and a
/// pending invitation's learned points move after `rescore`.
@Suite struct CorrectedDecisionsTests {
    /// The first `count` accepted invitations.
    static func accepted(_ sandbox: Sandbox, count: Int) throws -> [Int] {
        let all = try sandbox.listAll()
        return Array(all.filter { $0.status == "accepted" }.compactMap(\.id).sorted().prefix(count))
    }

    @Test func ignoringAcceptedOnesChangesTheModel() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        try sandbox.rescoreAll()
        let before = try sandbox.learnedModelJSON()
        let pendingBefore = try sandbox.listWithNotes().items

        let flipped = try Self.accepted(sandbox, count: 8)
        try #require(flipped.count == 8)
        for id in flipped {
            let result = try sandbox.triage(["ignore", String(id)])
            try #require(result.status == 0, "\(result)")
            #expect(result.stdout.contains("accepted → ignored"), "\(result.stdout)")
        }

        let after = try sandbox.learnedModelJSON()
        #expect(after.decisions == 60, "a changed decision is one decision still: \(after)")
        #expect(after.accepted == before.accepted - 8 && after.ignored == before.ignored + 8, "\(before) → \(after)")
        #expect(after.towardAccept != before.towardAccept, "the features toward accept did not move")
        let swiftBefore = try #require(before.towardAccept.first { $0.feature == "“swift”" }, "\(before.towardAccept)")
        let swiftAfter = [after.towardAccept, after.towardIgnore].joined().first { $0.feature == "“swift”" }
        if let swiftAfter {
            #expect(swiftAfter.ignored == 8 && swiftAfter.weight < swiftBefore.weight, "\(swiftBefore) → \(swiftAfter)")
        }

        try sandbox.rescoreAll()
        let pendingAfter = try sandbox.listWithNotes().items
        let pointsBefore = Dictionary(uniqueKeysWithValues: pendingBefore.compactMap { item in item.id.map { ($0, item.learnedPoints) } })
        let swiftPending = pendingAfter.filter { GeneratedPerson.mentionsSwift(note: $0.message) }
        try #require(!swiftPending.isEmpty)
        let changed = pendingAfter.filter { item in item.id.map { pointsBefore[$0] != item.learnedPoints } ?? false }
        #expect(!changed.isEmpty, "no pending invitation's learned points changed")
        let sumBefore = swiftPending.compactMap { $0.id.flatMap { pointsBefore[$0] } }.reduce(0, +)
        let sumAfter = swiftPending.map(\.learnedPoints).reduce(0, +)
        #expect(sumAfter < sumBefore, "Swift people lean less toward accept now: \(sumBefore) → \(sumAfter)")
    }

    @Test func undoingTheChangeRestoresTheModel() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        let before = try sandbox.learnedModelJSON()
        let id = try #require(try Self.accepted(sandbox, count: 1).first)
        let flip = try sandbox.triage(["ignore", String(id)])
        try #require(flip.status == 0, "\(flip)")
        let flipped = try sandbox.learnedModelJSON()
        #expect(flipped.accepted == before.accepted - 1, "\(flipped)")
        #expect(flipped != before)

        let undo = try sandbox.triage(["undo"])
        try #require(undo.status == 0, "\(undo)")
        let restored = try sandbox.learnedModelJSON()
        // Features of equal weight may come in another order (LearnOutputDeterminismTests):
        // compare the counts and the weights.
        #expect(restored.canonical == before.canonical, "the undone change is forgotten: \(before) → \(restored)")
    }

    @Test func undoingADecisionRemovesItFromTraining() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        let undo = try sandbox.triage(["undo"])
        try #require(undo.status == 0, "\(undo)")
        let report = try sandbox.learnedModelJSON()
        #expect(report.decisions == LearningFixture.decidedCount - 1, "\(report)")
    }
}
