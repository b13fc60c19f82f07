import Foundation
import Testing

/// `export --format csv|json [--output FILE]`: invitations with their decisions under the
/// `list` keys; CSV that parses back and cannot run as a spreadsheet formula; files 0600.
@Suite struct ExportDecisionsTests {
    /// Invitation 12 is from `=HYPERLINK("http://x")` with the note `+31 6 1234 5678 call me`;
    /// it gets a decision note beginning with `@`, and 11 one beginning with `-`.
    private func decidedSandbox() throws -> Sandbox {
        let sandbox = try DecisionsFixture.sandbox()
        try sandbox.decide(["accept", "12", "--note", "@SUM(A1)"])
        try sandbox.decide(["ignore", "11", "--note=-1+2 not now"])
        try sandbox.decide(["accept", "1"])
        return sandbox
    }

    private func csv(_ sandbox: Sandbox, _ options: [String] = []) throws -> [[String]] {
        let result = try sandbox.triage(["export", "--format", "csv"] + options)
        try #require(result.status == 0, "\(result)")
        return try DecisionsCSV.parse(result.stdout)
    }

    private func record(_ rows: [[String]], id: Int) throws -> [String: String] {
        let header = try #require(rows.first)
        let row = try #require(rows.first { $0.first == String(id) }, "no row \(id)")
        return Dictionary(uniqueKeysWithValues: zip(header, row))
    }

    @Test func csvParsesBackWithOneRowPerInvitation() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let rows = try csv(sandbox)
        #expect(rows.count == 1 + 15)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        #expect(Set(rows.dropFirst().map { $0[0] }) == Set((1...15).map(String.init)))
    }

    @Test func csvHeaderUsesTheListKeys() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let header = try #require(try csv(sandbox).first)
        #expect(header.contains("id") && header.contains("status") && header.contains("decision.note") && header.contains("from.name"))
        for column in header {
            let parts = column.split(separator: ".").map(String.init)
            #expect(ListedInvitation.keys.contains(parts[0]), "\(column) is not a list key")
            if parts.count == 2, parts[0] == "from" { #expect(ListedInvitation.senderKeys.contains(parts[1]), "\(column)") }
            if parts.count == 2, parts[0] == "decision" { #expect(["decidedAt", "note"].contains(parts[1]), "\(column)") }
        }
    }

    @Test func csvCarriesTheDecisions() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let rows = try csv(sandbox)
        let one = try record(rows, id: 1)
        #expect(one["status"] == "accepted")
        #expect(one["decision.decidedAt"] == Sandbox.now)
        let two = try record(rows, id: 2)
        #expect(two["status"] == "pending")
        #expect(two["decision.decidedAt"] == "")
    }

    @Test func formulaLikeCellsAreNeutralisedInCSV() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let rows = try csv(sandbox)
        let twelve = try record(rows, id: 12)
        #expect(twelve["from.name"] == "'=HYPERLINK(\"http://x\")")
        #expect(twelve["message"] == "'+31 6 1234 5678 call me")
        #expect(twelve["decision.note"] == "'@SUM(A1)")
        #expect(try record(rows, id: 11)["decision.note"] == "'-1+2 not now")
        // No cell of the whole file begins with a formula character.
        for row in rows {
            for cell in row {
                guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
                #expect(Double(cell) != nil, "cell \(cell) would run as a formula")
            }
        }
    }

    @Test func aNoteWithAWindowsLineBreakStaysInItsCell() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "1", "--note", "first line\r\nsecond line"])
        let result = try sandbox.triage(["export", "--format", "csv"])
        #expect(result.status == 0, "\(result)")
        let rows = try DecisionsCSV.parse(result.stdout)
        #expect(rows.count == 1 + 15)
        #expect(try record(rows, id: 1)["decision.note"] == "first line\r\nsecond line")
    }

    @Test func jsonKeepsTheSameTextExactly() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["export", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let items = try ListedInvitation.decode(result.stdout)
        #expect(items.count == 15)
        #expect(items.allSatisfy { Set($0.object.keys) == ListedInvitation.keys })
        let twelve = try #require(items.first { $0.id == 12 })
        #expect(twelve.name == "=HYPERLINK(\"http://x\")")
        #expect(twelve.message == "+31 6 1234 5678 call me")
        #expect(twelve.decisionNote == "@SUM(A1)")
        #expect(items.first { $0.id == 11 }?.decisionNote == "-1+2 not now")
    }

    @Test func filtersSelectWhatIsExported() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let rows = try csv(sandbox, ["--status", "accepted"])
        #expect(Set(rows.dropFirst().map { $0[0] }) == ["1", "12"])
    }

    @Test(arguments: ["csv", "json"])
    func outputFileIsOwnerOnlyAndHoldsTheSameAsStdout(format: String) throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let file = sandbox.url("decisions.\(format)")
        let written = try sandbox.triage(["export", "--format", format, "--output", file.path])
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty)
        #expect(posixPermissions(file) == 0o600)
        let printed = try sandbox.triage(["export", "--format", format])
        #expect(try String(contentsOf: file, encoding: .utf8) == printed.stdout)
    }
}
