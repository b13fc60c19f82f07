import Foundation
import Testing

/// `summary --format html --output FILE`: one self-contained file, written 0600, with every
/// piece of user text escaped.
@Suite struct SummaryHTMLReportTests {
    /// Writes the report of `week` to a file in the sandbox and returns its text.
    private func report(_ sandbox: Sandbox, week: String? = nil, file: String = "report.html") throws -> String {
        let output = sandbox.url(file)
        let result = try sandbox.triage(["summary", "--format", "html", "--output", output.path] + (week.map { ["--week", $0] } ?? []))
        try #require(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        return try String(contentsOf: output, encoding: .utf8)
    }

    private func decidedSandbox() throws -> Sandbox {
        let sandbox = try DecisionsFixture.sandbox()
        try DecisionsFixture.decideTheStandardSet(sandbox)
        return sandbox
    }

    /// Every value of a src or href attribute.
    private func links(_ html: String) throws -> [String] {
        let pattern = try NSRegularExpression(pattern: #"(?i)\b(?:src|href|xlink:href|action)\s*=\s*["']?([^"'\s>]*)"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    @Test func fileIsWrittenOwnerOnly() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        _ = try report(sandbox)
        #expect(posixPermissions(sandbox.url("report.html")) == 0o600)
    }

    @Test func anExistingWiderFileIsNarrowedTo0600() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        try sandbox.write("report.html", text: "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: sandbox.url("report.html").path)
        let html = try report(sandbox)
        #expect(posixPermissions(sandbox.url("report.html")) == 0o600)
        #expect(!html.hasPrefix("old"))
    }

    @Test func reportIsSelfContained() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let html = try report(sandbox)
        let lower = html.lowercased()
        #expect(lower.hasPrefix("<!doctype html>"))
        #expect(lower.contains("<style>"))
        #expect(lower.contains("<svg"))
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<link"))
        #expect(!lower.contains("<iframe"))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("url("))
        // The one link: where received invitations are accepted on LinkedIn.
        #expect(try links(html) == [DecisionsFixture.invitationManager])
    }

    @Test func reportShowsTheWeeksFigures() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let html = try report(sandbox)
        #expect(html.contains("<h1>Invitations 2026-W48</h1>"))
        #expect(html.contains("accepted<b>4</b>"))
        #expect(html.contains("ignored<b>3</b>"))
        #expect(html.contains("pending<b>3</b>"))
        #expect(html.contains("2 over a week · 1 over a month"))
    }

    @Test func scriptInAnInvitationNoteIsEscaped() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        // Eva Lindgren's note, received in W47, holds <script>alert(1)</script>.
        let html = try report(sandbox, week: "2026-W47")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.lowercased().contains("<script"))
    }

    @Test func scriptInADecisionNoteNeverReachesTheReportRaw() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "2", "--note", "<script>alert(2)</script>"])
        for week in ["2026-W47", "2026-W48"] {
            #expect(!(try report(sandbox, week: week)).lowercased().contains("<script"))
        }
    }

    @Test func senderNamesAreEscaped() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let html = try report(sandbox)
        // Invitation 12 is on the LinkedIn to-do list.
        #expect(html.contains("=HYPERLINK(&quot;http://x&quot;)"))
        #expect(!html.contains("=HYPERLINK(\"http://x\")"))
    }
}
