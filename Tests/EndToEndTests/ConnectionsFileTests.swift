import Foundation
import Testing

/// Connections.csv of every era: with or without the `Notes:` preamble, hidden members counted,
/// percent-encoded URLs matched to the raw-Unicode ones of Invitations.csv.
@Suite struct ConnectionsFileTests {
    static let withNotes = PackagePaths.fixture("connections-with-notes.csv").path
    static let withoutNotes = PackagePaths.fixture("connections-without-notes.csv").path
    static let invitations = PackagePaths.fixture("invitations-7-columns.csv").path

    @Test func preambleIsSkippedAndHiddenMembersCounted() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let report = try sandbox.importing([ConnectionsFileTests.withNotes])
        #expect(report.stdout.contains("\(ConnectionsFileTests.withNotes): connections: 3 new, 2 hidden members"), "\(report)")
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM connection") == 3)
    }

    @Test func fileWithoutPreambleReadsTheSame() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let report = try sandbox.importing([ConnectionsFileTests.withoutNotes])
        #expect(report.stdout.contains("\(ConnectionsFileTests.withoutNotes): connections: 3 new, 2 hidden members"), "\(report)")
    }

    @Test func bothFilesAreOneSetOfConnections() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([ConnectionsFileTests.withNotes])
        let second = try sandbox.importing([ConnectionsFileTests.withoutNotes])
        #expect(second.stdout.contains("connections: 3 already known, 2 hidden members"), "\(second)")
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM connection") == 3)
    }

    @Test func connectionsMarkTheirInvitationsConnected() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let report = try sandbox.importing([ConnectionsFileTests.invitations, ConnectionsFileTests.withNotes])
        #expect(report.stdout.contains("2 invitation(s) now shown as connected"), "\(report)")
        let listed = try sandbox.listAll()
        #expect(listed.first { $0.name == "Femke de Boer" }?.connectedOn == "2026-11-25")
        // Connections percent-encodes the URL Invitations writes in raw Unicode.
        #expect(listed.first { $0.name == "Jürgen Weiß" }?.status == "connected")
        #expect(listed.filter { $0.name == "Victor Lindqvist" }.allSatisfy { $0.status == "pending" })
    }

    @Test func connectionsImportedFirstStillMarkInvitationsImportedLater() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([ConnectionsFileTests.withoutNotes])
        let report = try sandbox.importing([ConnectionsFileTests.invitations])
        #expect(report.stdout.contains("2 invitation(s) now shown as connected"), "\(report)")
        #expect(try sandbox.listAll().filter { $0.status == "connected" }.count == 2)
    }

    @Test func era2018ConnectionsWithSentAtStyleDatesMatchByName() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("Connections.csv", text: """
            First Name,Last Name,Email Address,Company,Position,Connected On
            Femke,de Boer,femke@example.org,Kamer van Koophandel,Events Lead,"11/25/26, 6:14 PM"
            Hidden,Person,,,,9-Sep-22

            """)
        try sandbox.importing([PackagePaths.fixture("invitations-5-columns.csv").path, file])
        let femke = try #require(try sandbox.listAll().first { $0.name == "Femke de Boer" })
        #expect(femke.status == "connected")
        #expect(femke.connectedOn == "2026-11-25")
    }
}
