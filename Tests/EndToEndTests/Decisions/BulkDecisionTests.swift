import Foundation
import Testing

/// `accept`/`ignore` with the shared filters instead of ids: refused without a terminal on
/// stdin unless `--yes`; recorded with source `bulk`.
@Suite struct BulkDecisionTests {
    /// Pending invitations suggested ignore in the fixture.
    static let suggestedIgnore: Set<Int> = [2, 4, 6, 7, 8, 10, 11, 12, 14, 15]

    @Test func withoutATerminalAndWithoutYesItRefusesAndChangesNothing() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["ignore", "--suggestion", "ignore"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--yes"), "\(result)")
        #expect(result.stderr.contains("10"), "the refusal does not say how many: \(result)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func withYesItDecidesThemAsBulk() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["ignore", "--suggestion", "ignore", "--yes"])
        let statuses = try sandbox.statuses()
        #expect(Set(statuses.filter { $0.value == "ignored" }.keys) == Self.suggestedIgnore)
        let history = try sandbox.history()
        #expect(Set(history.map(\.invitation)) == Self.suggestedIgnore)
        #expect(history.allSatisfy { $0.source == "bulk" && $0.command == "ignore --suggestion ignore" })
        #expect(Set(history.map(\.operation)).count == 1, "one command, one operation")
    }

    @Test func filtersCombine() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["ignore", "--suggestion", "ignore", "--before", "2026-10-01", "--yes"])
        #expect(Set(try sandbox.statuses().filter { $0.value == "ignored" }.keys) == [14, 15])
    }

    @Test func bulkLeavesDecidedInvitationsAlone() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "2"])
        try sandbox.decide(["ignore", "--suggestion", "ignore", "--yes"])
        #expect(try sandbox.listed(2).status == "accepted")
    }

    @Test func bulkAcceptIsBulkToo() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "--suggestion", "accept", "--yes"])
        let history = try sandbox.history()
        #expect(Set(history.map(\.invitation)) == [1, 3, 9])
        #expect(history.allSatisfy { $0.source == "bulk" })
        // Bulk decisions are no measure of agreement.
        #expect(try sandbox.summary(now: "2026-11-26T10:00:00").agreement.decisions == 0)
    }

    @Test(arguments: [["ignore", "3", "--suggestion", "ignore"], ["accept", "1-2", "--before", "2026-06-01", "--yes"], ["ignore"], ["accept", "--yes"]])
    func idsWithFiltersOrNeitherIs64(arguments: [String]) throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(arguments)
        #expect(result.status == 64, "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }
}
