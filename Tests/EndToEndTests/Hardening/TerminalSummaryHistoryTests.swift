import Foundation
import Testing

/// The weekly summary (text and Markdown) and the decision history print stranger-written
/// names and notes, and a decision note the user may have pasted from one: all inert.
@Suite struct TerminalSummaryHistoryTests {
    static let pastedNote = "pasted \u{1B}]0;pwned\u{07} from \u{202E}them\u{9B}2J"

    @Test(arguments: ["text", "markdown"])
    func summaryIsInert(_ format: String) throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["summary", "--format", format])
        #expect(result.status == 0, "\(result)")
        expectInert(result.stdout + result.stderr, "summary --format \(format)")
        // Markdown escapes the backslashes and brackets of the escapes once more.
        #expect(result.stdout.contains("Oscar ") && result.stdout.contains("u{1B}"), "the week's invitations are not listed:\n\(result.stdout)")
    }

    @Test func historyOfAHostileDecisionIsInert() throws {
        let (sandbox, ids) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let id = String(try #require(ids[TerminalFixture.senders[0].name]))
        let accepted = try sandbox.triage(["accept", id, "--note", Self.pastedNote])
        #expect(accepted.status == 0, "\(accepted)")
        expectInert(accepted.stdout + accepted.stderr, "accept")
        for arguments in [["history"], ["history", id]] {
            let result = try sandbox.triage(arguments)
            #expect(result.status == 0, "\(result)")
            expectInert(result.stdout + result.stderr, arguments.joined(separator: " "))
            #expect(result.stdout.contains("pasted \\u{1B}]0;pwned\\u{7} from"), "\(result.stdout)")
            if arguments.count == 1 {
                #expect(result.stdout.contains("#1 "), "the decision on 1 is missing from the history:\n\(result.stdout)")
            }
        }
    }

    @Test func importReportOfHostileFileNamesIsInert() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let path = try sandbox.write("in/\u{1B}]0;pwned\u{07}\u{202E}.csv", text: TerminalFixture.csv)
        let result = try sandbox.triage(["import", path])
        #expect(result.status == 0, "\(result)")
        expectInert(result.stdout + result.stderr, "import report")
    }
}
