import Foundation
import Testing

/// The same database gives the same `learn` output and the same learned detail on every run.
@Suite struct LearnOutputDeterminismTests {
    @Test func learnPrintsTheSameEveryTime() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        let runs = try (0..<4).map { _ in try sandbox.triage(["learn", "--format", "json"]).stdout }
        let canonical = try runs.map { try JSONDecoder().decode(LearnedModelJSON.self, from: Data($0.utf8)).canonical }
        #expect(Set(canonical).count == 1, "the counts and weights are the same: \(canonical)")
        #expect(Set(runs).count == 1, "learn printed \(Set(runs).count) different outputs for one database")
    }

    @Test func theLearnedDetailIsTheSameAfterEveryRescore() throws {
        var details: [[String]] = []
        for _ in 0..<3 {
            let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
            defer { sandbox.remove() }
            try sandbox.rescoreAll()
            let pending = try sandbox.listWithNotes().items
            details.append(pending.map { $0.learnedReason?.detail ?? "-" })
        }
        #expect(details.allSatisfy { $0.count == details[0].count })
        #expect(Set(details).count == 1, "three rescores of one database gave \(Set(details).count) different details")
    }
}
