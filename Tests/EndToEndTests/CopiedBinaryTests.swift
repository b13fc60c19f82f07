import Foundation
import Testing

/// The binary carries its migrations: copied alone into an empty folder, it still creates and
/// fills a database.
@Suite struct CopiedBinaryTests {
    @Test func binaryCopiedAloneImportsAndLists() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let built = try #require(Binary.url, "invite-triage is not built")
        let folder = sandbox.url("bin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("invite-triage")
        try FileManager.default.copyItem(at: built, to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["invite-triage"])
        let csv = try sandbox.write("in/Invitations.csv", text: """
            From,To,Sent At,Message,Direction
            Femke de Boer,Elena Marsh,"11/24/26, 8:12 AM",Hi!,INCOMING

            """)
        let database = sandbox.url("fresh/invitations.sqlite")
        let imported = try runProcess(copy, ["import", csv, "--db", database.path], environment: sandbox.environment(), in: folder)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout.contains("invitations: 1 new"))
        let listed = try runProcess(copy, ["list", "--format", "json", "--db", database.path], environment: sandbox.environment(), in: folder)
        let invitations = try ListedInvitation.decode(listed.stdout)
        #expect(invitations.map(\.name) == ["Femke de Boer"])
        #expect(try sqlite(database, "SELECT identifier FROM grdb_migrations").contains("0001_initial"))
    }
}
