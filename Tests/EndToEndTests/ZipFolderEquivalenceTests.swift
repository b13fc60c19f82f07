import Foundation
import Testing

/// The sample ZIP and the sample folder are the same export: same files, same bytes, same result.
@Suite struct ZipFolderEquivalenceTests {
    /// Every file entry of a ZIP, read with python3's zipfile, by path inside the archive.
    private func zipEntries(_ zip: URL) throws -> [String: Data] {
        let script = """
            import base64, json, sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as archive:
                print(json.dumps({i.filename: base64.b64encode(archive.read(i)).decode() for i in archive.infolist() if not i.is_dir()}))
            """
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, zip.path],
                                    environment: ProcessInfo.processInfo.environment, in: zip.deletingLastPathComponent())
        try #require(result.status == 0, "python3 failed: \(result)")
        let decoded = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String] ?? [:]
        return decoded.compactMapValues { Data(base64Encoded: $0) }
    }

    /// Every file under `folder`, by path relative to it.
    private func folderFiles(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func zipAndFolderHoldTheSameFilesByteForByte() throws {
        let zipped = try zipEntries(PackagePaths.sampleZip)
        let extracted = try folderFiles(PackagePaths.sampleExport)
        try #require(!zipped.isEmpty)
        #expect(zipped.keys.sorted() == extracted.keys.sorted())
        for (name, bytes) in zipped {
            #expect(extracted[name] == bytes, "\(name) differs between the ZIP and the folder")
        }
    }

    @Test func importingEitherGivesTheSameList() throws {
        let fromFolder = try Sandbox()
        defer { fromFolder.remove() }
        let fromZip = try Sandbox()
        defer { fromZip.remove() }
        try fromFolder.importing([PackagePaths.sampleExport.path])
        try fromZip.importing([PackagePaths.sampleZip.path])
        let folderList = try fromFolder.triage(["list", "--status", "all", "--format", "json"])
        let zipList = try fromZip.triage(["list", "--status", "all", "--format", "json"])
        #expect(folderList.status == 0)
        #expect(try ListedInvitation.decode(folderList.stdout).count == 36)
        #expect(folderList.stdout == zipList.stdout)
    }

    @Test func importingEitherGivesTheSameEvidenceTables() throws {
        let fromFolder = try Sandbox()
        defer { fromFolder.remove() }
        let fromZip = try Sandbox()
        defer { fromZip.remove() }
        try fromFolder.importing([PackagePaths.sampleExport.path])
        try fromZip.importing([PackagePaths.sampleZip.path])
        for table in ["connection", "message", "contact", "owner_profile", "owner_identity", "owner_position",
                      "owner_education", "owner_skill", "evidence_source"] {
            #expect(try tableRows(fromFolder.database, table) == tableRows(fromZip.database, table), "\(table) differs")
        }
    }
}
