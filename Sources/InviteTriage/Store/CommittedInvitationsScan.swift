import Foundation
import GRDB
import GRDBSQLite

/// Reads the invitations table as last committed, on a read-only connection of its own and a
/// thread of its own, into `KnownInvitations`' hashes: the import's writing thread goes on
/// meanwhile (1.5 s at a million rows that it would otherwise spend reading, while the file's
/// parser waited). WAL only: there the import's uncommitted rows are invisible to this read,
/// and neither connection waits for the other.
final class CommittedInvitationsScan: @unchecked Sendable {
    /// What the scan found; nil when a stored time is not in the stored form, or the read
    /// failed or was stopped: the import then asks SQL for every row, as it can always do.
    struct Table: Sendable {
        var rows: FlagsByHash
        var withoutURL: Int
    }

    private let work: BackgroundWork<Table?>
    private let control: Control

    /// Starts reading the database the import writes through `db`; nil when a second
    /// connection could not read it as committed (no file, or not in WAL mode).
    static func start(besides db: Database, rows: Int) throws -> CommittedInvitationsScan? {
        guard try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() == "wal",
              let name = sqlite3_db_filename(db.sqliteConnection, "main"), name.pointee != 0 else { return nil }
        return CommittedInvitationsScan(path: String(cString: name), rows: rows)
    }

    private init(path: String, rows: Int) {
        let control = Control()
        self.control = control
        work = BackgroundWork { Self.read(path: path, rows: rows, control: control) }
    }

    /// The table, once read, handed over (asked once); nil while reading (with `waiting`,
    /// waits for it instead).
    func table(waiting: Bool) -> Table?? {
        guard waiting || work.isFinished else { return nil }
        return .some(work.takeResult())
    }

    /// Stops the read and waits for it: an import that no longer needs the table.
    func stop() {
        control.stop()
        work.wait()
    }

    /// Whether the read is to stop, and the connection to interrupt when it is.
    private final class Control: @unchecked Sendable {
        // Read and written under `lock`.
        private let lock = NSLock()
        private var stopped = false
        private var reader: DatabaseQueue?

        var isStopped: Bool { lock.withLock { stopped } }

        func stop() {
            lock.withLock {
                stopped = true
                reader?.interrupt()
            }
        }

        /// False when the read was stopped already.
        func reading(on reader: DatabaseQueue) -> Bool {
            lock.withLock {
                self.reader = reader
                return !stopped
            }
        }
    }

    private static func read(path: String, rows: Int, control: Control) -> Table? {
        do {
            var configuration = GRDB.Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(10)
            let reader = try DatabaseQueue(path: path, configuration: configuration)
            guard control.reading(on: reader) else { return nil }
            return try reader.read { db in try scan(db, rows: rows, control: control) }
        } catch {
            return nil
        }
    }

    private static func scan(_ db: Database, rows: Int, control: Control) throws -> Table? {
        let statement = try FastStatement(db, sql: """
            SELECT sent_at, sender_url, sender_key,
                   (sender_url IS NOT NULL) | ((message IS NOT NULL) << 1) | ((relationship IS NOT NULL) << 2)
                 | ((given_email IS NOT NULL) << 3) | ((headline IS NOT NULL) << 4) | ((profile IS NOT NULL) << 5)
                 | ((mutual_connections IS NOT NULL) << 6)
            FROM invitation
            """)
        defer { statement.reset() }
        var table = Table(rows: FlagsByHash(capacity: rows + rows / 8), withoutURL: 0)
        var count = 0
        while try statement.step() {
            count += 1
            if count % 4096 == 0, control.isStopped { return nil }
            // A time not in the stored form could not be matched to its minute: SQL decides all.
            guard let minute = statement.withBytes(0, { $0.flatMap(Self.minute(ofStored:)) }) else { return nil }
            statement.withBytes(1) { url in
                if let url {
                    KnownInvitations.add(KnownInvitations.hash(minute, withoutURL: false, url), UInt8(truncatingIfNeeded: statement.int64(3) ?? 0),
                                         to: &table.rows, withoutURL: &table.withoutURL)
                } else {
                    let hash = statement.withBytes(2) { KnownInvitations.hash(minute, withoutURL: true, $0 ?? UnsafeBufferPointer(start: nil, count: 0)) }
                    KnownInvitations.add(hash, KnownInvitations.withoutURL, to: &table.rows, withoutURL: &table.withoutURL)
                }
            }
        }
        return table
    }

    /// `YYYY-MM-DDTHH:MM:SS`, as rows are stored, to `KnownInvitations.minute(_:)`'s number;
    /// nil for any other text, which the look-up's range of the minute's texts might not hold.
    static func minute(ofStored text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard text.count == 19 else { return nil }
        var number = 0
        for index in 0..<19 {
            let byte = text[index]
            switch index {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return nil }
            case 10: guard byte == UInt8(ascii: "T") else { return nil }
            case 13, 16: guard byte == UInt8(ascii: ":") else { return nil }
            default:
                guard (0x30...0x39).contains(byte), index != 17 || byte <= UInt8(ascii: "5") else { return nil }
                if index < 16 { number = number * 10 + Int(byte - 0x30) }
            }
        }
        return number
    }
}
