import Foundation
import GRDB
import Testing
@testable import InviteTriage

/// What keeps a million-row database fast must not change what it says: the per-status tally,
/// the indexes set aside during a first import, the paged rescore, the repeat and mass facts
/// found through SQL.
@Suite struct LargeStoreMechanicsTests {
    private let clock = Clock(now: LocalDateTime(text: "2026-11-26T09:00:00")!, zone: TimeZone(identifier: "UTC")!)

    private func importSamples(into path: String) throws -> Store {
        let store = try Store(path: path, diagnostics: .silent)
        _ = try Importer.run(paths: [FuzzPaths.samples.appendingPathComponent("linkedin-export").path], store: store,
                             context: ImportContext(clock: clock, configuration: Configuration()))
        return store
    }

    private func tallyMatchesCount(_ store: Store) throws -> Bool {
        try store.read { db in
            let counted = try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM invitation GROUP BY status ORDER BY status")
                .map { "\($0["status"] as String)=\($0["n"] as Int)" }
            let tallied = try Row.fetchAll(db, sql: "SELECT status, count FROM invitation_tally WHERE count > 0 ORDER BY status")
                .map { "\($0["status"] as String)=\($0["count"] as Int)" }
            return counted == tallied && !counted.isEmpty
        }
    }

    private func schema(_ store: Store) throws -> [String] {
        try store.read { db in
            try String.fetchAll(db, sql: "SELECT type || ' ' || name FROM sqlite_master WHERE sql IS NOT NULL ORDER BY 1")
        }
    }

    @Test func tallyFollowsImportsDecisionsUndoAndForget() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try importSamples(into: temp.path("t.sqlite"))
        #expect(try tallyMatchesCount(store))
        let ids = try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM invitation WHERE status = 'pending' ORDER BY id LIMIT 3") }
        let log = DecisionLog(store: store, clock: clock)
        _ = try log.decide([ids[0], ids[1]], as: .accepted, note: nil, source: .bulk, command: "accept")
        _ = try log.decide([ids[2]], as: .ignored, note: nil, source: .single, command: "ignore")
        #expect(try tallyMatchesCount(store))
        #expect(try store.read { db in try InvitationTally.count(db, status: .accepted) } == 2)
        _ = try log.undo()
        #expect(try tallyMatchesCount(store))
        #expect(try store.read { db in try InvitationTally.count(db, status: .ignored) } == 0)
        let name = try store.read { db in try String.fetchOne(db, sql: "SELECT sender_name FROM invitation WHERE id = ?", arguments: [ids[0]]) }
        _ = try Forgetting.forget(try #require(name), store: store, configuration: Configuration(), clock: clock)
        #expect(try tallyMatchesCount(store))
        // A re-import changes nothing, and the tally with it.
        _ = try Importer.run(paths: [FuzzPaths.samples.appendingPathComponent("linkedin-export").path], store: store,
                             context: ImportContext(clock: clock, configuration: Configuration()))
        #expect(try tallyMatchesCount(store))
    }

    @Test func firstImportPutsBackEveryIndexAndTrigger() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let fresh = try schema(try Store(path: temp.path("empty.sqlite"), diagnostics: .silent))
        #expect(fresh.contains("index invitation_ranking"))
        #expect(fresh.contains("trigger invitation_tally_insert"))
        #expect(try schema(try importSamples(into: temp.path("imported.sqlite"))) == fresh)
    }

    /// `list` reads the rows it shows and no more: an index gives the whole order (a sort of
    /// every invitation sharing the top scores read 12 MB at a million).
    @Test func listingByScoreNeedsNoSort() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try importSamples(into: temp.path("t.sqlite"))
        var filter = InvitationFilter()
        filter.limit = 50
        let (whereSQL, arguments) = filter.whereClause
        let details = try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM invitation \(whereSQL) \(filter.orderClause) LIMIT 50",
                             arguments: arguments).map { $0["detail"] as String }
        }
        #expect(details.contains { $0.contains("invitation_ranking") }, "\(details)")
        #expect(!details.contains { $0.contains("TEMP B-TREE") }, "\(details)")
    }

    @Test func failedFirstImportIntoAnExistingDatabaseKeepsItsSchema() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.path("kept.sqlite")
        let store = try Store(path: path, diagnostics: .silent)
        let before = try schema(store)
        let bad = temp.path("Invitations.csv")
        try Data("From,To,Sent At,Message,Direction\nAna Lima,Elena Marsh,not a date,,INCOMING\n".utf8).write(to: URL(fileURLWithPath: bad))
        #expect(throws: TriageError.self) {
            try Importer.run(paths: [bad], store: store, context: ImportContext(clock: clock, configuration: Configuration()))
        }
        #expect(try schema(store) == before)
    }

    @Test func pagedRescoreJudgesLikeOnePage() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let store = try importSamples(into: temp.path("p.sqlite"))
        func verdicts() throws -> [String] {
            try store.read { db in try String.fetchAll(db, sql: "SELECT id || ' ' || score || ' ' || suggestion || ' ' || verdict FROM invitation ORDER BY id") }
        }
        let whole = try verdicts()
        #expect(whole.count > 5)
        try store.write { db in
            try db.execute(sql: "UPDATE invitation SET score = 0, suggestion = 'review', verdict = NULL")
            _ = try Rescorer.rescore(db, configuration: Configuration(), clock: clock, all: true, pageSize: 2)
        }
        #expect(try verdicts() == whole)
    }

    /// The first import writes its links with the scores; a later import links in SQL first.
    /// Both must give every invitation the same connection date (the earliest of its
    /// connections, per identity case), the same judgement and the same count.
    @Test func firstImportLinksAsALaterImportDoes() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let export = temp.path("export")
        try FileManager.default.createDirectory(atPath: export, withIntermediateDirectories: true)
        let owner = "https://www.linkedin.com/in/elena-marsh-7b21a4"
        let connections = [
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
            // A URL listed twice is one connection, as first listed.
            "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,05 Jan 2025",
            "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,01 Mar 2024",
            // Without URL: matches an invitation with a URL by name.
            "Bo,Chen,,,Initech,Manager,10 Feb 2023",
            // An invitation without URL matches either by name; the earliest wins.
            "Cy,Diaz,https://www.linkedin.com/in/cy-diaz,,Umbrella,Analyst,12 Dec 2022",
            "Cy,Diaz,,,Umbrella,Analyst,11 Nov 2021",
            // Same name, another URL: no match.
            "Dee,Ng,https://www.linkedin.com/in/dee-ng-2,,Hooli,Designer,03 Mar 2020",
        ]
        let invitations = [
            "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
            "Ana Lima,Elena Marsh,\"11/01/26, 9:00 AM\",Hi Elena,INCOMING,https://www.linkedin.com/in/ana-lima,\(owner)",
            "Bo Chen,Elena Marsh,\"11/02/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/bo-chen,\(owner)",
            "Cy Diaz,Elena Marsh,\"11/03/26, 9:00 AM\",We met at KubeCon,INCOMING,,\(owner)",
            "Dee Ng,Elena Marsh,\"11/04/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/dee-ng,\(owner)",
            "Eve Park,Elena Marsh,\"11/05/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/eve-park,\(owner)",
        ]
        try Data((connections.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: export + "/Connections.csv"))
        try Data((invitations.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: export + "/Invitations.csv"))
        let earlier = temp.path("Earlier.csv")
        try Data("From,To,Sent At,Message,Direction\nZed Zorn,Elena Marsh,\"10/01/26, 9:00 AM\",,INCOMING\n".utf8).write(to: URL(fileURLWithPath: earlier))

        func imported(_ paths: [[String]]) throws -> (rows: [String], newlyConnected: Int) {
            let store = try Store(path: temp.path("\(UUID().uuidString).sqlite"), diagnostics: .silent)
            var report = ImportReport()
            for batch in paths {
                report = try Importer.run(paths: batch, store: store, context: ImportContext(clock: clock, configuration: Configuration()))
            }
            let rows = try store.read { db in
                try String.fetchAll(db, sql: """
                    SELECT sender_name || ' ' || IFNULL(connected_on, '-') || ' ' || status || ' ' || score || ' ' || verdict
                    FROM invitation WHERE sender_name <> 'Zed Zorn' ORDER BY sender_name
                    """)
            }
            return (rows, report.newlyConnected)
        }
        let first = try imported([[export]])
        let later = try imported([[earlier], [export]])
        #expect(first.rows == later.rows)
        #expect(first.newlyConnected == 3 && later.newlyConnected == 3)
        #expect(first.rows.map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
                == ["Ana Lima 2025-01-05", "Bo Chen 2023-02-10", "Cy Diaz 2021-11-11", "Dee Ng -", "Eve Park -"])
    }

    @Test func repeatsAndMassNotesAreFoundThroughSQL() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let csv = temp.path("Invitations.csv")
        let owner = "https://www.linkedin.com/in/elena-marsh-7b21a4"
        let mass = "Hi, I am expanding my network of professionals in tech. Let's connect!"
        let rows = [
            // Same URL twice: a repeat.
            "Ana Lima,Elena Marsh,\"11/01/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/ana-lima,\(owner)",
            "Ana Lima,Elena Marsh,\"11/10/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/ana-lima,\(owner)",
            // Same name, the first without URL: one person, a repeat.
            "Bo Chen,Elena Marsh,\"11/02/26, 9:00 AM\",,INCOMING,,\(owner)",
            "Bo Chen,Elena Marsh,\"11/12/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/bo-chen,\(owner)",
            // Same name, two URLs: two people.
            "Cy Diaz,Elena Marsh,\"11/03/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/cy-diaz-1,\(owner)",
            "Cy Diaz,Elena Marsh,\"11/13/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/cy-diaz-2,\(owner)",
            // One note from three senders: a mass message.
            "Di Fox,Elena Marsh,\"11/04/26, 9:00 AM\",\"\(mass)\",INCOMING,https://www.linkedin.com/in/di-fox,\(owner)",
            "Ed Gray,Elena Marsh,\"11/05/26, 9:00 AM\",\"\(mass)\",INCOMING,https://www.linkedin.com/in/ed-gray,\(owner)",
            "Flo Hu,Elena Marsh,\"11/06/26, 9:00 AM\",\"\(mass)\",INCOMING,https://www.linkedin.com/in/flo-hu,\(owner)",
        ]
        let header = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        try Data((header + rows.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: csv))
        let store = try Store(path: temp.path("r.sqlite"), diagnostics: .silent)
        _ = try Importer.run(paths: [csv], store: store, context: ImportContext(clock: clock, configuration: Configuration()))
        let codes = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT sender_name, sent_at, verdict FROM invitation ORDER BY sent_at").map { row -> String in
                let verdict = try JSONDecoder().decode(Verdict.self, from: Data((row["verdict"] as String).utf8))
                let codes = verdict.reasons.map(\.code).filter { ["repeat_invitation", "mass_message"].contains($0) }
                return "\(row["sender_name"] as String) \((row["sent_at"] as String).prefix(10)): \(codes.joined(separator: ","))"
            }
        }
        #expect(codes == [
            "Ana Lima 2026-11-01: ", "Bo Chen 2026-11-02: ", "Cy Diaz 2026-11-03: ",
            "Di Fox 2026-11-04: mass_message", "Ed Gray 2026-11-05: mass_message", "Flo Hu 2026-11-06: mass_message",
            "Ana Lima 2026-11-10: repeat_invitation", "Bo Chen 2026-11-12: repeat_invitation", "Cy Diaz 2026-11-13: ",
        ])
    }
}
