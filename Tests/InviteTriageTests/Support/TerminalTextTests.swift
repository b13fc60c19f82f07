import Testing
@testable import InviteTriage

/// What reaches a terminal of a stranger's text: controls escaped, the characters of ordinary
/// writing as they are.
@Suite struct TerminalTextTests {
    @Test func controlsBidiOverridesAndHiddenCharactersAreEscaped() {
        #expect(TerminalText.sanitize("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(TerminalText.sanitize("x\u{202E}y") == "x\\u{202E}y")
        #expect(TerminalText.sanitize("hid\u{200B}den") == "hid\\u{200B}den")
        // A lone carriage return returns the cursor to overwrite the line: escaped.
        #expect(TerminalText.sanitize("safe\rEVIL") == "safe\\u{D}EVIL")
    }

    /// Emoji sequences ("👩‍💻") and Persian spelling ("می‌خواهم") hold joiners; notes from
    /// Windows end their lines with CR LF.
    @Test func joinersAndWindowsLineEndsAreKept() {
        #expect(TerminalText.sanitize("Ana 👩\u{200D}💻 Dev") == "Ana 👩\u{200D}💻 Dev")
        #expect(TerminalText.sanitize("می\u{200C}خواهم") == "می\u{200C}خواهم")
        #expect(TerminalText.sanitize("line one\r\nline two\r\n") == "line one\nline two\n")
    }
}
