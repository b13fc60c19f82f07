import Foundation
import Testing

/// Positions.csv's Location is kept with each position: "we worked together in Berlin" is a
/// claim the owner's records can back. A database imported before locations were read gets
/// them from the next import of the same file, which is read again for it.
@Suite struct PositionLocationsTests {
    private static let locations = "SELECT company || ': ' || COALESCE(location, '-') FROM owner_position ORDER BY company"

    @Test func theSampleExportsLocationsAreStored() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        #expect(try sqlite(sandbox.database, Self.locations).trimmingCharacters(in: .newlines) == """
            Brightline Consulting Ltd: Edinburgh, United Kingdom
            Helio Systems GmbH: Berlin, Germany
            Northwind Analytics B.V.: Rotterdam, South Holland, Netherlands
            """)
    }

    @Test func aJSONOwnersPositionsCarryTheirLocations() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("owner.json", text: """
            {"owner": {"name": "Elena Marsh", "positions": [
                {"company": "Helio Systems GmbH", "start": "2016-06", "end": "2021-02", "location": "Berlin, Germany"},
                {"company": "Northwind Analytics B.V.", "start": "2021-03"}]},
             "invitations": []}
            """)
        try sandbox.importing([file])
        #expect(try sqlite(sandbox.database, Self.locations).trimmingCharacters(in: .newlines) == """
            Helio Systems GmbH: Berlin, Germany
            Northwind Analytics B.V.: -
            """)
    }

    @Test func anOlderImportGetsThemFromTheSameFileAgain() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        // As an older binary left it: no locations, its files recorded as read by reader 1.
        _ = try sqlite(sandbox.database, "UPDATE owner_position SET location = NULL; UPDATE imported_file SET reader = '1' || substr(reader, 2)")
        let again = try sandbox.importing([PackagePaths.sampleExport.path])
        // Read again, not skipped as unchanged; a filled-in location is no new position.
        #expect(again.stdout.contains("Positions.csv: positions: 3 already known\n"), "\(again.stdout)")
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM owner_position WHERE location IS NOT NULL") == 3)
    }

    @Test func aClaimNamingWhereYouWorkedIsBacked() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let notes = try sandbox.write("Invitations.csv", text: """
            From,To,Sent At,Message,Direction
            Ana Berg,Elena Marsh,"11/20/26, 9:00 AM","We worked together in Berlin a few years ago!",INCOMING
            Rui Costa,Elena Marsh,"11/19/26, 9:00 AM","We worked together in Paris a few years ago!",INCOMING

            """)
        try sandbox.importing([PackagePaths.sampleExport.path, notes])
        let verdicts = try sqlite(sandbox.database, """
            SELECT sender_name || ': ' || json_extract(verdict, '$.claims[0].verdict') FROM invitation
            WHERE sender_name IN ('Ana Berg', 'Rui Costa') ORDER BY sender_name
            """).trimmingCharacters(in: .newlines)
        // Paris is none of hers, but places have many names: not false.
        #expect(verdicts == "Ana Berg: backed\nRui Costa: unverifiable", "\(verdicts)")
    }
}
