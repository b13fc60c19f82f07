import Foundation
import Testing

/// `list`, `show` and `review` print names, headlines and notes a stranger wrote: every escape
/// sequence, control, bidi and zero-width character must arrive escaped (`\u{1B}`), never raw.
@Suite struct TerminalListShowReviewTests {
    @Test func listTableShowsHostileNamesEscaped() throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        for options in [[], ["--status", "all"], ["--order", "newest", "--limit", "8"]] {
            let result = try sandbox.triage(["list"] + options)
            #expect(result.status == 0, "\(result)")
            expectInert(result.stdout + result.stderr, "list \(options.joined(separator: " "))")
            #expect(result.stdout.contains("Eve \\u{1B}[31mRed"), "\(result.stdout)")
        }
    }

    @Test(arguments: TerminalFixture.allNames)
    func showOfAHostileInvitationIsInert(_ name: String) throws {
        let (sandbox, ids) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let id = try #require(ids[name])
        let result = try sandbox.triage(["show", String(id)])
        #expect(result.status == 0, "\(result)")
        expectInert(result.stdout + result.stderr, "show \(id)")
        #expect(result.stdout.contains(escapedForTerminal(name)), "the name is not shown escaped:\n\(result.stdout.prefix(500))")
    }

    /// `export` to a terminal (run under `script`, which gives it one) escapes what it would
    /// write raw to a pipe or a file.
    @Test func exportToATerminalIsInertAndToAPipeExact() throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let binary = try #require(Binary.url)
        let command = [binary.path, "export", "--db", sandbox.database.path].map { "'" + $0 + "'" }.joined(separator: " ")
        let script = URL(fileURLWithPath: "/usr/bin/script")
        let terminal = try runProcess(script, ["-qec", command, "/dev/null"], environment: sandbox.environment(), in: sandbox.root)
        #expect(terminal.status == 0, "\(terminal)")
        #expect(terminal.stdout.contains("Eve \\u{1B}[31mRed"), "\(terminal.stdout.prefix(600))")
        #expect(!terminal.stdout.unicodeScalars.contains("\u{1B}"), "a raw ESC reached the terminal")
        let piped = try sandbox.triage(["export"])
        #expect(piped.stdout.contains("Eve \u{1B}[31mRed"), "the piped CSV keeps the note as written")
    }

    @Test func showPrintsTheHostileHeadlineEscaped() throws {
        let (sandbox, ids) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["show", String(try #require(ids[TerminalFixture.headlineName]))])
        expectInert(result.stdout, "show (headline)")
        #expect(result.stdout.contains("CEO \\u{1B}]8;;https://evil.example/"), "\(result.stdout)")
    }

    @Test func showOfTheFiveThousandCharacterNoteIsInertAndComplete() throws {
        let (sandbox, ids) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["show", String(try #require(ids[TerminalFixture.senders[4].name]))])
        expectInert(result.stdout, "show (long note)")
        #expect(result.stdout.contains("\\u{7}end"), "the end of the long note is missing or raw")
    }

    @Test func reviewScreensAreInert() throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        // No terminal on stdin: review shows the first screen, reads end of input and stops.
        let result = try sandbox.triage(["review", "--order", "newest", "--limit", "6"])
        #expect(result.status == 0, "\(result)")
        expectInert(result.stdout + result.stderr, "review")
        #expect(result.stdout.contains("Zero\\u{200B}Width\\u{200F} Person"), "\(result.stdout.prefix(800))")
    }
}

/// How the sanitiser shows `text`: each escaped scalar as `\u{HEX}`. Written out here so the
/// tests do not trust the code under test.
func escapedForTerminal(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
        rawControlCharacters(in: String(scalar)).isEmpty ? String(scalar) : "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }.joined()
}
