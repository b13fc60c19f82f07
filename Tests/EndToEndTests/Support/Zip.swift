import Foundation
import Testing

/// Writes a ZIP at `destination` holding `entries` (path inside the archive → bytes), with
/// python3's zipfile, so tests can build the archive layouts users send.
func makeZip(_ entries: [(path: String, bytes: Data)], at destination: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let manifest = destination.deletingLastPathComponent().appendingPathComponent(".zip-manifest-\(UUID().uuidString).json")
    let listed = entries.map { ["path": $0.path, "data": $0.bytes.base64EncodedString()] }
    try JSONSerialization.data(withJSONObject: listed).write(to: manifest)
    defer { try? FileManager.default.removeItem(at: manifest) }
    let script = """
        import base64, json, sys, zipfile
        with open(sys.argv[1]) as f:
            entries = json.load(f)
        with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as archive:
            for entry in entries:
                archive.writestr(entry["path"], base64.b64decode(entry["data"]))
        """
    let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, manifest.path, destination.path],
                                environment: ProcessInfo.processInfo.environment, in: destination.deletingLastPathComponent())
    try #require(result.status == 0, "python3 failed: \(result)", sourceLocation: sourceLocation)
}

/// The files of the sample export folder (subfolders included), by path relative to it.
func sampleExportEntries() throws -> [(path: String, bytes: Data)] {
    let root = PackagePaths.sampleExport
    var entries: [(path: String, bytes: Data)] = []
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let relative = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let url = root.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            entries.append((relative, try Data(contentsOf: url)))
        }
    }
    return entries.sorted { $0.path < $1.path }
}
