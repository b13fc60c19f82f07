import Foundation
import Testing

/// A decision made while a long import writes waits for it, says so on stderr, and then
/// succeeds; with a short timeout it gives up with exit 69 and changes nothing.
@Suite(.serialized) struct AcceptDuringImportTests {
    static let waitingNote = "waiting for another invite-triage command to finish writing"

    @Test func acceptWaitsForTheImportAndSucceeds() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let file = try Concurrency.bulkFile(sandbox, "long", rows: 0..<Concurrency.rows)
        let before = try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation")
        let importing = try Concurrency.startLongImport(sandbox, file)
        let accept = try sandbox.triage(["accept", "2"], environment: ["INVITE_TRIAGE_BUSY_TIMEOUT": "900"])
        let (imported, _) = importing.finish(killAfter: 900)
        #expect(imported.status == 0, "\(imported)")
        #expect(accept.status == 0, "\(accept)")
        #expect(accept.stderr.contains(Self.waitingNote), "accept did not say it was waiting: \(accept)")
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation") == before + Concurrency.rows)
        let history = try sandbox.triage(["history", "2"])
        #expect(history.stdout.contains("#2 ") && history.stdout.contains(": accepted"), "\(history)")
        #expect(try sandbox.triage(["history", "1"]).stdout.contains("#1 Femke de Boer: accepted"))
    }

    @Test func acceptGivesUpAfterTheBusyTimeoutWithExit69() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let file = try Concurrency.bulkFile(sandbox, "long", rows: 0..<Concurrency.rows)
        let importing = try Concurrency.startLongImport(sandbox, file)
        let accept = try sandbox.triage(["accept", "2"], environment: ["INVITE_TRIAGE_BUSY_TIMEOUT": "0.5"])
        let stillImporting = importing.isRunning
        let (imported, _) = importing.finish(killAfter: 900)
        #expect(imported.status == 0, "\(imported)")
        // Only meaningful when the import was still writing when accept gave up.
        if stillImporting {
            #expect(accept.status == 69, "\(accept)")
            #expect(accept.stderrLines.last?.hasPrefix("invite-triage: error: ") == true, "\(accept)")
            #expect(accept.stderr.contains("busy"), "\(accept)")
            let decision = try sqlite(sandbox.database, "SELECT IFNULL(decision, 'none') FROM invitation WHERE id = 2")
            #expect(decision.trimmingCharacters(in: .whitespacesAndNewlines) == "none", "accept 2 was stored although it failed")
        }
    }
}
