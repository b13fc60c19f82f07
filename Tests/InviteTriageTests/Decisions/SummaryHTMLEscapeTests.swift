import Testing
@testable import InviteTriage

/// User text into the HTML report: the characters HTML acts on escaped, controls made visible.
@Suite struct SummaryHTMLEscapeTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("\"quoted\"", "&quot;quoted&quot;"),
        ("O'Brien", "O&#39;Brien"),
        ("&lt;", "&amp;lt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("Nguyễn Thị Lan 王芳", "Nguyễn Thị Lan 王芳"),
        ("", ""),
    ])
    func escapes(text: String, html: String) {
        #expect(SummaryHTML.escape(text) == html)
    }

    @Test func controlAndBidiCharactersBecomeVisible() {
        let escaped = SummaryHTML.escape("a\u{1B}[31mb\u{202E}c")
        #expect(!escaped.contains("\u{1B}"))
        #expect(!escaped.contains("\u{202E}"))
        #expect(escaped.contains("\\u{1B}"))
        #expect(escaped.contains("\\u{202E}"))
    }

    @Test func renderedReportEscapesEveryUserText() throws {
        let start = try #require(LocalDateTime(text: "2026-11-23T00:00:00"))
        var summary = WeeklySummary(period: "2026-W48", start: start.text, end: start.adding(days: 7).text)
        summary.linkedInToDo = [.init(id: 1, name: "<b>Anouk</b>", profileUrl: "javascript:alert(1)\"><script>", decidedAt: start.text)]
        summary.invitations = [.init(id: 2, name: "Brent", score: -5, suggestion: "ignore", status: "pending", message: "<script>alert(1)</script>")]
        let html = SummaryHTML.render(summary)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>Anouk"))
        #expect(html.contains("&lt;b&gt;Anouk&lt;/b&gt;"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("href=\"javascript"))
    }
}
