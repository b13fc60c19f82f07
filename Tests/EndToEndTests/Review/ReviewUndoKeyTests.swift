import Foundation
import Testing

/// `u` on the review screen undoes the last decision made in this review, and only those.
@Suite struct ReviewUndoKeyTests {
    @Test func undoRevertsTheReviewsLastDecisionAndShowsItAgain() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("a")
        try pane.waitFor("» #1 accepted")
        try pane.press("i")
        try pane.waitFor("» #5 ignored")
        try pane.press("u")
        let screen = try pane.waitFor("undid #5")
        #expect(screen.contains("2 of \(ReviewFixture.pending)") && screen.contains("Ruben Meijer"),
                "the undone invitation is shown again: \(screen)")

        let statuses = try sandbox.reviewStatuses()
        #expect(statuses[5] == "pending", "\(statuses)")
        #expect(statuses[1] == "accepted", "the earlier decision stays: \(statuses)")
        let history = try sandbox.reviewHistory()
        let ignored = try #require(history.first { $0.invitation == 5 && $0.decision == "ignored" })
        #expect(ignored.undone, "\(history)")
        #expect(history.last?.source == "undo" && history.last?.invitation == 5, "\(history)")
        #expect(history.filter { $0.invitation == 1 }.allSatisfy { !$0.undone }, "\(history)")
    }

    @Test func undoLeavesDecisionsMadeBeforeTheReviewAlone() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let before = try sandbox.triage(["accept", "30"])
        try #require(before.status == 0, "\(before)")
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("1 of \(ReviewFixture.pending - 1)")
        try pane.press("u")
        try pane.waitFor("nothing decided in this review to undo")
        #expect(try sandbox.reviewStatuses()[30] == "accepted")
        #expect(try sandbox.reviewHistory().count == 1, "nothing was recorded")
    }
}
