import Foundation
import Testing

/// `?` shows the keys; the next key only goes back.
@Suite struct ReviewHelpKeyTests {
    @Test func questionMarkShowsHelpAndAnyKeyGoesBackWithoutActing() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("?")
        let help = try pane.waitFor("undo the last decision of this review")
        #expect(help.contains("write a note"), "\(help)")
        #expect(help.contains("any key to go back"), "\(help)")
        #expect(!help.contains("Femke de Boer"), "the help replaces the invitation: \(help)")
        try pane.press("a")
        let back = try pane.waitFor("Femke de Boer")
        #expect(back.contains("1 of \(ReviewFixture.pending)"), "\(back)")
        #expect(try sandbox.reviewHistory().isEmpty, "the key that closed the help decided nothing")
    }
}
