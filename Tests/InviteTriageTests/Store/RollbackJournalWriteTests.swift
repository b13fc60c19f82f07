import Foundation
import GRDB
import Testing
@testable import InviteTriage

/// `writeWithRollbackJournal`: the transaction runs without the WAL when the database is ours
/// alone, in the WAL when another connection has it open, and the file is in WAL mode after.
@Suite struct RollbackJournalWriteTests {
    private func modeInside(_ store: Store) throws -> String? {
        try store.writeWithRollbackJournal { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    }

    private func modeAfter(_ store: Store) throws -> String? {
        try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    }

    @Test func aloneItWritesWithARollbackJournalThenReturnsToWAL() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("invitations.sqlite"), diagnostics: .silent)
        #expect(try modeInside(store) == "delete")
        #expect(try modeAfter(store) == "wal")
    }

    @Test func withAnotherConnectionOpenItStaysInWAL() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.path("invitations.sqlite")
        let store = try Store(path: path, diagnostics: .silent)
        let other = try Store(path: path, busyTimeout: 0, diagnostics: .silent)
        _ = try modeAfter(other)
        #expect(try modeInside(store) == "wal")
        #expect(try modeAfter(store) == "wal")
    }

    @Test func aFailedWriteRollsBackAndReturnsToWAL() throws {
        struct Failure: Error {}
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("invitations.sqlite"), diagnostics: .silent)
        #expect(throws: TriageError.self) {
            try store.writeWithRollbackJournal { db in
                try db.execute(sql: "UPDATE store_state SET evidence_version = 42")
                throw Failure()
            }
        }
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT evidence_version FROM store_state") } == 0)
        #expect(try modeAfter(store) == "wal")
    }
}
