import Foundation
import Testing

/// A sender's name and note are someone else's text: on the review screen and in line mode
/// their escape sequences are shown inert, never sent to the terminal.
@Suite struct ReviewUntrustedTextTests {
    static let hostileCSV = """
        From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
        Evil \u{1B}[31mRed\u{1B}[0m,Elena Marsh,"11/25/26, 1:00 PM","Loved your talk! \u{1B}[2J\u{1B}]0;pwned\u{07} bye",INCOMING,https://www.linkedin.com/in/evil,https://www.linkedin.com/in/elena-marsh-7b21a4

        """

    static func sandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        let path = try sandbox.write("hostile/Invitations.csv", text: hostileCSV)
        try sandbox.importing([path])
        return sandbox
    }

    @Test func lineModeWritesNoEscapeCharacter() throws {
        let sandbox = try Self.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.reviewFromPipe("a\n")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Evil"), "\(result.stdout)")
        #expect(result.stdout.contains("review ended: 1 accepted"), "\(result.stdout)")
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"), "a raw control character reached stdout")
    }

    @Test func theScreenShowsTheEscapesAsText() throws {
        let sandbox = try Self.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        let titleBefore = try pane.format("#{pane_title}")
        let screen = try pane.waitFor("Evil")
        #expect(screen.contains("1 of 1"), "the screen was not cleared by the note: \(screen)")
        #expect(screen.contains("Loved your talk!") && screen.contains("bye"), "\(screen)")
        #expect(screen.contains("[2J") && screen.contains("pwned"), "the escapes are shown as text: \(screen)")
        #expect(try pane.format("#{pane_title}") == titleBefore, "the note set the terminal's title")
        try pane.press("a")
        let closing = try pane.waitForExit()
        #expect(closing.contains("review ended: 1 accepted"), "\(closing)")
        #expect(try pane.format("#{pane_title}") == titleBefore, "the closing summary set the terminal's title")
    }
}
