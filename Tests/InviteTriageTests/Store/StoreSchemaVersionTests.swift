import Foundation
import GRDB
import Testing
@testable import InviteTriage

/// A database written by a newer invite-triage holds migrations this one does not know: it is
/// refused, and not one byte of it changes.
@Suite struct StoreSchemaVersionTests {
    /// A database at `path` as a newer version would leave it: migrated, then one more migration.
    private func makeNewerDatabase(at path: String) throws {
        let store = try Store(path: path, diagnostics: .silent)
        try store.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_future')")
            try db.execute(sql: "CREATE TABLE future_thing (id INTEGER PRIMARY KEY)")
        }
    }

    @Test func newerDatabaseIsRefusedAsTooNew() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.path("invitations.sqlite")
        try makeNewerDatabase(at: path)
        let error = #expect(throws: TriageError.self) { try Store(path: path, diagnostics: .silent) }
        #expect(error?.status == .databaseTooNew)
        #expect(error?.message.contains("9999_future") == true)
        #expect(error?.message.contains(path) == true)
    }

    @Test func refusedDatabaseIsLeftByteIdentical() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.path("invitations.sqlite")
        try makeNewerDatabase(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: TriageError.self) { try Store(path: path, diagnostics: .silent) }
        #expect(throws: TriageError.self) { try Store(path: path, diagnostics: .silent) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted()
        #expect(leftovers == ["invitations.sqlite"])
    }
}
