import Foundation
import Testing

/// `lint` and error messages: text that came from a stranger (a pasted note, a name, a file
/// name in an export) is shown escaped; nothing raw reaches stderr either.
@Suite struct TerminalLintAndErrorTests {
    static let hostileNote = "We met at \u{1B}]0;pwned\u{07} KubeCon \u{202E} and worked at Northwind \u{1B}[2J together \u{9B}1A"

    @Test func lintOfAHostileNoteIsInert() throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["lint", Self.hostileNote])
        #expect([0, 1].contains(result.status), "\(result)")
        expectInert(result.stdout + result.stderr, "lint", showsEscapes: false)
        #expect(!result.stdout.isEmpty)
    }

    @Test func lintToAHostileNameIsInert() throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["lint", "hello", "--to", TerminalFixture.senders[0].name])
        #expect([0, 1].contains(result.status), "\(result)")
        expectInert(result.stdout + result.stderr, "lint --to")
    }

    @Test func lintFromAFileWithHostileTextIsInert() throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("note.txt", text: Self.hostileNote + "\n")
        let result = try sandbox.triage(["lint", "--file", file])
        #expect([0, 1].contains(result.status), "\(result)")
        expectInert(result.stdout + result.stderr, "lint --file", showsEscapes: false)
    }

    @Test func errorNamingAHostilePathIsOneInertLine() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["import", sandbox.url("missing\u{1B}]0;pwned\u{07}\u{202E}.csv").path])
        #expect(result.status == 66, "\(result)")
        #expect(result.stderrLines.count == 1)
        expectInert(result.stderr, "import error")
        #expect(result.stderr.contains("missing\\u{1B}]0;pwned\\u{7}\\u{202E}.csv"), "\(result)")
    }

    @Test func errorOfAForgetThatMatchesNobodyIsInert() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["forget", "Nobody \u{1B}[31m here \u{202E}"])
        #expect(result.status == 64, "\(result)")
        expectInert(result.stderr, "forget error")
    }

    @Test func errorOfABadJSONFieldWithEscapesIsInert() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let path = try sandbox.write("rel.json", text: #"{"invitations": [{"from": {"name": "X"}, "sentAt": "2026-11-01T10:00:00", "relationship": "\u001b]0;pwned\u0007\u202e"}]}"#)
        let result = try sandbox.triage(["import", path])
        #expect(result.status == 65, "\(result)")
        #expect(result.stderrLines.count == 1)
        expectInert(result.stderr, "relationship error")
    }

    @Test func usageErrorEchoingAnArgumentIsInert() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["show", "1\u{1B}]0;pwned\u{07}\u{202E}"])
        #expect(result.status == 64, "\(result)")
        expectInert(result.stderr, "usage error", showsEscapes: false)
    }
}
