import Foundation
import Testing

/// Readers never block on a writer (WAL): `list`, `show` and `history` return while a long
/// import is still writing, and see the database as it was before it.
@Suite(.serialized) struct ReadersDuringImportTests {
    @Test func readingCommandsReturnBeforeTheImportEnds() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let file = try Concurrency.bulkFile(sandbox, "long", rows: 0..<Concurrency.rows)
        let before = try sandbox.listAll().count
        let importing = try Concurrency.startLongImport(sandbox, file)
        defer { importing.kill(); _ = importing.finish() }

        for arguments in [["list", "--status", "all", "--format", "json"], ["list"], ["show", "1"], ["history", "1"]] {
            let reader = try BackgroundRun(triage: sandbox, arguments, environment: ["INVITE_TRIAGE_BUSY_TIMEOUT": "900"])
            pollUntil(900) { !reader.isRunning || !importing.isRunning }
            let importStillRunning = importing.isRunning
            let readerDone = !reader.isRunning
            let (result, _) = reader.finish(killAfter: 900)
            #expect(readerDone && importStillRunning, "\(arguments.joined(separator: " ")) did not return while the import was writing")
            #expect(result.status == 0, "\(result)")
            #expect(!result.stderr.contains("waiting"), "a reader waited for the writer: \(result)")
            if arguments.contains("json"), importStillRunning {
                // A snapshot from before the import: none of its rows, all of the old ones.
                #expect(try ListedInvitation.decode(result.stdout).count == before)
            }
        }
    }
}
