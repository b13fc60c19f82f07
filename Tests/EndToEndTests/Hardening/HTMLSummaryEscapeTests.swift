import Foundation
import Testing

/// The HTML summary escapes every piece of stranger-written text: no markup of theirs, no
/// script, and no raw control, bidi or zero-width character.
@Suite struct HTMLSummaryEscapeTests {
    @Test func htmlSummaryEscapesHostileText() throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["summary", "--format", "html"])
        #expect(result.status == 0, "\(result)")
        let html = result.stdout
        #expect(!html.lowercased().contains("<script"), "a script tag in the report")
        #expect(html.contains("&lt;script&gt;alert("), "the note's markup is not shown escaped")
        expectInert(html, "summary --format html")
        #expect(html.contains("Eve \\u{1B}[31mRed"), "the hostile sender is not in the report")
    }

    @Test func htmlSummaryWrittenToAFileEscapesHostileText() throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let output = sandbox.url("week.html")
        let result = try sandbox.triage(["summary", "--format", "html", "--output", output.path])
        #expect(result.status == 0, "\(result)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(!html.lowercased().contains("<script"))
        expectInert(html, "week.html")
    }
}
