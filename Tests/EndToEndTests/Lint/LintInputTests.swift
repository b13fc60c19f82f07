import Foundation
import Testing

/// Where the note comes from (an argument, `--file`, `-` for stdin), the JSON keys, and the
/// exit status of usage and input errors.
@Suite struct LintInputTests {
    @Test func aFileAndStdinAreReadLikeAnArgument() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("note.txt", text: LintFixture.metAtTheChamber + "\n")
        let fromArgument = try sandbox.lint([LintFixture.metAtTheChamber])
        let fromFile = try sandbox.lint(["--file", file])
        let fromStdin = try sandbox.lint(["-"], input: LintFixture.metAtTheChamber + "\n")
        #expect(fromArgument.status == 0, "\(fromArgument)")
        #expect(fromFile.status == 0 && fromFile.stdout == fromArgument.stdout, "\(fromFile)")
        #expect(fromStdin.status == 0 && fromStdin.stdout == fromArgument.stdout, "\(fromStdin)")
        let failing = try sandbox.lint(["-"], input: LintFixture.defaultText)
        #expect(failing.status == 1 && failing.stdout.contains("generic_message"), "\(failing)")
    }

    @Test func jsonHasEveryKey() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        for arguments in [[LintFixture.metAtTheChamber], [LintFixture.defaultText, "--to", "Daan Hoekstra"]] {
            let result = try sandbox.lint(arguments + ["--format", "json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result)")
            #expect(Set(object.keys) == ["length", "limit", "recipient", "passes", "findings", "claims", "suggestions", "notes"],
                    "\(object.keys.sorted())")
            #expect((object["passes"] as? Bool) == (result.status == 0), "passes matches the exit status: \(result)")
        }
    }

    @Test(arguments: [
        [String](),
        ["some note", "--file", "note.txt"],
        ["some note", "--limit", "250"],
        ["some note", "--format", "yaml"],
    ])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.write("note.txt", text: "hello")
        let result = try sandbox.lint(arguments.map { $0 == "note.txt" ? sandbox.url("note.txt").path : $0 })
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func aMissingFileExits66() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.lint(["--file", sandbox.url("no-such-note.txt").path])
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr.contains("no-such-note.txt"), "\(result.stderr)")
    }

    @Test func aFileThatIsNotTextExits65() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("note.bin", bytes: [0xFF, 0xFE, 0x00, 0x41, 0xC3])
        let result = try sandbox.lint(["--file", file])
        #expect(result.status == 65, "\(result)")
    }
}
