import Foundation
import Testing

/// Helpers for racing commands against a long import.
enum Concurrency {
    /// Rows of the "long" import: seconds of work in a debug build.
    static let rows = 12_000

    /// Whether some connection holds the write lock of the database right now: a
    /// `BEGIN IMMEDIATE` with no busy timeout fails. (When nobody does, it takes and drops the
    /// lock at once.)
    static func writeLockHeld(_ database: URL) -> Bool {
        guard let result = try? runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", database.path, "BEGIN IMMEDIATE; ROLLBACK;"],
                                           environment: ProcessInfo.processInfo.environment, in: database.deletingLastPathComponent())
        else { return false }
        return result.status != 0 && result.stderr.contains("locked")
    }

    /// Starts `import FILE` and returns once it holds the write lock (nil if it ended first).
    static func startLongImport(_ sandbox: Sandbox, _ file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> BackgroundRun {
        let run = try BackgroundRun(triage: sandbox, ["import", file.path])
        let locked = pollUntil(600) { !run.isRunning || writeLockHeld(sandbox.database) }
        try #require(locked && run.isRunning, "the import ended before it was seen writing: \(run.finish().result)",
                     sourceLocation: sourceLocation)
        return run
    }

    /// Writes `rows` bulk invitations to FILE in the sandbox and returns its URL.
    static func bulkFile(_ sandbox: Sandbox, _ name: String, rows: Range<Int>) throws -> URL {
        let url = sandbox.url("bulk/\(name)/Invitations.csv")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try writeBulkInvitations(to: url, rows: rows)
        return url
    }
}
