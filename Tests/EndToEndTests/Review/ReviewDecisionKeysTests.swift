import Foundation
import Testing

/// `a` and `i` on the review screen: each decision is its own operation in the history, with
/// source `review`, and the next invitation is shown.
@Suite struct ReviewDecisionKeysTests {
    @Test func acceptAndIgnoreLandInTheHistoryOneOperationEach() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("a")
        let second = try pane.waitFor("» #1 accepted")
        #expect(second.contains("2 of \(ReviewFixture.pending)") && second.contains("Ruben Meijer"), "\(second)")
        try pane.press("i")
        let third = try pane.waitFor("» #5 ignored")
        #expect(third.contains("3 of \(ReviewFixture.pending)") && third.contains("Daan Hoekstra"), "\(third)")

        let history = try sandbox.reviewHistory()
        #expect(history.map(\.invitation) == [1, 5], "\(history)")
        #expect(history.map(\.decision) == ["accepted", "ignored"])
        #expect(history.allSatisfy { $0.source == "review" && !$0.undone }, "\(history)")
        #expect(Set(history.map(\.operation)).count == 2, "one operation per decision: \(history.map(\.operation))")
        let statuses = try sandbox.reviewStatuses()
        #expect(statuses[1] == "accepted" && statuses[5] == "ignored" && statuses[6] == "pending", "\(statuses)")
    }

    @Test func skipDecidesNothing() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("s")
        try pane.waitFor("2 of \(ReviewFixture.pending)")
        try pane.press("s")
        let screen = try pane.waitFor("3 of \(ReviewFixture.pending)")
        #expect(screen.contains("Daan Hoekstra"), "\(screen)")
        #expect(try sandbox.reviewHistory().isEmpty)
    }
}
