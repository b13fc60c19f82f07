import Foundation

/// A fresh folder under the system's temporary folder; `remove()` deletes it and all it holds.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("invite-triage-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ components: String...) -> String {
        components.reduce(url) { $0.appendingPathComponent($1) }.path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The permission bits of a file or folder (`0o600`), nil when it does not exist.
func posixPermissions(_ path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
}
