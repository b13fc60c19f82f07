import Foundation
import Testing

/// `undo`: reverts the last operation (every invitation it changed) by appending rows, walks
/// further back when repeated, and is never itself undone.
@Suite struct UndoTests {
    @Test func undoOfAMultiInvitationOperationRestoresEveryOne() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "1"])
        try sandbox.decide(["ignore", "10-12", "14"])
        let result = try sandbox.decide(["undo"])
        #expect(result.stdout.contains("undid `ignore 10-12 14`"), "\(result)")
        #expect(result.stdout.contains("(4 invitation(s))"), "\(result)")
        for id in [10, 11, 12, 14] {
            #expect(result.stdout.contains("  \(id) "), "undo does not name \(id):\n\(result)")
        }
        let statuses = try sandbox.statuses()
        #expect([10, 11, 12, 14].allSatisfy { statuses[$0] == "pending" }, "\(statuses)")
        #expect(statuses[1] == "accepted")
        for id in [10, 11, 12, 14] {
            let listed = try sandbox.listed(id)
            #expect(listed.object["decision"] is NSNull, "invitation \(id) still carries a decision")
        }
    }

    @Test func undoAppendsRestoringRowsToTheHistory() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["ignore", "10-12"])
        try sandbox.decide(["undo"])
        let history = try sandbox.history()
        #expect(history.count == 6)
        #expect(history.prefix(3).allSatisfy { $0.decision == "ignored" && $0.source == "single" && $0.undone })
        #expect(history.suffix(3).allSatisfy { $0.decision == nil && $0.source == "undo" && !$0.undone })
        #expect(Set(history.suffix(3).map(\.invitation)) == [10, 11, 12])
        let text = try sandbox.decide(["history"]).stdout
        #expect(text.contains("(undone)"))
        #expect(text.contains("undecided"))
    }

    @Test func undoAfterAChangeOfDecisionRestoresTheEarlierDecision() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "5", "--note", "first thoughts"], now: DecisionsFixture.lastWednesday)
        try sandbox.decide(["ignore", "5", "--note", "second thoughts"])
        let result = try sandbox.decide(["undo"])
        #expect(result.stdout.contains("5 Eva Lindgren: ignored → accepted"), "\(result)")
        let listed = try sandbox.listed(5)
        #expect(listed.status == "accepted")
        #expect(listed.decisionNote == "first thoughts")
        #expect(listed.decisionDecidedAt == DecisionsFixture.lastWednesday)
        #expect(try sandbox.history(5).map(\.decision) == ["accepted", "ignored", "accepted"])
    }

    @Test func repeatedUndoWalksFurtherBack() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "5"])
        try sandbox.decide(["ignore", "5"])
        try sandbox.decide(["ignore", "2"])
        try sandbox.decide(["undo"])
        #expect(try sandbox.statuses()[2] == "pending")
        #expect(try sandbox.statuses()[5] == "ignored")
        try sandbox.decide(["undo"])
        #expect(try sandbox.statuses()[5] == "accepted")
        let third = try sandbox.decide(["undo"])
        #expect(third.stdout.contains("undid `accept 5`"), "\(third)")
        #expect(try sandbox.statuses()[5] == "pending")
        // The undos themselves were not undone: nothing is left.
        #expect(try sandbox.statuses().values.allSatisfy { $0 == "pending" })
    }

    @Test func undoWithNothingToUndoSaysSoAndChangesNothing() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["undo"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("nothing to undo"), "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func undoOnceEverythingIsUndoneChangesNothing() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "1", "3"])
        try sandbox.decide(["undo"])
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["undo"])
        #expect(result.stderr.contains("nothing to undo"), "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func undoRevertsABulkOperationWhole() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["ignore", "--suggestion", "ignore", "--yes"])
        #expect(try sandbox.statuses().values.filter { $0 == "ignored" }.count == 10)
        let result = try sandbox.decide(["undo"])
        #expect(result.stdout.contains("(10 invitation(s))"), "\(result)")
        #expect(try sandbox.statuses().values.allSatisfy { $0 == "pending" })
    }

    @Test func undoneDecisionsLeaveTheSummary() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "1"])
        try sandbox.decide(["ignore", "2", "4"])
        try sandbox.decide(["undo"])
        let summary = try sandbox.summary(now: "2026-11-26T10:00:00")
        #expect(summary.decided == .init(accepted: 1, ignored: 0))
        #expect(summary.agreement.decisions == 1)
        #expect(summary.backlog.pending == 14)
    }
}
