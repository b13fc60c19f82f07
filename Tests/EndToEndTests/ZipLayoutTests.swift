import Foundation
import Testing

/// ZIPs as users send them: LinkedIn's own (CSVs at the root), a re-zipped folder (one top
/// folder), one made by macOS Finder (plus `__MACOSX/`), and hostile entry names.
@Suite struct ZipLayoutTests {
    private let top = "Basic_LinkedInDataExport_11-24-2026/"

    private func listJSON(_ sandbox: Sandbox) throws -> String {
        let result = try sandbox.triage(["list", "--status", "all", "--format", "json"])
        try #require(result.status == 0)
        return result.stdout
    }

    private func folderListJSON() throws -> String {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        return try listJSON(sandbox)
    }

    @Test func rezippedFolderWithOneTopFolderReadsLikeTheExport() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let zip = sandbox.url("rezipped.zip")
        try makeZip(try sampleExportEntries().map { (top + $0.path, $0.bytes) }, at: zip)
        let report = try sandbox.importing([zip.path])
        #expect(report.stdout.contains("\(zip.path):Invitations.csv: invitations: 36 new, 5 outgoing kept"), "\(report)")
        #expect(report.stdout.contains("\(zip.path):Jobs/Saved Jobs.csv"))
        #expect(try listJSON(sandbox) == folderListJSON())
    }

    @Test func finderZipWithMacOSXFolderReadsLikeTheExport() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let zip = sandbox.url("finder.zip")
        let entries = try sampleExportEntries()
        let appleDouble = entries.map { entry -> (path: String, bytes: Data) in
            let parts = entry.path.split(separator: "/")
            let name = "._" + (parts.last.map(String.init) ?? entry.path)
            let folder = parts.dropLast().map { $0 + "/" }.joined()
            return ("__MACOSX/" + top + folder + name, Data([0x00, 0x05, 0x16, 0x07]))
        }
        try makeZip(entries.map { (top + $0.path, $0.bytes) } + appleDouble, at: zip)
        let result = try sandbox.triage(["import", zip.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("invitations: 36 new"))
    }

    @Test func entriesOutsideTheRootAreSkippedNotRead() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let zip = sandbox.url("odd.zip")
        let invitations = try Data(contentsOf: PackagePaths.fixture("invitations-7-columns.csv"))
        try makeZip([("Invitations.csv", invitations), ("../Invitations.csv", invitations),
                     ("Articles/2017-12-09 04:54:08.html", Data("<p>post</p>".utf8)), ("notes.txt", Data("hi".utf8))], at: zip)
        let report = try sandbox.importing([zip.path])
        #expect(report.stdout.contains("\(zip.path):Invitations.csv: invitations: 4 new"), "\(report)")
        let skipped = try #require(report.stdout.split(separator: "\n").first { $0.hasPrefix("skipped (not read):") })
        #expect(skipped.contains("../Invitations.csv"))
        #expect(skipped.contains("Articles/2017-12-09 04:54:08.html"))
        #expect(skipped.contains("notes.txt"))
        #expect(try sandbox.listAll().count == 4)
    }

    @Test func zipWithNoExportFileIs65() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let zip = sandbox.url("photos.zip")
        try makeZip([("holiday.jpg", Data([0xFF, 0xD8, 0xFF])), ("Jobs/Saved Jobs.csv", Data("Saved Date,Job Url\n".utf8))], at: zip)
        let result = try sandbox.triage(["import", zip.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(zip.path): holds no export files"), "\(result)")
    }
}
