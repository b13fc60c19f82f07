import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A statement run once per row of a million-row import or rescore, through SQLite's C API:
/// values are bound in place and results read by column, where GRDB's argument arrays and
/// rows cost as much as SQLite's own work. GRDB prepares it and owns its lifetime; nothing
/// else touches it.
struct FastStatement {
    private let bound: BoundStatement
    private var statement: Statement { bound.statement }
    private var handle: OpaquePointer { statement.sqliteStatement }

    /// Whether it changes the database: such a statement runs inside a command's transaction.
    private let writes: Bool

    init(_ db: Database, sql: String) throws {
        bound = BoundStatement(try db.makeStatement(sql: sql))
        writes = sqlite3_stmt_readonly(bound.statement.sqliteStatement) == 0
    }

    /// Binds `values` to ?1, ?2, … in order.
    func bind(_ values: FastValue...) { bind(values) }

    func bind(_ values: [FastValue]) {
        // Every parameter, every time: one left over could point into a reused buffer.
        assert(Int32(values.count) == sqlite3_bind_parameter_count(handle), "\(values.count) values for \(statement.sql)")
        sqlite3_reset(handle)
        // Text is copied into one buffer this statement owns and bound in place: letting
        // SQLite copy each value costs a malloc and a free per value, a fifth of an import's
        // writing thread.
        var total = 0
        for value in values {
            switch value {
            case .text(let text): total += text.utf8.count
            case .utf8(let bytes): total += bytes.count
            default: break
            }
        }
        bound.reserve(total)
        var offset = 0
        for (position, value) in values.enumerated() {
            let index = Int32(position + 1)
            switch value {
            case .null:
                sqlite3_bind_null(handle, index)
            case .integer(let number):
                sqlite3_bind_int64(handle, index, number)
            case .real(let number):
                sqlite3_bind_double(handle, index, number)
            case .text(var text):
                text.withUTF8 { bindText($0, at: index, offset: &offset) }
            case .utf8(let bytes):
                bytes.withUnsafeBufferPointer { bindText($0, at: index, offset: &offset) }
            }
        }
    }

    private func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int32, offset: inout Int) {
        // Up to the first NUL, as GRDB binds text: what was stored before stays the same.
        // memchr: a verdict is hundreds of bytes, and a loop in Swift took a byte at a time.
        let count = bytes.baseAddress.map { base in memchr(base, 0, bytes.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count } ?? 0
        guard let source = bytes.baseAddress, count > 0 else {
            sqlite3_bind_text(handle, index, "", 0, Self.transient)  // a null pointer would bind NULL
            return
        }
        let target = bound.buffer + offset
        target.copyMemory(from: source, byteCount: count)
        offset += count
        sqlite3_bind_text(handle, index, target.assumingMemoryBound(to: CChar.self), Int32(count), Self.static)
    }

    /// Runs the statement to its end (a write).
    func run() throws {
        while try step() {}
    }

    /// Steps once: true when a row is there to read.
    func step() throws -> Bool {
        // After SQLite rolled the transaction back by itself (a full disk, an I/O error, a
        // trigger's RAISE(ROLLBACK)), a write would be committed on its own. GRDB refuses its
        // own statements then; this one goes around GRDB, so it refuses here.
        if writes, sqlite3_get_autocommit(sqlite3_db_handle(handle)) != 0 {
            throw DatabaseError(resultCode: .SQLITE_ABORT, message: "the transaction was rolled back: nothing more is written", sql: statement.sql)
        }
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let database = sqlite3_db_handle(handle)
        let message = String(cString: sqlite3_errmsg(database))
        sqlite3_reset(handle)
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// Ends a run that stopped at a row: an unfinished read keeps its table busy (an index
    /// could not be created on it).
    func reset() {
        sqlite3_reset(handle)
    }

    /// Column `index` (from 0) of the current row; nil when NULL.
    func int64(_ index: Int32) -> Int64? {
        sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, index)
    }

    /// The bytes of text column `index`, valid until the next step or reset; nil when NULL.
    func withBytes<Result>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        guard let bytes = sqlite3_column_text(handle, index) else { return body(nil) }
        return body(UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, index))))
    }

    func text(_ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, index) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, index))), as: UTF8.self)
    }

    /// SQLite copies the bytes before `bind` returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// SQLite reads the bytes where they are, until they are bound again.
    private static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)
}

/// A statement and the buffer its text values are bound from. The buffer only grows between
/// a reset and the next binding, and goes with the statement, its bindings cleared first.
private final class BoundStatement {
    let statement: Statement
    private(set) var buffer: UnsafeMutableRawPointer
    private var capacity = 4096

    init(_ statement: Statement) {
        self.statement = statement
        buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
    }

    /// Room for `count` bytes; call after a reset, before binding (bindings may point into
    /// the old buffer).
    func reserve(_ count: Int) {
        guard count > capacity else { return }
        sqlite3_clear_bindings(statement.sqliteStatement)
        buffer.deallocate()
        capacity = max(count, capacity * 2)
        buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
    }

    deinit {
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
        buffer.deallocate()
    }
}

/// A value bound to a `FastStatement`.
enum FastValue {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// Text already encoded as UTF-8 (valid: SQLite does not check).
    case utf8([UInt8])

    init(_ text: String?) { self = text.map(FastValue.text) ?? .null }
    init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    init(_ number: Int64?) { self = number.map(FastValue.integer) ?? .null }
}
