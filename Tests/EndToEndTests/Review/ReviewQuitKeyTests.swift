import Foundation
import Testing

/// `q` ends the review: the normal screen comes back with what this review decided.
@Suite struct ReviewQuitKeyTests {
    @Test func quitPrintsTheClosingSummaryOnTheNormalScreen() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("a")
        try pane.waitFor("» #1 accepted")
        try pane.press("i")
        try pane.waitFor("» #5 ignored")
        try pane.press("q")
        let screen = try pane.waitForExit()
        #expect(screen.contains("EXIT=0"), "\(screen)")
        #expect(screen.contains("review ended: 1 accepted, 1 ignored"), "\(screen)")
        #expect(screen.contains("#1 Femke de Boer: accepted"), "\(screen)")
        #expect(screen.contains("#5 Ruben Meijer: ignored"), "\(screen)")
        #expect(screen.contains("invitation-manager"), "accepts are a to-do on LinkedIn: \(screen)")
        #expect(!screen.contains("a accept · i ignore"), "the review screen is gone: \(screen)")
        #expect(try !pane.alternateScreenOn)
    }

    @Test func quittingAtOnceSaysNothingWasDecided() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("q")
        let screen = try pane.waitForExit()
        #expect(screen.contains("review ended: nothing decided"), "\(screen)")
        #expect(screen.contains("EXIT=0"), "\(screen)")
        #expect(try sandbox.reviewHistory().isEmpty)
    }
}
