import Foundation
import Testing

/// Re-importing the same export, or one that overlaps it, never changes a decision.
@Suite struct ReimportKeepsDecisionsTests {
    static let decisionColumns = "id, decision, decided_at, decision_note"

    private func decidedSandbox() throws -> Sandbox {
        let sandbox = try DecisionsFixture.sandbox()
        try sandbox.decide(["accept", "1", "--note", "met at the meetup"])
        try sandbox.decide(["ignore", "2", "3", "11"])
        try sandbox.decide(["accept", "3"])
        return sandbox
    }

    @Test func sameExportAgain() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let decisions = try tableRows(sandbox.database, "invitation", columns: Self.decisionColumns)
        let history = try tableRows(sandbox.database, "decision_event")
        let report = try sandbox.importing([DecisionsFixture.export])
        #expect(report.stdout.contains("15 already known"), "\(report)")
        #expect(try tableRows(sandbox.database, "invitation", columns: Self.decisionColumns) == decisions)
        #expect(try tableRows(sandbox.database, "decision_event") == history)
    }

    @Test func overlappingExport() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let decisions = try tableRows(sandbox.database, "invitation", columns: Self.decisionColumns)
        let history = try tableRows(sandbox.database, "decision_event")
        let report = try sandbox.importing([DecisionsFixture.overlapping])
        #expect(report.stdout.contains("1 new, 4 already known"), "\(report)")
        let after = try tableRows(sandbox.database, "invitation", columns: Self.decisionColumns)
        #expect(after.count == decisions.count + 1)
        #expect(decisions.allSatisfy(after.contains), "a decision changed:\n\(decisions)\n\(after)")
        #expect(try tableRows(sandbox.database, "decision_event") == history)
        let listed = try sandbox.listAll()
        #expect(listed.first { $0.id == 1 }?.status == "accepted")
        #expect(listed.first { $0.id == 1 }?.decisionNote == "met at the meetup")
        #expect(listed.first { $0.id == 3 }?.status == "accepted")
        #expect(listed.first { $0.name == "Quinn Adams" }?.status == "pending")
    }
}
