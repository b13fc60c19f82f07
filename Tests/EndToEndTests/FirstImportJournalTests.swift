import Foundation
import Testing

/// An import into a database without invitations writes through a rollback journal instead of
/// the WAL (each page once). It must stay one transaction, and leave the database in WAL mode.
@Suite struct FirstImportJournalTests {
    /// A database that holds the owner's network but no invitation yet.
    private func networkOnlySandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.importing([PackagePaths.sampleExport.appendingPathComponent("Connections.csv").path])
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation") == 0)
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM connection") > 0)
        return sandbox
    }

    private func journalMode(_ sandbox: Sandbox) throws -> String {
        try sqlite(sandbox.database, "PRAGMA journal_mode").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func failedFirstImportIntoAnExistingDatabaseChangesNothing() throws {
        let sandbox = try networkOnlySandbox()
        defer { sandbox.remove() }
        var text = "From,To,Sent At,Message,Direction\n"
        for index in 0..<20_000 { text += "Person \(index),Elena Marsh,\"11/20/26, 9:\(index % 50 + 10) AM\",Hello from \(index),INCOMING\n" }
        text += "Person Broken,Elena Marsh,\"11/20/26, 9:00 AM\",,SIDEWAYS\n"
        let file = try sandbox.write("large.csv", text: text)
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderrLines.first?.hasPrefix("invite-triage: error: \(file):20002: ") == true, "\(result)")
        expectSameDump(before, try dump(sandbox.database))
        #expect(try journalMode(sandbox) == "wal")
        #expect(!FileManager.default.fileExists(atPath: sandbox.database.path + "-journal"))
    }

    @Test func firstImportLeavesTheDatabaseInWALModeAndScored() throws {
        let sandbox = try networkOnlySandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["import", PackagePaths.sampleExport.path])
        #expect(result.status == 0, "\(result)")
        #expect(try journalMode(sandbox) == "wal")
        #expect(!FileManager.default.fileExists(atPath: sandbox.database.path + "-journal"))
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation") > 0)
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation WHERE scored_with IS NULL") == 0)
        #expect(try sqlite(sandbox.database, "PRAGMA integrity_check") == "ok\n")
    }
}
