import Foundation
import Testing

/// Only `import` creates the database: any other command, with none at the path (a mistyped
/// `--db`, or before the first import), answers as from an empty one, says so on stderr, and
/// leaves no file or folder behind.
@Suite struct ReadingWithoutDatabaseTests {
    /// Each command with the exit status it gives on an empty database: `lint` finds the
    /// generic note, `show 1` finds no invitation.
    static let reading: [(command: [String], status: Int32)] = [
        (["list"], 0), (["list", "--format", "json"], 0), (["summary"], 0), (["export", "--format", "csv"], 0), (["history"], 0),
        (["learn"], 0), (["eval"], 0), (["lint", "Hi, I'd like to add you to my network"], 1), (["show", "1"], 64),
        // Commands that write, with nothing to write on.
        (["accept", "5"], 64), (["ignore", "5"], 64), (["ignore", "--suggestion", "ignore", "--yes"], 0), (["undo"], 0),
        (["rescore"], 0), (["review"], 0), (["forget", "https://www.linkedin.com/in/someone"], 64),
    ]

    @Test(arguments: reading) func aCommandButImportCreatesNothing(_ command: [String], status: Int32) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let missing = sandbox.url("typo/none.sqlite")
        let result = try sandbox.run(command + ["--db", missing.path])
        #expect(result.status == status, "\(result)")
        #expect(result.stderrLines.first == "invite-triage: no database at \(missing.path) yet: import a LinkedIn export first (invite-triage import FILE)", "\(result)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.url("typo").path))
    }

    @Test func importCreatesIt() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let export = sandbox.url("Invitations.csv")
        try Data("From,To,Sent At,Message,Direction\nAna Lima,Me,\"11/20/26, 9:00 AM\",,INCOMING\n".utf8).write(to: export)
        let imported = try sandbox.triage(["import", export.path])
        #expect(imported.status == 0, "\(imported)")
        #expect(!imported.stderr.contains("no database"), "\(imported)")
        #expect(FileManager.default.fileExists(atPath: sandbox.database.path))
        // Once it exists, reading it says nothing about a missing database.
        let listed = try sandbox.triage(["list"])
        #expect(!listed.stderr.contains("no database"), "\(listed)")
    }
}
