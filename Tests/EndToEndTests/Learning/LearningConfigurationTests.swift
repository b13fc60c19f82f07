import Foundation
import Testing

/// The learned reason's bound and thresholds come from the configuration (`[learning]`).
@Suite struct LearningConfigurationTests {
    @Test func maxPointsBoundsTheLearnedReason() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        let config = try sandbox.write("config.toml", text: "[learning]\nmax_points = 1\n")
        let rescore = try sandbox.triage(["rescore", "--config", config])
        try #require(rescore.status == 0, "\(rescore)")
        let (pending, _) = try sandbox.listWithNotes(["--config", config])
        let points = pending.map(\.learnedPoints)
        #expect(points.allSatisfy { abs($0) <= 1 }, "\(points)")
        #expect(points.contains(1) && points.contains(-1), "the taste reaches the bound both ways: \(points)")
        #expect(pending.allSatisfy { $0.listedSuggestion == "review" }, "±1 cannot tip a 0 to accept or ignore")
        let learn = try sandbox.triage(["learn", "--format", "json", "--config", config])
        let report = try JSONDecoder().decode(LearnedModelJSON.self, from: Data(learn.stdout.utf8))
        #expect(report.maxPoints == 1)
    }

    @Test func learningCanBeTurnedOff() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        let config = try sandbox.write("config.toml", text: "[learning]\nenabled = false\n")
        let rescore = try sandbox.triage(["rescore", "--config", config])
        try #require(rescore.status == 0, "\(rescore)")
        let (pending, _) = try sandbox.listWithNotes(["--config", config])
        #expect(pending.allSatisfy { $0.learnedReason == nil }, "\(pending.filter { $0.learnedReason != nil }.map(\.summary))")
        let learn = try sandbox.triage(["learn", "--format", "json", "--config", config])
        let report = try JSONDecoder().decode(LearnedModelJSON.self, from: Data(learn.stdout.utf8))
        #expect(!report.active && report.decisions == 60, "\(report)")
    }

    @Test func lowerThresholdsTurnItOnSooner() throws {
        let sandbox = try LearningFixture.sandbox()
        defer { sandbox.remove() }
        let config = try sandbox.write("config.toml", text: "[learning]\nmin_decisions = 6\nmin_each = 3\n")
        let chosen = try LearningThresholdTests.choose(sandbox, accepts: 3, ignores: 3)
        try LearningFixture.decideOneByOne(sandbox, chosen, accepting: LearningFixture.hiddenTaste)
        #expect(!(try sandbox.learnedModelJSON().active), "the defaults want 20")
        let learn = try sandbox.triage(["learn", "--format", "json", "--config", config])
        let report = try JSONDecoder().decode(LearnedModelJSON.self, from: Data(learn.stdout.utf8))
        #expect(report.active && report.minDecisions == 6 && report.minEach == 3, "\(report)")
    }
}
