import Foundation
import GRDB
import Testing
@testable import InviteTriage

/// Migration 0006 rebuilds `invitation` (its CHECKs without `IN` lists). A database written
/// before it must come out with every row, decision, event, id counter, index and trigger.
@Suite struct InvitationRebuildMigrationTests {
    private static let rebuild = "0006_checks_without_in_lists"

    /// A database migrated up to the one before the rebuild, holding decided invitations, their
    /// history and a forgotten last row (so the id counter is ahead of the highest id).
    private func makeDatabaseBeforeRebuild(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        let names = EmbeddedMigrations.all.map(\.name)
        let before = try #require(names.firstIndex(of: Self.rebuild)).advanced(by: -1)
        for migration in EmbeddedMigrations.all {
            migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sql) }
        }
        try migrator.migrate(queue, upTo: names[before])
        try queue.write { db in
            for index in 1...4 {
                try db.execute(sql: """
                    INSERT INTO invitation (sender_name, sender_key, sender_url, sent_at, message, relationship,
                                            source, imported_at, score, suggestion, verdict, scored_with)
                    VALUES (?, ?, ?, '2026-11-0\(index)T10:00:00', ?, ?, 'Invitations.csv', '2026-11-26T09:00:00', ?, 'review', '{}', 'f:1|none')
                    """, arguments: ["Sender \(index)", "sender \(index)", "https://www.linkedin.com/in/s\(index)",
                                     index == 2 ? nil : "Note \(index)", index == 1 ? "colleague" : nil, Double(index)])
            }
            try db.execute(sql: "INSERT INTO operation (command, source, started_at) VALUES ('accept 1', 'single', '2026-11-26T10:00:00')")
            try db.execute(sql: "UPDATE invitation SET decision = 'accepted', decided_at = '2026-11-26T10:00:00', decision_note = 'met at a meetup' WHERE id = 1")
            try db.execute(sql: """
                INSERT INTO decision_event (invitation_id, operation_id, decision, decided_at, note, score, suggestion, reason_codes, source)
                VALUES (1, 1, 'accepted', '2026-11-26T10:00:00', 'met at a meetup', 1, 'review', '', 'single')
                """)
            try db.execute(sql: "UPDATE invitation SET connected_on = '2026-11-20' WHERE id = 3")
            try db.execute(sql: "DELETE FROM invitation WHERE id = 4")
        }
        try queue.close()
    }

    private func dump(_ db: Database, _ sql: String) throws -> [String] {
        try Row.fetchAll(db, sql: sql).map(\.description)
    }

    @Test func rebuildKeepsRowsHistoryAndIdCounter() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.path("invitations.sqlite")
        try makeDatabaseBeforeRebuild(at: path)
        let (rowsBefore, eventsBefore, tallyBefore) = try DatabaseQueue(path: path).read { db in
            (try dump(db, "SELECT *, status FROM invitation ORDER BY id"),
             try dump(db, "SELECT * FROM decision_event ORDER BY id"),
             try dump(db, "SELECT * FROM invitation_tally ORDER BY status"))
        }
        #expect(rowsBefore.count == 3)

        let store = try Store(path: path, diagnostics: .silent)
        let (rows, events, tally, integrity, danglingKeys) = try store.read { db in
            (try dump(db, "SELECT *, status FROM invitation ORDER BY id"),
             try dump(db, "SELECT * FROM decision_event ORDER BY id"),
             try dump(db, "SELECT * FROM invitation_tally ORDER BY status"),
             try String.fetchAll(db, sql: "PRAGMA integrity_check"),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(rows == rowsBefore)
        #expect(events == eventsBefore)
        #expect(tally == tallyBefore)
        #expect(integrity == ["ok"])
        #expect(danglingKeys == 0)
        // The forgotten id 4 is not handed out again.
        let next = try store.write { db in
            try db.execute(sql: """
                INSERT INTO invitation (sender_name, sender_key, sent_at, source, imported_at)
                VALUES ('New', 'new', '2026-11-25T10:00:00', 'Invitations.csv', '2026-11-26T09:00:00')
                """)
            return db.lastInsertedRowID
        }
        #expect(next == 5)
    }

    @Test func rebuiltTableHasTheIndexesTriggersAndConstraintsOfAFreshOne() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let migratedPath = temp.path("migrated.sqlite")
        try makeDatabaseBeforeRebuild(at: migratedPath)
        let schema = "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        let migrated = try Store(path: migratedPath, diagnostics: .silent)
        let fresh = try Store(path: temp.path("fresh.sqlite"), diagnostics: .silent)
        let migratedSchema = try migrated.read { db in try dump(db, schema) }
        #expect(migratedSchema == (try fresh.read { db in try dump(db, schema) }))
        #expect(migratedSchema.contains { $0.contains("invitation_tally_update") })

        try migrated.write { db in
            // The history stays append-only while its invitation exists...
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM decision_event WHERE invitation_id = 1") }
            // ...the CHECKs still refuse what they refused...
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE invitation SET suggestion = 'maybe' WHERE id = 2") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE invitation SET relationship = 'cousin' WHERE id = 2") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE invitation SET decision = 'snoozed' WHERE id = 2") }
            // ...the tally follows a decision...
            try db.execute(sql: "UPDATE invitation SET decision = 'ignored' WHERE id = 2")
            #expect(try Int.fetchOne(db, sql: "SELECT count FROM invitation_tally WHERE status = 'ignored'") == 1)
            // ...and forgetting an invitation still takes its history with it.
            try db.execute(sql: "DELETE FROM invitation WHERE id = 1")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM decision_event") == 0)
        }
    }

    /// The point of the rebuild: writing a row no longer opens a temporary b-tree.
    @Test func writingAnInvitationOpensNoTemporaryTable() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("invitations.sqlite"), diagnostics: .silent)
        try store.write { db in
            for sql in ["INSERT INTO invitation (sender_name, sender_key, sent_at, source, imported_at, relationship, decision, suggestion) VALUES ('a', 'a', 't', 's', 'i', 'friend', 'accepted', 'accept')",
                        "UPDATE invitation SET score = 1, suggestion = 'ignore', verdict = '{}', scored_with = 'x' WHERE id = 1"] {
                let opcodes = try Row.fetchAll(db, sql: "EXPLAIN " + sql).map { $0["opcode"] as String }
                #expect(!opcodes.contains("OpenEphemeral"), "\(sql)")
            }
        }
    }
}
