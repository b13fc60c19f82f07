import Foundation
import Testing

/// A file whose bytes were imported into the database as it is now is not read again: the
/// import reports it unchanged. Anything that could make reading it again change something
/// (another import that changed the database, `forget`, another time zone, rejected rows, new
/// bytes) makes the import read it.
@Suite struct UnchangedFilesTests {
    private static let unchanged = "(unchanged since its import at 2026-11-26 09:00: not read again)"

    private static let invitations = """
        From,To,Sent At,Message,Direction
        Anna Lima,Elena Marsh,"11/20/26, 9:00 AM",,INCOMING
        Bruno Sá,Elena Marsh,"11/19/26, 9:00 AM","Hi Elena, we met at the Rotterdam Swift Meetup.",INCOMING

        """

    /// Deletes a row behind the tool's back: only a file that is read again brings it back.
    private static func dropAnna(_ sandbox: Sandbox) throws {
        _ = try sqlite(sandbox.database, "DELETE FROM invitation WHERE sender_name = 'Anna Lima'")
    }

    private static func hasAnna(_ sandbox: Sandbox) throws -> Bool {
        try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation WHERE sender_name = 'Anna Lima'") == 1
    }

    @Test func theSameExportAgainIsNotReadAndChangesNothing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let before = try dump(sandbox.database)
        let second = try sandbox.importing([PackagePaths.sampleExport.path])
        let fileLines = second.stdout.split(separator: "\n").filter { $0.hasPrefix(PackagePaths.sampleExport.path) }
        #expect(fileLines.count == 9, "\(second.stdout)")
        #expect(fileLines.allSatisfy { $0.hasSuffix(Self.unchanged) }, "\(second.stdout)")
        #expect(second.stdout.contains("Invitations.csv: invitations: 36 already known, 5 outgoing kept \(Self.unchanged)"))
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func theSameBytesInAZipAreRecognised() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let fromZip = try sandbox.importing([PackagePaths.sampleZip.path])
        #expect(fromZip.stdout.contains("zip:Invitations.csv: invitations: 36 already known, 5 outgoing kept \(Self.unchanged)"), "\(fromZip.stdout)")
    }

    @Test func anUnchangedFileIsReallyNotRead() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("Invitations.csv", text: Self.invitations)
        try sandbox.importing([file])
        try Self.dropAnna(sandbox)
        let skipped = try sandbox.importing([file])
        #expect(skipped.stdout.contains("\(file): invitations: 2 already known \(Self.unchanged)"), "\(skipped.stdout)")
        #expect(try !Self.hasAnna(sandbox))
        // --reread reads it: the row comes back.
        let reread = try sandbox.importing([file], options: ["--reread"])
        #expect(reread.stdout.contains("\(file): invitations: 1 new, 1 already known\n"), "\(reread.stdout)")
        #expect(try Self.hasAnna(sandbox))
    }

    @Test func aChangedFileOfTheSameSizeIsRead() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("Invitations.csv", text: Self.invitations)
        try sandbox.importing([file])
        try Self.dropAnna(sandbox)
        try sandbox.write("Invitations.csv", text: Self.invitations.replacingOccurrences(of: "Rotterdam", with: "Amsterdam"))
        let second = try sandbox.importing([file])
        #expect(!second.stdout.contains("unchanged"), "\(second.stdout)")
        #expect(try Self.hasAnna(sandbox))
    }

    @Test func anotherImportThatChangedTheDatabaseMakesItReadAgain() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("Invitations.csv", text: Self.invitations)
        try sandbox.importing([file])
        let other = try sandbox.write("more/Invitations.csv", text: """
            From,To,Sent At,Message,Direction
            Carla Dias,Elena Marsh,"11/18/26, 9:00 AM",,INCOMING

            """)
        try sandbox.importing([other])
        try Self.dropAnna(sandbox)
        let again = try sandbox.importing([file])
        #expect(!again.stdout.contains("unchanged"), "\(again.stdout)")
        #expect(try Self.hasAnna(sandbox))
        // Read again, it is recorded again: the next import skips it.
        #expect(try sandbox.importing([file]).stdout.contains(Self.unchanged))
    }

    @Test func forgetMakesItReadAgain() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("Invitations.csv", text: Self.invitations)
        try sandbox.importing([file])
        #expect(try sandbox.triage(["forget", "Bruno Sá"]).status == 0)
        let again = try sandbox.importing([file])
        #expect(again.stdout.contains("\(file): invitations: 1 already known, 1 about forgotten people left out\n"), "\(again.stdout)")
    }

    @Test func anotherTimeZoneMakesItReadAgain() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("Invitations.csv", text: Self.invitations)
        try sandbox.importing([file])
        let elsewhere = try sandbox.triage(["import", file], environment: ["TZ": "America/New_York"])
        #expect(elsewhere.status == 0)
        #expect(!elsewhere.stdout.contains("unchanged"), "\(elsewhere.stdout)")
    }

    @Test func aFileWithRejectedRowsIsReadAgainAndReportsThemAgain() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("Invitations.csv", text: Self.invitations + "Carl Broken,Elena Marsh,\"2/31/26, 9:00 AM\",,INCOMING\n")
        try sandbox.importing([file], options: ["--skip-bad-rows"])
        let again = try sandbox.triage(["import", file])
        #expect(again.status == 65, "\(again)")
        #expect(again.stderr.contains("\(file):4: Sent At"), "\(again)")
    }
}
