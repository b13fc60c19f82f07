import Foundation
import Testing

/// `list`: the text table, its limit and "… and N more", JSON limits and option checks.
@Suite struct ListCommandTests {
    private func sampleSandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.importing([PackagePaths.sampleExport.path])
        return sandbox
    }

    private func dataRows(_ output: String) -> [Substring] {
        output.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("…") }
    }

    @Test func textTableHasAHeaderRow() throws {
        let sandbox = try sampleSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list"])
        #expect(result.status == 0)
        let header = try #require(result.stdout.split(separator: "\n").first)
        #expect(header.split(separator: " ", omittingEmptySubsequences: true) == ["ID", "SCORE", "SUGGEST", "SENDER", "HEADLINE", "AGE", "REASON"])
        #expect(dataRows(result.stdout).count == 32)
        #expect(!result.stdout.contains("more (use --limit)"))
    }

    /// With other statuses among the rows, each says its own: an ignored invitation would
    /// otherwise read as a pending one the tool suggests ignoring.
    @Test func statusAllHasAStatusColumn() throws {
        let sandbox = try sampleSandbox()
        defer { sandbox.remove() }
        _ = try sandbox.triage(["ignore", "3"])
        let result = try sandbox.triage(["list", "--status", "all", "--order", "newest"])
        let lines = result.stdout.split(separator: "\n")
        let header = try #require(lines.first).split(separator: " ", omittingEmptySubsequences: true)
        #expect(header == ["ID", "SCORE", "SUGGEST", "STATUS", "SENDER", "HEADLINE", "AGE", "REASON"])
        let three = try #require(lines.first { $0.split(separator: " ").first == "3" })
        #expect(three.split(separator: " ", omittingEmptySubsequences: true)[3] == "ignored", "\(three)")
        #expect(lines.contains { $0.contains(" connected ") }, "\(result.stdout)")
    }

    @Test func limitShowsThatManyRowsAndSaysHowManyMore() throws {
        let sandbox = try sampleSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list", "--limit", "3"])
        #expect(result.status == 0)
        #expect(dataRows(result.stdout).count == 3)
        #expect(result.stdout.split(separator: "\n").last == "… and 29 more (use --limit)")
    }

    @Test func statusAllCountsEveryInvitationInTheRemainder() throws {
        let sandbox = try sampleSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list", "--status", "all", "--limit", "3"])
        #expect(result.stdout.contains("… and 33 more (use --limit)"))
    }

    @Test func tableShowsNamesAndAges() throws {
        let sandbox = try sampleSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list", "--order", "newest", "--limit", "1"])
        let row = try #require(dataRows(result.stdout).first)
        #expect(row.contains("Femke de Boer"))
        #expect(row.contains("2d"))
    }

    @Test func jsonLimitReturnsThatMany() throws {
        let sandbox = try sampleSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list", "--format", "json", "--limit", "2"])
        #expect(result.status == 0)
        #expect(try ListedInvitation.decode(result.stdout).count == 2)
    }

    @Test func jsonWithoutLimitReturnsEveryPendingOne() throws {
        let sandbox = try sampleSandbox()
        defer { sandbox.remove() }
        let listed = try ListedInvitation.decode(try sandbox.triage(["list", "--format", "json"]).stdout)
        #expect(listed.count == 32)
        #expect(listed.allSatisfy { $0.status == "pending" })
    }

    @Test func statusConnectedSelectsTheFour() throws {
        let sandbox = try sampleSandbox()
        defer { sandbox.remove() }
        let listed = try ListedInvitation.decode(try sandbox.triage(["list", "--status", "connected", "--format", "json"]).stdout)
        #expect(listed.count == 4)
        #expect(listed.allSatisfy { $0.connectedOn != nil })
    }

    @Test func sinceAndBeforeSelectByDate() throws {
        let sandbox = try sampleSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list", "--status", "all", "--since", "2026-11-20", "--before", "2026-11-24", "--format", "json"])
        let names = Set(try ListedInvitation.decode(result.stdout).compactMap(\.name))
        #expect(names == ["Sam Holloway", "Nguyễn Thị Lan", "Priya Nair"])
    }

    @Test(arguments: [["--status", "maybe"], ["--order", "random"], ["--limit", "-1"], ["--limit", "many"],
                      ["--format", "xml"], ["--since", "someday"], ["--suggestion", "perhaps"]])
    func badOptionValueIs64(options: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list"] + options)
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func badStatusListsTheAllowedValues() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list", "--status", "maybe"])
        #expect(result.stderr.contains("pending, accepted, ignored, connected"), "\(result)")
    }

    @Test func emptyDatabaseSaysSoOnStandardError() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no invitations match"))
    }
}
