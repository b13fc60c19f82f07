import Foundation
import Testing

/// The documented exit statuses for usage mistakes and missing or unusable inputs.
@Suite struct ExitStatusTests {
    @Test func missingInputFileIs66() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let missing = sandbox.url("Downloads/nothing-here.zip").path
        let result = try sandbox.triage(["import", missing])
        #expect(result.status == 66)
        #expect(result.stderrLines == ["invite-triage: error: \(missing): no such file or folder"])
    }

    @Test func unknownSubcommandIs64() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["frobnicate"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("frobnicate"))
    }

    @Test func unknownOptionIs64() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["import", "--frobnicate", PackagePaths.sampleInvitationsJSON.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--frobnicate"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.dataHome.path))
    }

    @Test func importWithoutPathsIs64() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        #expect(try sandbox.triage(["import"]).status == 64)
    }

    @Test func badClockOverrideIs64() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list"], environment: ["INVITE_TRIAGE_NOW": "next tuesday"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("INVITE_TRIAGE_NOW"))
    }

    @Test func folderWithNoExportFilesIs65() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("export/readme.txt", text: "hello\n")
        try sandbox.write("export/Jobs/Saved Jobs.csv", text: "Saved Date,Job Url\n")
        let result = try sandbox.triage(["import", sandbox.url("export").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("holds no export files"), "\(result)")
    }

    @Test func folderWithOnlyUnknownCSVsIs65() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("export/Ad_Targeting.csv", text: "Member Age,Company Names\n25-34,Example\n")
        let result = try sandbox.triage(["import", sandbox.url("export").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("holds no LinkedIn export file that invite-triage recognises"), "\(result)")
    }

    @Test func damagedZipIs65() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let whole = try Data(contentsOf: PackagePaths.sampleZip)
        let file = try sandbox.write("truncated.zip", bytes: Array(whole.prefix(whole.count / 2)))
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains(file), "\(result)")
    }

    @Test func successIs0WithNothingOnStandardError() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["import", PackagePaths.sampleInvitationsJSON.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("invite-triage JSON: 10 new"))
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test func databaseFileThatIsNotADatabaseIs74AndUntouched() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let notes = Data(String(repeating: "my own notes, not a database\n", count: 100).utf8)
        let file = try sandbox.write("notes.sqlite", bytes: Array(notes))
        let result = try sandbox.run(["list", "--db", file])
        #expect(result.status == 74)
        #expect(result.stderrLines == ["invite-triage: error: \(file): not an invite-triage database, or damaged"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == notes)
    }

    /// A mistyped `--db` naming another program's database: refused before the WAL switch or
    /// the schema could change a byte of it.
    @Test func anotherProgramsDatabaseIs74AndUntouched() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = sandbox.url("bookmarks.sqlite").path
        let create = Process()
        create.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        create.arguments = ["sqlite3", file, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org');"]
        try create.run()
        create.waitUntilExit()
        try #require(create.terminationStatus == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        for command in [["list"], ["import", PackagePaths.sampleInvitationsJSON.path]] {
            let result = try sandbox.run(command + ["--db", file])
            #expect(result.status == 74)
            #expect(result.stderrLines == ["invite-triage: error: \(file): not an invite-triage database (it holds another program's tables); it was not changed"])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        #expect(!FileManager.default.fileExists(atPath: file + "-wal"))
    }

    @Test func databasePathThatIsAFolderIs74() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let folder = sandbox.url("a-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try sandbox.run(["list", "--db", folder.path])
        #expect(result.status == 74)
        #expect(result.stderr.contains(folder.path), "\(result)")
    }
}
