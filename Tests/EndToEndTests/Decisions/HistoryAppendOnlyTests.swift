import Foundation
import Testing

/// The decision history only grows: earlier rows stay as they were, and the database itself
/// refuses to rewrite one.
@Suite struct HistoryAppendOnlyTests {
    @Test func everyDecisionIsARowWithWhatWasSuggestedThen() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["ignore", "7", "--note", "never worked at Oracle"])
        let event = try #require(try sandbox.history(7).first)
        #expect(event == HistoryEvent(invitation: 7, sender: "Paula Stein", decision: "ignored", decidedAt: Sandbox.now,
                                      note: "never worked at Oracle", score: -7, suggestion: "ignore",
                                      reasonCodes: ["false_claim", "stranger_no_rationale"], source: "single",
                                      operation: 1, command: "ignore 7", undone: false))
    }

    @Test func historyOnlyGrowsAndEarlierRowsStayTheSame() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        var previous: [HistoryEvent] = []
        let steps: [[String]] = [["accept", "1", "3"], ["ignore", "3"], ["ignore", "--suggestion", "ignore", "--yes"],
                                 ["accept", "12", "--note", "changed my mind"], ["undo"], ["undo"], ["accept", "5"]]
        for step in steps {
            try sandbox.decide(step)
            let history = try sandbox.history()
            #expect(history.count > previous.count, "\(step) appended nothing")
            // An undo marks the operation it reverted as undone; the rows themselves never change.
            #expect(Array(history.prefix(previous.count)).map(\.recorded) == previous.map(\.recorded), "\(step) changed earlier rows")
            previous = history
        }
        #expect(previous.count == 2 + 1 + 10 + 1 + 1 + 10 + 1)
    }

    @Test func historyWithoutUndoIsAnExactPrefix() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "1"])
        let first = try sandbox.history()
        try sandbox.decide(["ignore", "1", "2"])
        let second = try sandbox.history()
        #expect(second.count == 3)
        #expect(Array(second.prefix(first.count)) == first)
    }

    @Test func historyOfOneInvitation() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "1", "3"])
        try sandbox.decide(["ignore", "3"])
        #expect(try sandbox.history(3).map(\.command) == ["accept 1 3", "ignore 3"])
        #expect(try sandbox.history(1).map(\.command) == ["accept 1 3"])
        #expect(try sandbox.history(2).isEmpty)
    }

    @Test func historyOfAnUnknownIdIs64() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["history", "99"])
        #expect(result.status == 64, "\(result)")
    }

    @Test func databaseRefusesToRewriteAHistoryRow() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "1", "--note", "original"])
        let before = try dump(sandbox.database)
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"),
                                    ["sqlite3", sandbox.database.path, "UPDATE decision_event SET note = 'x'"],
                                    environment: ProcessInfo.processInfo.environment, in: sandbox.root)
        #expect(result.status != 0, "the UPDATE succeeded: \(result)")
        #expect(result.stderr.contains("append-only"), "\(result)")
        expectSameDump(before, try dump(sandbox.database))
        #expect(try sandbox.history(1).map(\.note) == ["original"])
    }
}
