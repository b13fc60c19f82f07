import Foundation
import GRDB
import Testing
@testable import InviteTriage

/// An import into a populated table answers rows from the invitations it read instead of
/// looking each one up: the table must come out exactly as with a look-up for every row.
@Suite struct KnownInvitationsTests {
    /// Rows crafted to collide: few names, URLs and minutes, with and without URL, and fields
    /// that a later row may fill in.
    private static func rows(count: Int, seed: UInt64, minutes: ClosedRange<Int> = 10...14) -> [ReceivedInvitation] {
        var generator = FuzzRandom(seed: seed)
        let names = ["Ana Ruiz", "ANA RUIZ", "Bo Li", "Chidi Okafor", "Dana Levi", "Émile Roux", "emile roux"]
        let urls = [nil, "https://www.linkedin.com/in/ana-ruiz", "https://www.linkedin.com/in/bo", "https://www.linkedin.com/in/emile",
                    "https://www.linkedin.com/in/dana"]
        func maybe<T>(_ value: T) -> T? { Int.random(in: 0..<3, using: &generator) == 0 ? value : nil }
        var profile = SenderProfile()
        profile.skills = ["Swift"]
        return (0..<count).map { _ in
            let minute = Int.random(in: minutes, using: &generator)
            let second = Int.random(in: 0...59, using: &generator)
            return ReceivedInvitation(
                senderName: names.randomElement(using: &generator)!, senderURL: urls.randomElement(using: &generator)!,
                sentAt: LocalDateTime(text: String(format: "2026-11-20T10:%02d:%02d", minute, second))!,
                message: maybe("note \(Int.random(in: 0...2, using: &generator))"), relationship: maybe(.colleague),
                givenEmail: maybe("me@example.org"), headline: maybe("Engineer"), profile: maybe(profile),
                mutualConnections: maybe(3))
        }
    }

    /// The table after `earlier` (looked up row by row), then `later` with the known rows read
    /// after `readAfter` look-ups (nil: never, at this size), their answers waiting for the
    /// read with `waiting` (else taken whenever it ends).
    private func table(earlier: [ReceivedInvitation], later: [ReceivedInvitation], readAfter: Int?,
                       waiting: Bool = true) throws -> ([String], [StoreWriter.Outcome]) {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("s.sqlite"), diagnostics: .silent)
        try store.write { db in
            let writer = try StoreWriter(db: db, importedAt: "2026-11-26T09:00:00")
            for row in earlier { _ = try writer.upsert(row, source: "a.csv") }
        }
        return try store.write { db in
            let writer = try StoreWriter(db: db, importedAt: "2026-11-26T09:00:00", readingKnownRowsAfter: readAfter,
                                         waitingForKnownRows: waiting)
            let outcomes = try later.map { try writer.upsert($0, source: "b.csv") }
            let stored = try String.fetchAll(db, sql: """
                SELECT id || '|' || sender_key || '|' || IFNULL(sender_url, '-') || '|' || sent_at || '|' || IFNULL(message, '-')
                    || '|' || IFNULL(relationship, '-') || '|' || IFNULL(given_email, '-') || '|' || IFNULL(headline, '-')
                    || '|' || IFNULL(profile, '-') || '|' || IFNULL(mutual_connections, '-') || '|' || source
                FROM invitation ORDER BY id
                """)
            return (stored, outcomes)
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64]) func theTableIsTheSameAsWithALookUpForEveryRow(seed: UInt64) throws {
        let earlier = Self.rows(count: 150, seed: seed)
        // Stored rows again (some with fields to fill in), and new ones.
        var shuffler = FuzzRandom(seed: seed)
        let later = Array(earlier.shuffled(using: &shuffler).prefix(100)) + Self.rows(count: 300, seed: seed + 100)
        let (lookingUp, lookingUpOutcomes) = try table(earlier: earlier, later: later, readAfter: nil)
        // The rows did collide: most are known.
        #expect(lookingUpOutcomes.filter { $0 == .known }.count > 200)
        for readAfter in [1, 20, 120] {
            // Waiting: the table is taken at the look-up that starts the read. Not waiting:
            // wherever the read ends, as in an import.
            for waiting in [true, false] {
                let (answering, answeringOutcomes) = try table(earlier: earlier, later: later, readAfter: readAfter, waiting: waiting)
                #expect(answering == lookingUp, "read after \(readAfter) look-ups, waiting: \(waiting)")
                #expect(answeringOutcomes.map { $0 == .new } == lookingUpOutcomes.map { $0 == .new })
            }
        }
    }

    /// Every answer other than "look it up" is what the look-up in SQL says.
    @Test(arguments: [7, 8, 9] as [UInt64]) func answersAgreeWithTheLookUp(seed: UInt64) throws {
        // Spread over an hour: fewer rows without URL share a minute with a name.
        let earlier = Self.rows(count: 200, seed: seed, minutes: 0...59)
        try table(holding: earlier) { db in
            let known = KnownInvitations(storedRows: earlier.count, readAfter: 1, waitsForRead: true)
            try known.lookedUp(db)
            let find = try RowStatements(db).findInvitation
            var (stored, absent) = (0, 0)
            for row in earlier + Self.rows(count: 400, seed: seed + 100, minutes: 0...59) {
                let fields: [FastValue] = [
                    FastValue(row.senderURL), FastValue(row.message), FastValue(row.relationship?.rawValue), FastValue(row.givenEmail),
                    FastValue(row.headline), FastValue(row.profile.map(StoreWriter.json)), FastValue(row.mutualConnections)]
                let (from, to) = StoreWriter.minute(row.sentAt)
                find.bind([.text(from), .text(to), .text(row.senderKey)] + fields)
                _ = try find.step()
                let (found, fillsIn) = (find.int64(0) != nil, find.int64(1) == 1)
                find.reset()
                switch known.answer(minute: KnownInvitations.minute(row.sentAt), url: row.senderURL, key: row.senderKey,
                                    fields: KnownInvitations.fields(fields)) {
                case .stored: #expect(found && !fillsIn); stored += 1
                case .absent: #expect(!found); absent += 1
                case .lookUp: break
                }
            }
            // Both answers are given often; rows without URL, and those with a field to fill in, are not.
            #expect(stored > 50 && absent > 100)
        }
    }

    private static let minute = KnownInvitations.minute(LocalDateTime(text: "2026-11-20T10:15:30")!)
    private static let all: KnownInvitations.Fields = 0x7F

    private static let time = LocalDateTime(text: "2026-11-20T10:15:05")!

    /// `body` inside a write transaction of a new database holding `rows` (and changed by
    /// `changing`), committed: as an import finds the table.
    private func table(holding rows: [ReceivedInvitation], changing: String? = nil, _ body: (Database) throws -> Void) throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("s.sqlite"), diagnostics: .silent)
        try store.write { db in
            let writer = try StoreWriter(db: db, importedAt: "2026-11-26T09:00:00")
            for row in rows { _ = try writer.upsert(row, source: "a.csv") }
            if let changing { try db.execute(sql: changing) }
        }
        try store.write(body)
    }

    /// A table holding Ana with a URL and a note, Bo without URL, and Cy with every field,
    /// in the minute; read.
    private func known(_ body: (KnownInvitations) throws -> Void) throws {
        var profile = SenderProfile()
        profile.skills = ["Swift"]
        try table(holding: [ReceivedInvitation(senderName: "Ana Ruiz", senderURL: "u-ana", sentAt: Self.time, message: "hi"),
                            ReceivedInvitation(senderName: "Bo Li", sentAt: Self.time),
                            ReceivedInvitation(senderName: "Cy", senderURL: "u-cy", sentAt: Self.time, message: "hi", relationship: .colleague,
                                               givenEmail: "me@example.org", headline: "Engineer", profile: profile, mutualConnections: 3)]) { db in
            let known = KnownInvitations(storedRows: 3, readAfter: 1, waitsForRead: true)
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b11) == .lookUp, "not read yet")
            try known.lookedUp(db)
            try body(known)
        }
    }

    @Test func aStoredRowWithEveryFieldIsAnsweredAndOneWithMoreIsLookedUp() throws {
        try known { known in
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b11) == .stored)
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b1) == .stored)
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b10001) == .lookUp, "a headline to fill in")
            #expect(known.answer(minute: Self.minute, url: "u-cy", key: "cy", fields: Self.all) == .stored, "mutual connections are a field")
        }
    }

    @Test func onlyTheMinuteAndTheURLIdentifyARow() throws {
        try known { known in
            #expect(known.answer(minute: Self.minute + 1, url: "u-ana", key: "ana ruiz", fields: 0b1) == .absent)
            #expect(known.answer(minute: Self.minute, url: "u-other", key: "ana ruiz", fields: 0b1) == .absent)
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "someone else", fields: 0b1) == .stored)
        }
    }

    @Test func rowsThatMayMatchByNameAreLookedUp() throws {
        try known { known in
            // No URL: it matches by name, which SQL decides.
            #expect(known.answer(minute: Self.minute, url: nil, key: "ana ruiz", fields: 0) == .lookUp)
            // A URL, and a stored row without one of the same name in the minute.
            #expect(known.answer(minute: Self.minute, url: "u-bo", key: "bo li", fields: 0b1) == .lookUp)
            #expect(known.answer(minute: Self.minute + 1, url: "u-bo", key: "bo li", fields: 0b1) == .absent)
        }
    }

    @Test func rowsInsertedAfterTheReadAreKnown() throws {
        try known { known in
            known.inserted(minute: Self.minute, url: "u-di", key: "di", fields: 0b101)
            #expect(known.answer(minute: Self.minute, url: "u-di", key: "di", fields: 0b100) == .stored)
            #expect(known.answer(minute: Self.minute, url: "u-di", key: "di", fields: Self.all) == .lookUp)
            known.inserted(minute: Self.minute, url: nil, key: "dee", fields: 0)
            #expect(known.answer(minute: Self.minute, url: "u-dee", key: "dee", fields: 0b1) == .lookUp)
        }
    }

    /// A fill can give a stored row without URL the URL of another row of its minute: SQL,
    /// which takes the earliest of the two, answers for that URL from then on.
    @Test func aURLGivenByAFillIsLeftToSQL() throws {
        try known { known in
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b1) == .stored)
            known.filledIn(minute: Self.minute, url: "u-ana")
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b1) == .lookUp)
            known.filledIn(minute: Self.minute, url: "u-new")
            #expect(known.answer(minute: Self.minute, url: "u-new", key: "new", fields: 0b1) == .lookUp)
        }
    }

    /// The read sees the table as committed: rows this import inserted before it ended are
    /// added to it, and one under a stored row's hash makes that hash unsure.
    @Test func rowsInsertedBeforeTheReadEndedAreKnown() throws {
        try table(holding: [ReceivedInvitation(senderName: "Ana Ruiz", senderURL: "u-ana", sentAt: Self.time, message: "hi")]) { db in
            let known = KnownInvitations(storedRows: 1, readAfter: 1, waitsForRead: true)
            known.inserted(minute: Self.minute, url: "u-di", key: "di", fields: 0b11)
            known.inserted(minute: Self.minute, url: nil, key: "eve", fields: 0)
            known.inserted(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b11)
            try known.lookedUp(db)
            #expect(known.answer(minute: Self.minute, url: "u-di", key: "di", fields: 0b11) == .stored)
            #expect(known.answer(minute: Self.minute, url: "u-eve", key: "eve", fields: 0b1) == .lookUp, "Eve without URL matches by name")
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b1) == .lookUp, "two rows under one hash")
            #expect(known.answer(minute: Self.minute, url: "u-new", key: "new", fields: 0b1) == .absent)
        }
    }

    /// Without a second connection that reads the table as committed, SQL answers every row.
    @Test func aDatabaseNotInWALModeHasEveryRowLookedUp() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("s.sqlite"), diagnostics: .silent)
        try store.write { db in
            _ = try StoreWriter(db: db, importedAt: "2026-11-26T09:00:00").upsert(
                ReceivedInvitation(senderName: "Ana Ruiz", senderURL: "u-ana", sentAt: Self.time), source: "a.csv")
        }
        try store.writeWithRollbackJournal { db in
            let known = KnownInvitations(storedRows: 1, readAfter: 1, waitsForRead: true)
            try known.lookedUp(db)
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b1) == .lookUp)
            #expect(known.answer(minute: Self.minute, url: "u-new", key: "new", fields: 0b1) == .lookUp)
        }
    }

    @Test func aStoppedReadLeavesEveryRowToSQL() throws {
        try table(holding: [ReceivedInvitation(senderName: "Ana Ruiz", senderURL: "u-ana", sentAt: Self.time)]) { db in
            let known = KnownInvitations(storedRows: 1, readAfter: 1, waitsForRead: true)
            try known.lookedUp(db)
            known.stop()
            #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b1) == .lookUp)
            #expect(known.answer(minute: Self.minute, url: "u-new", key: "new", fields: 0b1) == .lookUp)
        }
    }

    @Test func aFileAsLargeAsAThirtySecondOfTheTableHasItReadAtOnce() throws {
        try table(holding: [ReceivedInvitation(senderName: "Ana Ruiz", senderURL: "u-ana", sentAt: Self.time)]) { db in
            let small = KnownInvitations(storedRows: 64_000, waitsForRead: true)
            try small.expect(rows: 1_999, db)
            try small.lookedUp(db)
            #expect(small.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b1) == .lookUp, "not read for a small file")
            let large = KnownInvitations(storedRows: 64_000, waitsForRead: true)
            try large.expect(rows: 2_000, db)
            #expect(large.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b1) == .stored)
        }
    }

    @Test func aTimeNotInTheStoredFormLeavesEveryRowToSQL() throws {
        try table(holding: [ReceivedInvitation(senderName: "Ana Ruiz", senderURL: "u-ana", sentAt: Self.time),
                            ReceivedInvitation(senderName: "Bo Li", senderURL: "u-bo", sentAt: Self.time)],
                  changing: "UPDATE invitation SET sent_at = '2026-11-20 10:15:05' WHERE sender_url = 'u-bo'") { db in
            let known = KnownInvitations(storedRows: 2, readAfter: 1, waitsForRead: true)
            for _ in 0..<3 {
                try known.lookedUp(db)
                #expect(known.answer(minute: Self.minute, url: "u-ana", key: "ana ruiz", fields: 0b1) == .lookUp)
                #expect(known.answer(minute: Self.minute, url: "u-new", key: "new", fields: 0b1) == .lookUp)
            }
        }
    }
}
