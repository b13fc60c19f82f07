import GRDB
import GRDBSQLite

/// A statement run once per row of a million-row import or rescore, through SQLite's C API:
/// values are bound in place and results read by column, where GRDB's argument arrays and
/// rows cost as much as SQLite's own work. GRDB prepares it and owns its lifetime; nothing
/// else touches it.
struct FastStatement {
    private let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
    }

    /// Binds `values` to ?1, ?2, … in order.
    func bind(_ values: FastValue...) { bind(values) }

    func bind(_ values: [FastValue]) {
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() { bind(value, at: Int32(offset + 1)) }
    }

    private func bind(_ value: FastValue, at index: Int32) {
        switch value {
        case .null:
            sqlite3_bind_null(handle, index)
        case .integer(let number):
            sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            sqlite3_bind_double(handle, index, number)
        case .text(var text):
            _ = text.withUTF8 { bytes in
                // Up to the first NUL, as GRDB binds text: what was stored before stays the same.
                let count = bytes.firstIndex(of: 0) ?? bytes.count
                if let start = bytes.baseAddress, count > 0 {
                    sqlite3_bind_text(handle, index, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(count), Self.transient)
                } else {
                    sqlite3_bind_text(handle, index, "", 0, Self.transient)  // a null pointer would bind NULL
                }
            }
        }
    }

    /// Runs the statement to its end (a write).
    func run() throws {
        while try step() {}
    }

    /// Steps once: true when a row is there to read.
    func step() throws -> Bool {
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

    func text(_ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, index) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, index))), as: UTF8.self)
    }

    /// SQLite copies the bytes before `bind` returns: the Swift string may go.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A value bound to a `FastStatement`.
enum FastValue {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    init(_ text: String?) { self = text.map(FastValue.text) ?? .null }
    init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    init(_ number: Int64?) { self = number.map(FastValue.integer) ?? .null }
}
