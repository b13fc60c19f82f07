import Foundation
import Testing

/// The review screen is drawn again at the new size when the terminal is resized.
@Suite struct ReviewResizeTests {
    @Test func growingThePaneRedrawsToTheNewSize() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox, width: 60, height: 20)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        let small = try pane.lines()
        #expect(!small.contains { $0.contains("q quit") }, "at 60 columns the keys line is cut: \(small)")

        let resized = try pane.tmux(["resize-window", "-t", TmuxPane.session, "-x", "120", "-y", "40"])
        try #require(resized.status == 0, "\(resized)")
        let screen = try pane.waitForScreen("the keys line at full width on the last of 40 rows") { text in
            let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let last = rows.lastIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return false }
            return last == 39 && rows[last].contains("q quit")
        }
        #expect(screen.contains("1 of \(ReviewFixture.pending)") && screen.contains("Femke de Boer"), "\(screen)")
        #expect(try sandbox.reviewHistory().isEmpty)
    }
}
