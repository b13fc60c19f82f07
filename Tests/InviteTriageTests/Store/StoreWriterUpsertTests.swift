import Foundation
import GRDB
import Testing
@testable import InviteTriage

/// The per-row statements of an import: a row already stored writes nothing, a row that knows
/// more fills in only what was missing, and the earliest of several matches is the one kept.
@Suite struct StoreWriterUpsertTests {
    private func withWriter(_ body: (Database, StoreWriter) throws -> Void) throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try Store(path: temp.path("w.sqlite"), diagnostics: .silent)
        try store.write { db in try body(db, try StoreWriter(db: db, importedAt: "2026-11-26T09:00:00")) }
    }

    private func invitation(_ name: String, url: String? = nil, at time: String = "2026-11-20T10:15:42",
                            message: String? = nil, headline: String? = nil) -> ReceivedInvitation {
        ReceivedInvitation(senderName: name, senderURL: url, sentAt: LocalDateTime(text: time)!, message: message,
                           relationship: nil, givenEmail: nil, headline: headline, profile: nil, mutualConnections: nil)
    }

    @Test func knownRowWritesNothingAndRicherRowFillsOnlyTheGaps() throws {
        try withWriter { db, writer in
            #expect(try writer.upsert(invitation("Ana Ruiz", message: "Hola Ana"), source: "a.csv") == .new)
            let before = db.totalChangesCount
            #expect(try writer.upsert(invitation("Ana Ruiz", message: "Hola Ana"), source: "a.csv") == .known)
            #expect(db.totalChangesCount == before)
            // Same minute, same folded name, no URL on either side: the same invitation.
            let richer = invitation("ANA RUIZ", url: "https://www.linkedin.com/in/ana-ruiz", at: "2026-11-20T10:15:05",
                                    message: "Another text", headline: "Engineer")
            #expect(try writer.upsert(richer, source: "b.json") == .known)
            let row = try #require(try Row.fetchOne(db, sql: "SELECT sender_url, message, headline, COUNT(*) AS n FROM invitation"))
            #expect(row["n"] as Int == 1)
            #expect(row["sender_url"] as String? == "https://www.linkedin.com/in/ana-ruiz")
            #expect(row["message"] as String? == "Hola Ana")  // known text is never overwritten
            #expect(row["headline"] as String? == "Engineer")
        }
    }

    @Test func differentURLOrMinuteIsAnotherInvitation() throws {
        try withWriter { db, writer in
            _ = try writer.upsert(invitation("Ana Ruiz", url: "https://www.linkedin.com/in/ana-1"), source: "a.csv")
            #expect(try writer.upsert(invitation("Ana Ruiz", url: "https://www.linkedin.com/in/ana-2"), source: "a.csv") == .new)
            #expect(try writer.upsert(invitation("Ana Ruiz", url: "https://www.linkedin.com/in/ana-1", at: "2026-11-20T10:16:00"),
                                      source: "a.csv") == .new)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation") == 3)
        }
    }

    @Test func nameOnlyRowFillsTheEarliestOfSeveralMatches() throws {
        try withWriter { db, writer in
            _ = try writer.upsert(invitation("Bo Lind", url: "https://www.linkedin.com/in/bo-2"), source: "a.csv")
            _ = try writer.upsert(invitation("Bo Lind", url: "https://www.linkedin.com/in/bo-1"), source: "a.csv")
            #expect(try writer.upsert(invitation("Bo Lind", headline: "Founder"), source: "old.csv") == .known)
            let headlines = try String?.fetchAll(db, sql: "SELECT headline FROM invitation ORDER BY id")
            #expect(headlines == ["Founder", nil])
        }
    }

    @Test func connectionChangesOnlyWhenTheExportSaysSomethingNew() throws {
        try withWriter { db, writer in
            let url = "https://www.linkedin.com/in/kim-park"
            let first = ConnectionRecord(name: "Kim Park", url: url, company: "Acme", position: "CTO", connectedOn: "2024-03-01")
            #expect(try writer.upsert(first) == .new)
            let before = db.totalChangesCount
            #expect(try writer.upsert(first) == .known)
            // A row without a company keeps the stored one.
            #expect(try writer.upsert(ConnectionRecord(name: "Kim Park", url: url, company: nil, position: "CTO", connectedOn: "2024-03-01")) == .known)
            #expect(db.totalChangesCount == before)
            #expect(try writer.upsert(ConnectionRecord(name: "Kim Park", url: url, company: "Initech", position: nil, connectedOn: "2024-03-01")) == .known)
            let row = try #require(try Row.fetchOne(db, sql: "SELECT company, position, COUNT(*) AS n FROM connection"))
            #expect(row["n"] as Int == 1)
            #expect(row["company"] as String? == "Initech")
            #expect(row["position"] as String? == "CTO")
        }
    }
}
