import Foundation
import Testing

/// A database written by a newer invite-triage (an unknown migration) is refused with exit 75
/// and left exactly as it was.
@Suite struct SchemaRefusalTests {
    private func newerDatabase() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.importing([PackagePaths.sampleInvitationsJSON.path])
        _ = try sqlite(sandbox.database, "INSERT INTO grdb_migrations (identifier) VALUES ('9999_future')")
        return sandbox
    }

    @Test(arguments: [["list"], ["list", "--status", "all", "--format", "json"], ["import", "SAMPLE"]])
    func commandIsRefusedWith75AndTheDatabaseUnchanged(arguments: [String]) throws {
        let sandbox = try newerDatabase()
        defer { sandbox.remove() }
        let dumpBefore = try dump(sandbox.database)
        let bytesBefore = try Data(contentsOf: sandbox.database)
        let command = arguments.map { $0 == "SAMPLE" ? PackagePaths.sampleVoyagerJSON.path : $0 }
        let result = try sandbox.triage(command)
        #expect(result.status == 75, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(sandbox.database.path))
        #expect(result.stderr.contains("9999_future"))
        #expect(result.stderr.contains("newer invite-triage"))
        #expect(try Data(contentsOf: sandbox.database) == bytesBefore)
        expectSameDump(dumpBefore, try dump(sandbox.database))
    }
}
