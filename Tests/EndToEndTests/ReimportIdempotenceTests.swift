import Foundation
import Testing

/// Importing the same export again adds nothing, changes no id and leaves the database as it was:
/// whether the files are skipped as unchanged or, with `--reread`, read row by row.
@Suite struct ReimportIdempotenceTests {
    static let ways: [[String]] = [[], ["--reread"]]

    @Test(arguments: ways) func secondImportReportsEverythingAlreadyKnown(options: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let second = try sandbox.importing([PackagePaths.sampleExport.path], options: options)
        #expect(second.stdout.contains("Invitations.csv: invitations: 36 already known, 5 outgoing kept"))
        #expect(second.stdout.contains("Connections.csv: connections: 28 already known, 2 hidden members"))
        #expect(second.stdout.contains("messages.csv: messages: 23 already known"))
        #expect(!second.stdout.contains("now shown as connected"))
    }

    @Test func secondImportOfTheProfileIsAlreadyKnown() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let second = try sandbox.importing([PackagePaths.sampleExport.path])
        #expect(second.stdout.contains("Profile.csv: profile: 1 already known"))
        #expect(!second.stdout.split(separator: "\n").contains { $0.contains("new") && !$0.contains("Profile.csv") })
    }

    @Test(arguments: ways) func idsAndListAreUnchanged(options: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let before = try sandbox.listAll().map(\.summary)
        try sandbox.importing([PackagePaths.sampleExport.path], options: options)
        try sandbox.importing([PackagePaths.sampleZip.path], options: options)
        let after = try sandbox.listAll().map(\.summary)
        #expect(after.count == 36)
        #expect(after == before)
    }

    @Test(arguments: ways) func importedRecordsAreUnchanged(options: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let tables = ["sent_invitation", "connection", "message", "contact", "owner_profile", "owner_identity",
                      "owner_position", "owner_education", "owner_skill"]
        let snapshot = {
            try [tableRows(sandbox.database, "invitation", columns: importedInvitationColumns)] + tables.map { try tableRows(sandbox.database, $0) }
        }
        let before = try snapshot()
        try sandbox.importing([PackagePaths.sampleExport.path], options: options)
        let after = try snapshot()
        for (index, table) in (["invitation"] + tables).enumerated() {
            #expect(after[index] == before[index], "\(table) changed on re-import")
        }
    }

    @Test(arguments: ways) func wholeDumpIsIdentical(options: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let before = try dump(sandbox.database)
        try sandbox.importing([PackagePaths.sampleExport.path], options: options)
        let after = try dump(sandbox.database)
        expectSameDump(before, after)
    }
}
