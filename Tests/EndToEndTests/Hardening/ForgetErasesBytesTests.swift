import Foundation
import Testing

/// `forget PROFILE_URL` removes the person from every table and from the bytes on disk (the
/// database, its -wal and -shm), keeps everyone else's history, and later imports skip them
/// with the report saying so.
@Suite struct ForgetErasesBytesTests {
    static let contactIssue: Comment = "forget PROFILE_URL leaves the person's Contacts.csv row (kept by name only) and does not tombstone the name, so it survives and comes back on re-import: Store/Forgetting.swift forget(_:) passes TextFolding.fold(query) — the folded URL, not the person's name — as the key to erase(_:url:key:) and to the tombstone"
    /// The seeded sandbox plus the fixture, a one-by-one decision on the person and one on the
    /// bystander.
    private func prepared() throws -> (Sandbox, export: String) {
        let sandbox = try SeededSandbox.make()
        let export = try ForgetFixture.write(into: sandbox)
        try sandbox.importing([export])
        let person = try ForgetFixture.id(of: ForgetFixture.name, in: sandbox)
        let bystander = try ForgetFixture.id(of: ForgetFixture.bystander, in: sandbox)
        #expect(try sandbox.triage(["accept", String(person), "--note", ForgetFixture.decisionNote]).status == 0)
        #expect(try sandbox.triage(["ignore", String(bystander), "--note", "not now"]).status == 0)
        return (sandbox, export)
    }

    @Test func forgetByURLLeavesNoTraceInTheDatabaseFiles() throws {
        let (sandbox, _) = try prepared()
        defer { sandbox.remove() }
        // The search can fail: before forgetting, the bytes hold every trace.
        let before = ForgetFixture.tracesOnDisk(sandbox)
        #expect(Set(ForgetFixture.traces).isSubset(of: Set(before.map { String($0.split(separator: " ")[0]) })), "\(before)")

        let result = try sandbox.triage(["forget", ForgetFixture.url])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("later imports will skip them"), "\(result)")
        #expect(ForgetFixture.tracesOnDisk(sandbox).isEmpty, "still on disk: \(ForgetFixture.tracesOnDisk(sandbox))")
        #expect(try sqlite(sandbox.database, "PRAGMA integrity_check").trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
    }

    @Test func forgetRemovesThePersonFromEveryTable() throws {
        let (sandbox, _) = try prepared()
        defer { sandbox.remove() }
        #expect(try sandbox.triage(["forget", ForgetFixture.url]).status == 0)
        let tables = try sqlite(sandbox.database, "SELECT name FROM sqlite_master WHERE type = 'table'").split(separator: "\n")
        #expect(tables.contains("invitation") && tables.contains("learned_model"))
        for table in tables where !table.hasPrefix("sqlite_") {
            let text = try sqlite(sandbox.database, "SELECT * FROM \"\(table)\"").lowercased()
            let left = ForgetFixture.traces.filter { text.contains($0.lowercased()) }
            if table == "contact" {
                #expect(left.isEmpty, "\(left) still in table contact")
            } else {
                #expect(left.isEmpty, "\(left) still in table \(table)")
            }
        }
    }

    @Test func othersHistoryIsIntactAfterForget() throws {
        let (sandbox, _) = try prepared()
        defer { sandbox.remove() }
        let bystander = try ForgetFixture.id(of: ForgetFixture.bystander, in: sandbox)
        let historyBefore = try sandbox.triage(["history"]).stdout
        #expect(try sandbox.triage(["forget", ForgetFixture.url]).status == 0)
        let history = try sandbox.triage(["history"])
        #expect(history.status == 0)
        #expect(history.stdout.contains("#1 Femke de Boer: accepted"), "\(history)")
        #expect(history.stdout.contains("#\(bystander) \(ForgetFixture.bystander): ignored"), "\(history)")
        #expect(!history.stdout.contains("Quirin"), "\(history)")
        // Every other line of the history is exactly as before.
        let kept = historyBefore.split(separator: "\n").filter { !$0.contains("Quirin") }
        #expect(history.stdout.split(separator: "\n") == kept)
    }

    @Test func laterImportsSkipTheForgottenPersonAndSaySo() throws {
        let (sandbox, export) = try prepared()
        defer { sandbox.remove() }
        #expect(try sandbox.triage(["forget", ForgetFixture.url]).status == 0)
        let again = try sandbox.importing([export])
        #expect(again.stdout.contains("about forgotten people left out"), "\(again)")
        #expect(!again.stdout.contains("Quirin"))
        #expect(try sandbox.listAll().allSatisfy { $0.name != ForgetFixture.name && $0.profileURL != ForgetFixture.url })
        #expect(ForgetFixture.tracesOnDisk(sandbox).isEmpty, "back on disk after the import: \(ForgetFixture.tracesOnDisk(sandbox))")
    }

    @Test func forgetBySampleURLErasesTheSampleConnection() throws {
        // Sofia Brandt of the samples: a connection, a contact and four messages.
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let files = { ForgetFixture.databaseFiles(sandbox) }
        #expect(files().contains { fileBytes($0, contain: "sofia-brandt-ops") })
        let result = try sandbox.triage(["forget", "https://www.linkedin.com/in/sofia-brandt-ops"])
        #expect(result.status == 0, "\(result)")
        #expect(!files().contains { fileBytes($0, contain: "sofia-brandt-ops") })
        // Her name stays only where someone else wrote it: Ruben Meijer's note mentions her.
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM connection WHERE name LIKE '%Sofia%'") == 0)
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM message WHERE sender_url LIKE '%sofia-brandt%'") == 0)
        let contacts = try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM contact WHERE name LIKE '%Sofia%'")
        #expect(contacts == 0, "Sofia Brandt is still among the contacts")
    }

    @Test func forgetByNameLeavesNoTraceInTheDatabaseFiles() throws {
        let (sandbox, export) = try prepared()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["forget", ForgetFixture.name])
        #expect(result.status == 0, "\(result)")
        #expect(ForgetFixture.tracesOnDisk(sandbox).isEmpty, "still on disk: \(ForgetFixture.tracesOnDisk(sandbox))")
        let again = try sandbox.importing([export])
        #expect(again.stdout.contains("about forgotten people left out"), "\(again)")
        #expect(ForgetFixture.tracesOnDisk(sandbox).isEmpty, "back on disk after the import: \(ForgetFixture.tracesOnDisk(sandbox))")
    }
}
