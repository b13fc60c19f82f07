import Foundation
import Testing

/// A temporary folder that is HOME and XDG_DATA_HOME for the commands run in it, so nothing
/// touches the real home. Commands run with the clock and zone the expectations assume.
struct Sandbox {
    let root: URL

    /// "Now" and zone of every run: the day after the sample export.
    static let now = "2026-11-26T09:00:00"
    static let zone = "Europe/Amsterdam"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("invite-triage-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    var home: URL { root.appendingPathComponent("home") }
    var dataHome: URL { root.appendingPathComponent("xdg-data") }
    /// The database most tests pass with `--db`.
    var database: URL { root.appendingPathComponent("db/invitations.sqlite") }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Writes `bytes` to `relative` (folders made as needed) and returns its path.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let target = url(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
        return target.path
    }

    @discardableResult
    func write(_ relative: String, text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    /// The environment of a run: the parent's PATH and library path only, then ours.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        let parent = ProcessInfo.processInfo.environment
        var environment: [String: String] = [
            "PATH": parent["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": home.path,
            "XDG_DATA_HOME": dataHome.path,
            "INVITE_TRIAGE_NOW": Self.now,
            "TZ": Self.zone,
            "LANG": "C.UTF-8",
        ]
        if let libraries = parent["LD_LIBRARY_PATH"] { environment["LD_LIBRARY_PATH"] = libraries }
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs the built invite-triage with `arguments` (no `--db` added).
    func run(_ arguments: [String], environment extra: [String: String] = [:], binary: URL? = nil,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let executable = try #require(binary ?? Binary.url, "invite-triage is not built: run swift build, or set INVITE_TRIAGE_BIN",
                                      sourceLocation: sourceLocation)
        return try runProcess(executable, arguments, environment: environment(extra), in: root)
    }

    /// Runs invite-triage against the sandbox database.
    func triage(_ arguments: [String], environment extra: [String: String] = [:],
                sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        try run(arguments + ["--db", database.path], environment: extra, sourceLocation: sourceLocation)
    }

    /// `import PATHS…` that must succeed; returns the report it printed.
    @discardableResult
    func importing(_ paths: [String], options: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let result = try triage(["import"] + paths + options, sourceLocation: sourceLocation)
        #expect(result.status == 0, "import failed: \(result)", sourceLocation: sourceLocation)
        return result
    }

    /// `list --status all --format json`, decoded.
    func listAll(_ options: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> [ListedInvitation] {
        let result = try triage(["list", "--status", "all", "--format", "json"] + options, sourceLocation: sourceLocation)
        try #require(result.status == 0, "list failed: \(result)", sourceLocation: sourceLocation)
        return try ListedInvitation.decode(result.stdout)
    }
}
