import Foundation
import Testing

/// One import is one transaction: a bad file anywhere stops it with exit 65, one line naming
/// `FILE:LINE:`, and the database exactly as it was.
@Suite struct ImportAtomicityTests {
    static let goodCSV = """
        From,To,Sent At,Message,Direction
        Anna Good,Elena Marsh,"11/20/26, 9:00 AM",,INCOMING

        """
    static let badCSV = """
        From,To,Sent At,Message,Direction
        Bob Fine,Elena Marsh,"11/19/26, 9:00 AM",,INCOMING
        Carl Broken,Elena Marsh,"2/31/26, 9:00 AM",,INCOMING
        Dan Never,Elena Marsh,"11/18/26, 9:00 AM",,INCOMING

        """
    static let goodJSON = #"[{"from": {"name": "Zed Later"}, "sentAt": "2026-11-01T10:00:00"}]"#

    /// A sandbox whose database already holds the sample export.
    private func populatedSandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.importing([PackagePaths.sampleExport.path])
        return sandbox
    }

    @Test func badCSVBetweenGoodFilesChangesNothing() throws {
        let sandbox = try populatedSandbox()
        defer { sandbox.remove() }
        let good = try sandbox.write("in/good.csv", text: Self.goodCSV)
        let bad = try sandbox.write("in/bad.csv", text: Self.badCSV)
        let good2 = try sandbox.write("in/good2.json", text: Self.goodJSON)
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["import", good, bad, good2])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1, "\(result)")
        let line = try #require(result.stderrLines.first)
        #expect(line.hasPrefix("invite-triage: error: \(bad):3: "), "\(line)")
        #expect(line.contains("2/31/26"))
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func badJSONAfterGoodFilesChangesNothing() throws {
        let sandbox = try populatedSandbox()
        defer { sandbox.remove() }
        let good = try sandbox.write("in/good.csv", text: Self.goodCSV)
        let bad = try sandbox.write("in/bad.json", text: "{\"invitations\": [\n  {\"from\": {\"name\": \"X\"}, \"sentAt\": 42}\n]}\n")
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["import", good, PackagePaths.sampleInvitationsJSON.path, bad])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrLines.first?.hasPrefix("invite-triage: error: \(bad):2:") == true, "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func badRowAfterManyGoodRowsOfTheSameFileChangesNothing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        var text = "From,To,Sent At,Message,Direction\n"
        for minute in 0..<50 { text += "Person \(minute),Elena Marsh,\"11/20/26, 9:\(minute < 10 ? "0" : "")\(minute) AM\",,INCOMING\n" }
        text += "Person Broken,Elena Marsh,\"11/20/26, 9:00 AM\",,SIDEWAYS\n"
        let file = try sandbox.write("long.csv", text: text)
        try sandbox.importing([PackagePaths.sampleInvitationsJSON.path])
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderrLines.first?.hasPrefix("invite-triage: error: \(file):52: ") == true, "\(result)")
        #expect(result.stderr.contains("neither INCOMING nor OUTGOING"))
        expectSameDump(before, try dump(sandbox.database))
    }

    /// The rows are parsed on a second thread, batches ahead of the writer: a bad row far into
    /// a large file must stop the reader (waiting on a full hand-off) and leave nothing behind,
    /// and so must a broken quote the reader meets after thousands of rows were written.
    @Test(arguments: ["SIDEWAYS", "\"never closed"])
    func badRowDeepInALargeFileStopsTheReaderAndChangesNothing(badField: String) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        var text = "From,To,Sent At,Message,Direction\n"
        func rows(_ range: Range<Int>) {
            for index in range { text += "Person \(index),Elena Marsh,\"11/20/26, 9:\(index % 50 + 10) AM\",,INCOMING\n" }
        }
        rows(0..<20_000)
        text += "Person Broken,Elena Marsh,\"11/20/26, 9:00 AM\",,\(badField)\n"
        rows(20_000..<40_000)
        let file = try sandbox.write("large.csv", text: text)
        try sandbox.importing([PackagePaths.sampleInvitationsJSON.path])
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderrLines.first?.hasPrefix("invite-triage: error: \(file):20002: ") == true, "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func unclosedQuoteNamesTheLineWhereItOpens() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("quote.csv", text: """
            From,To,Sent At,Message,Direction
            Anna Good,Elena Marsh,"11/20/26, 9:00 AM",,INCOMING
            Bob Open,Elena Marsh,"11/19/26, 9:00 AM","never closed,INCOMING
            Carl,Elena Marsh,11/18/26 9:00 AM,,INCOMING

            """)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderrLines == ["invite-triage: error: \(file):3: a quoted field is never closed (unbalanced \")"])
        // The failed first import leaves no database behind: as before, there is none.
        #expect(!FileManager.default.fileExists(atPath: sandbox.database.path))
    }

    @Test func missingFileAmongGoodOnesChangesNothing() throws {
        let sandbox = try populatedSandbox()
        defer { sandbox.remove() }
        let good = try sandbox.write("in/good.csv", text: Self.goodCSV)
        let before = try dump(sandbox.database)
        let missing = sandbox.url("in/missing.csv").path
        let result = try sandbox.triage(["import", good, missing])
        #expect(result.status == 66)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(missing))
        expectSameDump(before, try dump(sandbox.database))
    }
}
