import Foundation
import Testing

/// Two imports started together serialise: both succeed, every invitation is stored once, and
/// earlier decisions stay.
@Suite(.serialized) struct ParallelImportsTests {
    @Test func twoOverlappingImportsAtOnceBothSucceedWithoutDuplicates() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let half = Concurrency.rows / 2
        let first = try Concurrency.bulkFile(sandbox, "first", rows: 0..<Concurrency.rows)
        let second = try Concurrency.bulkFile(sandbox, "second", rows: half..<(Concurrency.rows + half))
        let before = try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation")

        let runs = [try BackgroundRun(triage: sandbox, ["import", first.path]), try BackgroundRun(triage: sandbox, ["import", second.path])]
        let results = runs.map { $0.finish(killAfter: 900) }
        for (result, signal) in results {
            #expect(signal == nil && result.status == 0, "\(result)")
        }
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation") == before + Concurrency.rows + half)
        let duplicates = try sqliteCount(sandbox.database, """
            SELECT COUNT(*) FROM (SELECT sender_url, sent_at FROM invitation WHERE sender_url IS NOT NULL
            GROUP BY sender_url, sent_at HAVING COUNT(*) > 1)
            """)
        #expect(duplicates == 0)
        #expect(try sqlite(sandbox.database, "PRAGMA integrity_check").trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
        #expect(try sandbox.triage(["history", "1"]).stdout.contains("#1 Femke de Boer: accepted"))
    }
}
