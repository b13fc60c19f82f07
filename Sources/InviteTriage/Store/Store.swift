import Foundation
import GRDB

/// The SQLite database: opened in WAL mode with foreign keys on, created 0600 in a 0700 folder,
/// migrated on open from the migrations embedded in the binary. Commands wait for one another
/// (busy timeout) and say so on stderr.
public final class Store {
    public let path: String
    /// Whether this command created the database file (a failed first import removes it again).
    public let createdFile: Bool
    let database: DatabaseQueue

    /// Opens (creating when missing) the database at `path`, applying pending migrations.
    /// Refuses, untouched, a database that holds migrations this binary does not know.
    public init(path: String, busyTimeout: TimeInterval = 600, diagnostics: Diagnostics = .standardError) throws {
        self.path = path
        umask(0o077)  // every file we create (database, WAL, exports, reports) is private
        createdFile = try Self.prepareFile(at: path)
        var configuration = GRDB.Configuration()
        configuration.foreignKeysEnabled = true
        let displayPath = path
        configuration.busyMode = .callback { tries in
            let pause = 0.05
            if tries == 0 {
                diagnostics.note("waiting for another invite-triage command to finish writing to \(displayPath) (up to \(Int(busyTimeout)) s)…")
            }
            guard Double(tries) * pause < busyTimeout else { return false }
            Thread.sleep(forTimeInterval: pause)
            return true
        }
        configuration.prepareDatabase { db in
            // Another program's database (a mistyped `--db`) is refused before anything is
            // written to it: switching to the WAL alone would change its file.
            if try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM sqlite_master) AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'grdb_migrations')
                """) == true {
                throw TriageError(.ioError, "\(displayPath): not an invite-triage database (it holds another program's tables); it was not changed")
            }
            // Only a new, empty file takes it (an existing database keeps its own): a quarter
            // of the pages, so a million-row import makes a quarter of the read and write calls
            // (4% of its time); single look-ups are as fast.
            try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // An import is one transaction: with SQLite's 2 MB default, a million-row import
            // rereads its own pages from the WAL over and over. Allocated only as pages are used.
            try db.execute(sql: "PRAGMA cache_size = -16384")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrate(database, path: path)
        } catch let error as TriageError {
            throw error
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// An empty database in memory, standing in for one at `path` that does not exist yet: a
    /// command that only reads answers as from an empty database, and leaves no file behind.
    public init(emptyInMemoryFor path: String) throws {
        self.path = path
        createdFile = false
        var configuration = GRDB.Configuration()
        configuration.foreignKeysEnabled = true
        do {
            database = try DatabaseQueue(configuration: configuration)
            try Self.migrate(database, path: path)
        } catch let error as TriageError {
            throw error
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    static let pageSize = 16_384

    /// Runs `body` in one write transaction; any error rolls everything back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.write(body) } catch let error as TriageError { throw error } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs `body` in one write transaction with a rollback journal instead of the WAL, when
    /// no other connection has the database open. The WAL writes every page twice (log, then
    /// checkpoint); the rollback journal writes a new page once and saves only the old pages
    /// it overwrites, so a load into empty tables writes about half the bytes, just as
    /// atomically. Readers wait meanwhile: there is nothing to read yet.
    func writeWithRollbackJournal<T>(_ body: (Database) throws -> T) throws -> T {
        let switched = try journalMode("DELETE")
        defer { if switched { _ = try? journalMode("WAL") } }
        return try write(body)
    }

    /// Sets the journal mode; false when SQLite kept the old one (another connection is open).
    private func journalMode(_ mode: String) throws -> Bool {
        do {
            return try database.writeWithoutTransaction { db in
                try String.fetchOne(db, sql: "PRAGMA journal_mode = \(mode)")?.uppercased() == mode
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return false
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.read(body) } catch let error as TriageError { throw error } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Rewrites the file without free pages and empties the WAL, so deleted data is gone from
    /// the bytes on disk (after `forget`).
    func compact() throws {
        do {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA secure_delete = ON")
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    static func translate(_ error: Error, path: String) -> TriageError {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return TriageError(.databaseBusy, "\(path): the database stayed busy (another invite-triage command is writing); try again")
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return TriageError(.ioError, "\(path): not an invite-triage database, or damaged")
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_PERM:
                return TriageError(.ioError, "\(path): \(error.message ?? "cannot write the database")")
            default:
                return TriageError(.ioError, "\(path): database error: \(error.message ?? "\(error.resultCode)")")
            }
        }
        return TriageError(.ioError, "\(path): \(error)")
    }

    /// Closes the database and removes it when this command created it: a failed first import
    /// leaves no trace, as if it had never run.
    public func discardIfCreated() {
        guard createdFile else { return }
        try? database.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Creates the folder (0700) and the file (0600) when missing; true when it created the file.
    private static func prepareFile(at path: String) throws -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw TriageError(.ioError, "\(folder): cannot create the database folder: \(error.localizedDescription)")
            }
        }
        if !FileManager.default.fileExists(atPath: path) {
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            guard descriptor >= 0 || errno == EEXIST else {
                throw TriageError(.ioError, "\(path): cannot create the database: \(String(cString: strerror(errno)))")
            }
            if descriptor >= 0 {
                close(descriptor)
                return true
            }
        }
        return false
    }

    private static func migrate(_ database: DatabaseQueue, path: String) throws {
        var migrator = DatabaseMigrator()
        let known = EmbeddedMigrations.all.map(\.name)
        for migration in EmbeddedMigrations.all {
            migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sql) }
        }
        let applied = try database.read { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(known).sorted()
        guard unknown.isEmpty else {
            throw TriageError(.databaseTooNew, "\(path): written by a newer invite-triage (schema \(unknown.joined(separator: ", ")) unknown to this one); upgrade invite-triage — the database was not changed")
        }
        try migrator.migrate(database)
    }
}

/// Where notes for the user go (stderr): waiting, warnings, progress. Never results.
public struct Diagnostics: Sendable {
    public let note: @Sendable (String) -> Void

    public init(note: @escaping @Sendable (String) -> Void) { self.note = note }

    public static let standardError = Diagnostics { message in
        FileHandle.standardError.write(Data("invite-triage: \(TerminalText.sanitize(message))\n".utf8))
    }

    public static let silent = Diagnostics { _ in }
}
