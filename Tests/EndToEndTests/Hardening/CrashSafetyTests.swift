import Foundation
import Testing

/// SIGKILL at any moment of a large import leaves a sound database holding all of that import
/// or none of it, and every earlier decision intact.
@Suite(.serialized) struct CrashSafetyTests {
    static let largeRows = 200_000
    static let smallRows = 3_000

    /// The size of the database's write-ahead log, 0 when there is none.
    static func walSize(_ sandbox: Sandbox) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: sandbox.database.path + "-wal"))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// After a kill: integrity ok, all or none of the import, the decision on 1 intact.
    static func expectIntact(_ sandbox: Sandbox, before: Int, added: Int, moment: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let check = try sqlite(sandbox.database, "PRAGMA integrity_check", sourceLocation: sourceLocation)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(check == "ok", "\(moment): integrity_check: \(check)", sourceLocation: sourceLocation)
        let count = try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation", sourceLocation: sourceLocation)
        #expect(count == before || count == before + added,
                "\(moment): \(count) invitations; expected \(before) (none) or \(before + added) (all)", sourceLocation: sourceLocation)
        let decision = try sqlite(sandbox.database, "SELECT decision FROM invitation WHERE id = 1", sourceLocation: sourceLocation)
        #expect(decision.trimmingCharacters(in: .whitespacesAndNewlines) == "accepted", "\(moment): decision on 1 is \(decision)",
                sourceLocation: sourceLocation)
        let history = try sandbox.triage(["history", "1"], sourceLocation: sourceLocation)
        #expect(history.status == 0, "\(moment): \(history)", sourceLocation: sourceLocation)
        #expect(history.stdout.contains("#1 Femke de Boer: accepted"), "\(moment): \(history)", sourceLocation: sourceLocation)
        return count == before + added
    }

    @Test func killingALargeImportAtSeveralMomentsLosesNothingAndHalvesNothing() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let big = sandbox.url("big/Invitations.csv")
        try FileManager.default.createDirectory(at: big.deletingLastPathComponent(), withIntermediateDirectories: true)
        try writeBulkInvitations(to: big, rows: 0..<Self.largeRows)
        let before = try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation")

        // Moments: after a while (by polling the process, never asserting on time), and once
        // the import has spilled several MiB of uncommitted pages into the WAL.
        let moments: [(name: String, seconds: Double?, walBytes: Int?)] = [
            ("after 0.2 s", 0.2, nil), ("after 0.5 s", 0.5, nil), ("after 1 s", 1, nil), ("after 2 s", 2, nil),
            ("with 8 MiB in the WAL", nil, 8 << 20),
        ]
        for moment in moments {
            let run = try BackgroundRun(triage: sandbox, ["import", big.path])
            let start = Date()
            pollUntil(600) {
                if !run.isRunning { return true }
                if let seconds = moment.seconds { return Date().timeIntervalSince(start) >= seconds }
                return Self.walSize(sandbox) >= moment.walBytes ?? 0
            }
            run.kill()
            let (result, signal) = run.finish()
            #expect(signal == SIGKILL || result.status == 0, "\(moment.name): \(result)")
            _ = try Self.expectIntact(sandbox, before: before, added: Self.largeRows, moment: moment.name)
        }
    }

    @Test func killsSpreadOverAWholeImportLeaveAllOrNothing() throws {
        let reference = try SeededSandbox.make()
        defer { reference.remove() }
        let file = reference.url("Invitations.csv")
        try writeBulkInvitations(to: file, rows: 0..<Self.smallRows)
        let before = try sqliteCount(reference.database, "SELECT COUNT(*) FROM invitation")
        // A whole run first: it shows what "all" is, and how long a run lasts here.
        let started = Date()
        try reference.importing([file.path])
        let duration = Date().timeIntervalSince(started)
        #expect(try sqliteCount(reference.database, "SELECT COUNT(*) FROM invitation") == before + Self.smallRows)

        var completed = false
        for fraction in [0.5, 0.85, 0.97] {
            let sandbox = try SeededSandbox.make()
            defer { sandbox.remove() }
            let run = try BackgroundRun(triage: sandbox, ["import", file.path])
            let start = Date()
            pollUntil(duration * 3) { !run.isRunning || Date().timeIntervalSince(start) >= duration * fraction }
            run.kill()
            let (result, signal) = run.finish()
            #expect(signal == SIGKILL || result.status == 0, "at \(fraction): \(result)")
            let all = try Self.expectIntact(sandbox, before: before, added: Self.smallRows, moment: "killed at \(Int(fraction * 100))% of a run")
            // Whatever a kill left, the next import completes it (checked once: it is slow).
            if !all, !completed {
                completed = true
                try sandbox.importing([file.path])
                #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation") == before + Self.smallRows)
            }
        }
    }
}
