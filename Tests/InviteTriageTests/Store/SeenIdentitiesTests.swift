import Foundation
import GRDB
import Testing
@testable import InviteTriage

/// An import into an empty table skips the look-up of rows whose identity it has not seen:
/// the table must come out exactly as with a look-up for every row.
@Suite struct SeenIdentitiesTests {
    /// Rows crafted to collide: few names, URLs and minutes, with and without URL, notes and
    /// headlines to fill in.
    private static func rows(count: Int, seed: UInt64) -> [ReceivedInvitation] {
        var generator = FuzzRandom(seed: seed)
        let names = ["Ana Ruiz", "ANA RUIZ", "Bo Li", "Chidi Okafor", "Dana Levi", "Émile Roux", "emile roux"]
        let urls = [nil, nil, "https://www.linkedin.com/in/ana-ruiz", "https://www.linkedin.com/in/bo", "https://www.linkedin.com/in/emile"]
        return (0..<count).map { _ in
            let minute = Int.random(in: 10...13, using: &generator)
            let second = Int.random(in: 0...59, using: &generator)
            let time = LocalDateTime(text: String(format: "2026-11-20T10:%02d:%02d", minute, second))!
            return ReceivedInvitation(senderName: names.randomElement(using: &generator)!, senderURL: urls.randomElement(using: &generator)!,
                                      sentAt: time, message: Bool.random(using: &generator) ? nil : "note \(Int.random(in: 0...2, using: &generator))",
                                      headline: Bool.random(using: &generator) ? nil : "Engineer")
        }
    }

    private func table(after rows: [ReceivedInvitation], intoEmptyTable: Bool) throws -> ([String], [StoreWriter.Outcome]) {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("s.sqlite"), diagnostics: .silent)
        return try store.write { db in
            let writer = try StoreWriter(db: db, importedAt: "2026-11-26T09:00:00", intoEmptyTable: intoEmptyTable)
            let outcomes = try rows.map { try writer.upsert($0, source: "a.csv") }
            let stored = try String.fetchAll(db, sql: """
                SELECT id || '|' || sender_key || '|' || IFNULL(sender_url, '-') || '|' || sent_at || '|' || IFNULL(message, '-') || '|' || IFNULL(headline, '-')
                FROM invitation ORDER BY id
                """)
            return (stored, outcomes)
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64]) func theTableIsTheSameAsWithALookUpForEveryRow(seed: UInt64) throws {
        let rows = Self.rows(count: 400, seed: seed)
        let (skipping, skippingOutcomes) = try table(after: rows, intoEmptyTable: true)
        let (lookingUp, lookingUpOutcomes) = try table(after: rows, intoEmptyTable: false)
        #expect(skipping == lookingUp)
        #expect(skippingOutcomes.map { $0 == .new } == lookingUpOutcomes.map { $0 == .new })
        // The rows did collide: most are known.
        #expect(skippingOutcomes.filter { $0 == .known }.count > 200)
    }

    private static func identity(_ minute: String, url: String?, key: String) -> SeenIdentities.Identity {
        SeenIdentities.Identity(minute: LocalDateTime(text: minute)!, url: url, key: key)
    }

    @Test func anUnseenIdentityIsNeverReportedSeenAndASeenOneAlways() {
        let seen = SeenIdentities()
        for index in 0..<10_000 { seen.insert(Self.identity("2026-11-20T10:15:00", url: index % 2 == 0 ? "u\(index)" : nil, key: "k\(index)")) }
        for index in 0..<10_000 {
            #expect(seen.mayContain(Self.identity("2026-11-20T10:15:00", url: index % 2 == 0 ? "u\(index)" : nil, key: "k\(index)")))
            // A URL seen matches with any name; a name seen matches a row without URL.
            if index % 2 == 0 { #expect(seen.mayContain(Self.identity("2026-11-20T10:15:00", url: "u\(index)", key: "other"))) }
            #expect(seen.mayContain(Self.identity("2026-11-20T10:15:00", url: nil, key: "k\(index)")))
        }
        let falsePositives = (0..<10_000).filter { seen.mayContain(Self.identity("2026-11-20T10:16:00", url: "u\($0)", key: "k\($0)")) }.count
        #expect(falsePositives < 100)
        // The minute is what counts, not the second.
        #expect(seen.mayContain(Self.identity("2026-11-20T10:15:59", url: nil, key: "k1")))
    }

    @Test func afterReleaseEveryRowIsLookedUp() {
        let seen = SeenIdentities()
        #expect(!seen.mayContain(Self.identity("2026-11-20T10:15:00", url: nil, key: "ana")))
        seen.release()
        #expect(seen.mayContain(Self.identity("2026-11-20T10:15:00", url: nil, key: "ana")))
        seen.insert(Self.identity("2026-11-20T10:15:00", url: nil, key: "bo"))
        #expect(seen.mayContain(Self.identity("2026-11-20T10:16:00", url: "u", key: "bo")))
    }
}
