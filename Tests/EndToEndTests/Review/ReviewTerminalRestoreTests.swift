import Foundation
import Testing

/// However the review ends, the terminal is given back as it was: canonical mode and echo on,
/// the alternate screen left, the cursor visible.
@Suite struct ReviewTerminalRestoreTests {
    /// Checks the pane once the review is over (the pane script ran `stty -a` right after it).
    func expectRestored(_ pane: TmuxPane, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let flags = try pane.terminalFlagsAfterExit()
        #expect(flags.contains("icanon") && !flags.contains("-icanon"), "canonical mode is back: \(flags.sorted())", sourceLocation: sourceLocation)
        #expect(flags.contains("echo") && !flags.contains("-echo"), "echo is back: \(flags.sorted())", sourceLocation: sourceLocation)
        #expect(flags.contains("isig"), "signals from keys are back: \(flags.sorted())", sourceLocation: sourceLocation)
        #expect(try !pane.alternateScreenOn, "the alternate screen was left", sourceLocation: sourceLocation)
        #expect(try pane.format("#{cursor_flag}") == "1", "the cursor is visible again", sourceLocation: sourceLocation)
    }

    @Test func controlCEndsTheReviewAndRestoresTheTerminal() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        let raw = try pane.terminalFlags()
        try #require(raw.contains("-icanon") && raw.contains("-echo"), "the review put the terminal in raw mode: \(raw.sorted())")
        try #require(try pane.alternateScreenOn)
        try pane.press("a")
        try pane.waitFor("» #1 accepted")
        try pane.press("C-c")
        let screen = try pane.waitForExit()
        try expectRestored(pane)
        #expect(screen.contains("review ended: 1 accepted, 0 ignored"), "\(screen)")
        #expect(try sandbox.reviewStatuses()[1] == "accepted", "the decision made before Ctrl-C stays")
    }

    @Test(arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP")])
    func aSignalRestoresTheTerminal(signal: Int32, name: String) throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        let raw = try pane.terminalFlags()
        try #require(raw.contains("-icanon"), "the review put the terminal in raw mode: \(raw.sorted())")
        let pid = try pane.reviewPID()
        try #require(kill(pid, signal) == 0, "kill -\(name) \(pid)")
        let screen = try pane.waitForExit()
        try expectRestored(pane)
        #expect(screen.contains("EXIT=\(128 + signal)"), "the review dies of SIG\(name) after restoring: \(screen)")
    }
}
