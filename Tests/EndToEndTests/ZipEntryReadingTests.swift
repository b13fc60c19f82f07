import Foundation
import Testing

/// Reading files out of a ZIP must behave like reading the same files from a folder: large
/// entries, unknown files with many rows, errors that name the line, and ZIP-bomb limits.
@Suite struct ZipEntryReadingTests {
    /// An Invitations.csv of `rows` distinct incoming invitations (about 100 bytes a row).
    static func largeInvitations(rows: Int) -> String {
        var text = "From,To,Sent At,Message,Direction\n"
        for index in 0..<rows {
            let month = index % 11 + 1, day = index % 28 + 1, hour = index % 12 + 1, minute = index % 60
            text += "Person \(index),Elena Marsh,\"\(month)/\(day)/26, \(hour):\(minute < 10 ? "0" : "")\(minute) PM\",Hello number \(index),INCOMING\n"
        }
        return text
    }

    /// A sandbox with `entries` zipped as `export.zip` and also extracted into `export/`.
    private func zipAndFolder(_ entries: [(path: String, bytes: Data)]) throws -> (sandbox: Sandbox, zip: String, folder: String) {
        let sandbox = try Sandbox()
        let zip = sandbox.url("export.zip")
        try makeZip(entries, at: zip)
        for entry in entries { try sandbox.write("export/" + entry.path, bytes: Array(entry.bytes)) }
        return (sandbox, zip.path, sandbox.url("export").path)
    }

    @Test func entryLargerThan64KiBIsReadLikeTheSameFileInAFolder() throws {
        let csv = Self.largeInvitations(rows: 2_000)
        try #require(csv.utf8.count > 128 << 10)
        let (sandbox, zip, folder) = try zipAndFolder([("Invitations.csv", Data(csv.utf8))])
        defer { sandbox.remove() }
        let fromFolder = try sandbox.triage(["import", folder])
        #expect(fromFolder.stdout.contains("invitations: 2000 new"), "\(fromFolder)")
        let fromZip = try sandbox.triage(["import", zip])
        #expect(fromZip.status == 0, "\(fromZip)")
        #expect(fromZip.stdout.contains("invitations: 2000 already known"))
    }

    @Test func unknownFileWithManyRowsIsSkippedNotFatal() throws {
        var searches = "Time,Search Query\n"
        for day in 1...15 { searches += "2026-11-\(day < 10 ? "0" : "")\(day) 10:00:00 UTC,platform engineer \(day)\n" }
        let invitations = try Data(contentsOf: PackagePaths.fixture("invitations-7-columns.csv"))
        let (sandbox, zip, folder) = try zipAndFolder([("Invitations.csv", invitations), ("SearchQueries.csv", Data(searches.utf8))])
        defer { sandbox.remove() }
        let fromFolder = try sandbox.triage(["import", folder])
        #expect(fromFolder.status == 0, "\(fromFolder)")
        #expect(fromFolder.stdout.contains("skipped (not read): \(folder)/SearchQueries.csv"))
        let fromZip = try sandbox.triage(["import", zip])
        #expect(fromZip.status == 0, "\(fromZip)")
        #expect(fromZip.stdout.contains("skipped (not read): \(zip):SearchQueries.csv"))
    }

    @Test func unreadableRowInAZipNamesItsLine() throws {
        var bytes = Array("From,To,Sent At,Message,Direction\nZoë Müller,Elena Marsh,\"11/20/26, 9:00 AM\",,INCOMING\n".utf8)
        bytes += Array("Andr".utf8) + [0xE9] + Array(",Elena Marsh,\"11/19/26, 9:00 AM\",,INCOMING\n".utf8)
        bytes += Array("Carl,Elena Marsh,\"11/18/26, 9:00 AM\",,INCOMING\n".utf8)
        let (sandbox, zip, folder) = try zipAndFolder([("Invitations.csv", Data(bytes))])
        defer { sandbox.remove() }
        let fromFolder = try sandbox.triage(["import", folder])
        #expect(fromFolder.stderrLines == ["invite-triage: error: \(folder)/Invitations.csv:3: text is neither UTF-8 nor Windows-1252 (mixed encodings)"])
        let fromZip = try sandbox.triage(["import", zip])
        #expect(fromZip.status == 65)
        #expect(fromZip.stderrLines == ["invite-triage: error: \(zip):Invitations.csv:3: text is neither UTF-8 nor Windows-1252 (mixed encodings)"])
    }

    @Test func entryThatExpandsLikeABombIsRefusedAndNothingIsStored() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleInvitationsJSON.path])
        let before = try dump(sandbox.database)
        let row = "Same Person,Elena Marsh,\"11/20/26, 9:00 AM\",,INCOMING\n"
        let bomb = "From,To,Sent At,Message,Direction\n" + String(repeating: row, count: 60_000)
        let zip = sandbox.url("bomb.zip")
        try makeZip([("Invitations.csv", Data(bomb.utf8))], at: zip)
        let result = try sandbox.triage(["import", zip.path])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        expectSameDump(before, try dump(sandbox.database))
        #expect(result.stderr.contains("ZIP bomb"), "\(result)")
    }
}
