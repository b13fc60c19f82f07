import Foundation
import GRDB
import Testing
@testable import InviteTriage

/// A new database: private file in a private folder, migrated from the embedded migrations.
@Suite struct StoreCreationTests {
    private func appliedMigrations(_ store: Store) throws -> [String] {
        try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
    }

    @Test func newDatabaseFileIs0600InANew0700Folder() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.path("data", "invite-triage", "invitations.sqlite")
        _ = try Store(path: path, diagnostics: .silent)
        #expect(posixPermissions(path) == 0o600)
        #expect(posixPermissions(temp.path("data", "invite-triage")) == 0o700)
    }

    @Test func databaseIsInWALMode() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("invitations.sqlite"), diagnostics: .silent)
        let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func newDatabaseHasLargePages() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("invitations.sqlite"), diagnostics: .silent)
        let size = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
        #expect(size == Store.pageSize)
        #expect(Store.pageSize != 4096)
    }

    /// A database made with SQLite's default pages (every one before this setting) keeps them
    /// and its data, and takes new writes.
    @Test func existingDatabaseKeepsItsPageSize() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.path("invitations.sqlite")
        let old = try DatabaseQueue(path: path)
        try old.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096")
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try old.close()
        let store = try Store(path: path, diagnostics: .silent)
        try store.write { db in try db.execute(sql: "UPDATE store_state SET evidence_version = 7") }
        let (size, version) = try store.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size"), try Int.fetchOne(db, sql: "SELECT evidence_version FROM store_state"))
        }
        #expect(size == 4096)
        #expect(version == 7)
    }

    @Test func everyEmbeddedMigrationIsRecorded() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("invitations.sqlite"), diagnostics: .silent)
        let applied = try appliedMigrations(store)
        #expect(applied == EmbeddedMigrations.all.map(\.name).sorted())
        #expect(applied.contains("0001_initial"))
    }

    @Test func initialSchemaIsInPlace() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("invitations.sqlite"), diagnostics: .silent)
        let tables = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for table in ["invitation", "sent_invitation", "owner_profile", "owner_identity", "connection", "message",
                      "contact", "evidence_source", "store_state"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        let version = try store.read { db in try Int.fetchOne(db, sql: "SELECT evidence_version FROM store_state") }
        #expect(version == 0)
    }

    @Test func reopeningChangesNothing() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.path("invitations.sqlite")
        let first = try appliedMigrations(try Store(path: path, diagnostics: .silent))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let second = try appliedMigrations(try Store(path: path, diagnostics: .silent))
        #expect(second == first)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func existingFolderIsLeftAsItIs() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = temp.path("shared")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        let path = temp.path("shared", "invitations.sqlite")
        _ = try Store(path: path, diagnostics: .silent)
        #expect(posixPermissions(folder) == 0o755)
        #expect(posixPermissions(path) == 0o600)
    }

    @Test func fileThatIsNotADatabaseIsAnIOError() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.path("notes.sqlite")
        let text = Data(String(repeating: "not a database\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: TriageError.self) { try Store(path: path, diagnostics: .silent) }
        #expect(error?.status == .ioError)
        #expect(error?.message.hasPrefix(path) == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    }
}
