import Foundation
import Testing

/// Learning stays off below its thresholds (20 one-by-one decisions, at least 5 of each):
/// no `learned` reason anywhere, and `learn` says so with the counts.
@Suite struct LearningThresholdTests {
    /// The oldest `accepts` Swift people and `ignores` recruiters, in time order.
    static func choose(_ sandbox: Sandbox, accepts: Int, ignores: Int) throws -> [ListedInvitation] {
        let pending = try LearningFixture.pendingOldestFirst(sandbox)
        let chosen = pending.filter { GeneratedPerson.mentionsSwift(note: $0.message) }.prefix(accepts)
            + pending.filter { GeneratedPerson.isRecruiter(note: $0.message) }.prefix(ignores)
        return chosen.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
    }

    static func expectNoLearnedReason(_ sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try sandbox.rescoreAll(sourceLocation: sourceLocation)
        let all = try sandbox.listAll(sourceLocation: sourceLocation)
        let learned = all.filter { $0.learnedReason != nil }
        #expect(learned.isEmpty, "learned reasons while inactive: \(learned.map(\.summary))", sourceLocation: sourceLocation)
        #expect(all.filter { $0.status == "pending" }.allSatisfy { $0.listedScore == 0 }, sourceLocation: sourceLocation)
    }

    @Test func nineteenDecisionsAreNotEnoughAndTheTwentiethTurnsItOn() throws {
        let sandbox = try LearningFixture.sandbox()
        defer { sandbox.remove() }
        let chosen = try Self.choose(sandbox, accepts: 10, ignores: 10)
        try LearningFixture.decideOneByOne(sandbox, Array(chosen.dropLast()), accepting: LearningFixture.hiddenTaste)

        let report = try sandbox.learnedModelJSON()
        #expect(!report.active)
        #expect(report.decisions == 19 && report.accepted + report.ignored == 19, "\(report)")
        try Self.expectNoLearnedReason(sandbox)
        let text = try sandbox.triage(["learn"])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("learning inactive: 19/20 decisions"), "\(text.stdout)")
        #expect(text.stdout.contains("\(report.accepted)/5 accepted") && text.stdout.contains("\(report.ignored)/5 ignored"), "\(text.stdout)")

        try LearningFixture.decideOneByOne(sandbox, [try #require(chosen.last)], accepting: LearningFixture.hiddenTaste)
        #expect(try sandbox.learnedModelJSON().active, "20 decisions with 10 of each")
        try sandbox.rescoreAll()
        let pending = try sandbox.listWithNotes().items
        #expect(pending.contains { $0.learnedReason != nil }, "learned reasons once active")
    }

    @Test func fewerThanFiveOfOneSideKeepsItOff() throws {
        let sandbox = try LearningFixture.sandbox()
        defer { sandbox.remove() }
        let chosen = try Self.choose(sandbox, accepts: 3, ignores: 19)
        try LearningFixture.decideOneByOne(sandbox, chosen, accepting: LearningFixture.hiddenTaste)

        let report = try sandbox.learnedModelJSON()
        #expect(!report.active)
        #expect(report.decisions == 22 && report.accepted == 3 && report.ignored == 19, "\(report)")
        #expect(report.warning != nil, "3:19 is very unbalanced")
        try Self.expectNoLearnedReason(sandbox)
        let text = try sandbox.triage(["learn"])
        #expect(text.stdout.contains("learning inactive") && text.stdout.contains("3/5 accepted"), "\(text.stdout)")
        #expect(text.stderr.contains("unbalanced"), "the warning goes to stderr: \(text.stderr)")
    }
}
