import Foundation

/// Folders of the package the tests read from: samples and fixtures.
enum PackagePaths {
    /// The folder holding Package.swift, found by walking up from this file.
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static let samples = root.appendingPathComponent("samples")
    static let sampleExport = samples.appendingPathComponent("linkedin-export")
    static let sampleZip = samples.appendingPathComponent("Basic_LinkedInDataExport_11-24-2026.zip")
    static let sampleInvitationsJSON = samples.appendingPathComponent("invitations.json")
    static let sampleVoyagerJSON = samples.appendingPathComponent("voyager-invitations.json")

    /// Tests/EndToEndTests/Fixtures/NAME.
    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/EndToEndTests/Fixtures").appendingPathComponent(name)
    }
}
