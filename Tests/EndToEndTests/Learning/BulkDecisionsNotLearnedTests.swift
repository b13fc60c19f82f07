import Foundation
import Testing

/// Bulk decisions made by suggestion do not count toward training: they would teach the
/// rules back to themselves.
@Suite struct BulkDecisionsNotLearnedTests {
    @Test func bulkIgnoreByFilterDoesNotCount() throws {
        let sandbox = try LearningFixture.sandbox()
        defer { sandbox.remove() }
        let chosen = try LearningThresholdTests.choose(sandbox, accepts: 10, ignores: 9)
        try LearningFixture.decideOneByOne(sandbox, chosen, accepting: LearningFixture.hiddenTaste)

        let bulk = try sandbox.triage(["ignore", "--suggestion", "review", "--yes"])
        try #require(bulk.status == 0, "\(bulk)")
        let statuses = try sandbox.listAll().map(\.status)
        #expect(statuses.filter { $0 == "ignored" }.count == 80 - 10, "the bulk ignore took every pending one: \(statuses)")

        let report = try sandbox.learnedModelJSON()
        #expect(!report.active, "\(report)")
        #expect(report.decisions == 19 && report.accepted == 10 && report.ignored == 9, "\(report)")
        try LearningThresholdTests.expectNoLearnedReason(sandbox)
        #expect(try sandbox.evalReplayJSON().decisions == 19)
    }
}
