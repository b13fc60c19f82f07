import Foundation
import Testing

/// `review` on a terminal: one invitation a screen on the alternate screen in raw mode, with
/// the position, the sender, the note, the claims and the reasons.
@Suite struct ReviewScreenContentTests {
    @Test func firstScreenShowsTheBestPendingInvitationWithItsReasons() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        let screen = try pane.waitFor("Femke de Boer")
        #expect(screen.contains("invite-triage review — 1 of \(ReviewFixture.pending)"), "\(screen)")
        #expect(screen.contains("Invitation 1 from Femke de Boer"), "\(screen)")
        #expect(screen.contains("Chamber of Commerce event last night"), "the note is shown: \(screen)")
        #expect(screen.contains("Score +6 → accept"), "\(screen)")
        #expect(screen.contains("met_before") && screen.contains("personal_note"), "the reasons are shown: \(screen)")
        #expect(screen.contains("unverifiable"), "the claim's verdict is shown: \(screen)")
        #expect(screen.contains("a accept") && screen.contains("q quit"), "the keys are shown: \(screen)")
        #expect(try pane.alternateScreenOn, "review draws on the alternate screen")
        let flags = try pane.terminalFlags()
        #expect(flags.contains("-icanon") && flags.contains("-echo"), "the terminal is in raw mode: \(flags.sorted())")
    }

    @Test func aShortPaneKeepsTheKeysOnTheLastRowAndMarksWhatIsCut() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox, width: 60, height: 14)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        let rows = try pane.lines()
        let lastDrawn = try #require(rows.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(lastDrawn == 13, "the footer is on the last of 14 rows: \(rows)")
        #expect(rows[lastDrawn].hasPrefix("a accept"), "\(rows[lastDrawn])")
        #expect(rows.contains { $0.trimmingCharacters(in: .whitespaces) == "…" }, "the cut is marked: \(rows)")
        #expect(!rows.contains { $0.contains("personal_note") }, "the reasons at the end did not fit 14 rows: \(rows)")
    }

    @Test func filtersChooseTheQueue() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let listed = try sandbox.triage(["list", "--suggestion", "ignore", "--format", "json"])
        try #require(listed.status == 0, "\(listed)")
        let ignoreSuggested = try ListedInvitation.decode(listed.stdout)
        try #require(ignoreSuggested.count > 1 && ignoreSuggested.count < ReviewFixture.pending)
        let first = try #require(ignoreSuggested.first?.name)
        let pane = try ReviewFixture.pane(sandbox, ["--suggestion", "ignore"])
        defer { pane.close() }
        let screen = try pane.waitFor("1 of \(ignoreSuggested.count)")
        #expect(screen.contains(first), "the first ignore-suggested invitation (\(first)) is shown: \(screen)")
        #expect(screen.contains("→ ignore"), "\(screen)")
    }
}
