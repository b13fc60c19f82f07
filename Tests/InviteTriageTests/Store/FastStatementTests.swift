import Foundation
import GRDB
import Testing
@testable import InviteTriage

/// `FastStatement` binds and reads through SQLite's C API: every value must arrive as GRDB
/// would have written it.
@Suite struct FastStatementTests {
    private func withDatabase(_ body: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c REAL, d TEXT NOT NULL CHECK (d <> 'bad'))")
            try body(db)
        }
    }

    @Test func nothingIsWrittenAfterSQLiteRolledTheTransactionBack() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, d TEXT NOT NULL);
                CREATE TRIGGER roll BEFORE INSERT ON t WHEN NEW.d = 'roll' BEGIN SELECT RAISE(ROLLBACK, 'rolled back'); END;
                """)
        }
        var afterwards: (any Error)?
        // The write fails as a whole: its transaction is gone.
        _ = try? queue.write { db in
            let insert = try FastStatement(db, sql: "INSERT INTO t (d) VALUES (?)")
            insert.bind(.text("before"))
            try insert.run()
            insert.bind(.text("roll"))
            #expect(throws: DatabaseError.self) { try insert.run() }
            insert.bind(.text("after"))
            do { try insert.run() } catch { afterwards = error }
        }
        #expect(afterwards != nil, "a write after the rollback must fail, not commit on its own")
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") } == 0)
    }

    @Test func valuesRoundTripExactly() throws {
        try withDatabase { db in
            let insert = try FastStatement(db, sql: "INSERT INTO t (a, b, c, d) VALUES (?, ?, ?, ?)")
            let texts = ["", "plain", "Zoë 🙂 日本語", "nul\u{0}inside", String(repeating: "x", count: 5_000)]
            // Stored up to the first NUL, as GRDB binds text.
            let stored = texts.map { $0.replacingOccurrences(of: "\u{0}inside", with: "") }
            for text in texts {
                insert.bind(.text(text), .integer(-7), .real(2.5), .text("d"))
                try insert.run()
            }
            insert.bind(.null, FastValue(nil as Int?), .null, .text(""))
            try insert.run()
            let rows = try Row.fetchAll(db, sql: "SELECT a, typeof(a), b, c, d FROM t ORDER BY id")
            #expect(rows.prefix(texts.count).map { $0[0] as String } == stored)
            #expect(try Int.fetchOne(db, sql: "SELECT length(CAST(a AS BLOB)) FROM t WHERE id = 4") == 3)
            #expect(rows.prefix(texts.count).allSatisfy { $0[1] == "text" && $0[2] == -7 && $0[3] == 2.5 })
            #expect(rows.last?[1] == "null")
            #expect(rows.last?[2] == DatabaseValue.null)
            #expect(rows.last?[4] == "")

            let read = try FastStatement(db, sql: "SELECT a, b FROM t WHERE id = ?")
            for (index, text) in stored.enumerated() {
                read.bind(.integer(Int64(index + 1)))
                #expect(try read.step())
                #expect(read.text(0) == text)
                #expect(read.int64(1) == -7)
                read.reset()
            }
            read.bind(.integer(Int64(texts.count + 1)))
            #expect(try read.step())
            #expect(read.text(0) == nil)
            #expect(read.int64(1) == nil)
            read.reset()
            read.bind(.integer(999))
            #expect(try read.step() == false)
        }
    }

    @Test func aFailedStepThrowsTheConstraintAndTheStatementStaysUsable() throws {
        try withDatabase { db in
            let insert = try FastStatement(db, sql: "INSERT INTO t (d) VALUES (?)")
            insert.bind(.text("bad"))
            let error = #expect(throws: DatabaseError.self) { try insert.run() }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(error?.message?.contains("CHECK constraint failed") == true)
            insert.bind(.text("good"))
            try insert.run()
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") == 1)
        }
    }

    /// A read stopped at its row and reset leaves the table free for schema changes.
    @Test func aResetReadLeavesTheTableFreeForAnIndex() throws {
        try withDatabase { db in
            try db.execute(sql: "INSERT INTO t (d) VALUES ('x')")
            let read = try FastStatement(db, sql: "SELECT MIN(id) FROM t")
            read.bind()
            #expect(try read.step())
            read.reset()
            try db.execute(sql: "DROP TABLE t")
            #expect(try db.tableExists("t") == false)
        }
    }
}
