import Foundation
import Testing

/// `accept ID...` and `ignore ID...`: ids, ranges, notes; changing a decision says so;
/// ids that name nothing are named and skipped.
@Suite struct DecideByIDTests {
    @Test func idsAndARangeAreDecided() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.decide(["ignore", "12-15", "8"])
        #expect(result.stdout.split(separator: "\n").count == 5, "\(result)")
        let statuses = try sandbox.statuses()
        #expect([8, 12, 13, 14, 15].allSatisfy { statuses[$0] == "ignored" }, "\(statuses)")
        #expect([7, 9, 11].allSatisfy { statuses[$0] == "pending" }, "\(statuses)")
    }

    @Test func commaSeparatedIdsAreDecided() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "1,3,9"])
        let statuses = try sandbox.statuses()
        #expect(statuses.filter { $0.value == "accepted" }.keys.sorted() == [1, 3, 9])
    }

    @Test func anIdGivenTwiceIsDecidedOnce() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.decide(["accept", "1", "1-3", "3,1"])
        #expect(result.stdout.split(separator: "\n").count == 3, "\(result)")
        #expect(try sandbox.history().map(\.invitation) == [1, 2, 3])
    }

    @Test func noteIsKeptWithTheDecision() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "9", "--note", "met at Container Days"])
        let listed = try sandbox.listed(9)
        #expect(listed.status == "accepted")
        #expect(listed.decisionNote == "met at Container Days")
        #expect(listed.decisionDecidedAt == Sandbox.now)
        #expect(try sandbox.history(9).map(\.note) == ["met at Container Days"])
    }

    @Test func acceptingSaysItIsAToDoOnLinkedIn() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.decide(["accept", "1"])
        #expect(result.stdout == "1 Anouk Visser: accepted\n")
        #expect(result.stderr.contains(DecisionsFixture.invitationManager))
    }

    @Test func changingADecisionChangesItAndSaysSo() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["accept", "4"])
        let result = try sandbox.decide(["ignore", "4"])
        #expect(result.stdout.contains("4 Dmitri Orlov: accepted → ignored (changed)"), "\(result)")
        #expect(try sandbox.listed(4).status == "ignored")
        #expect(try sandbox.history(4).map(\.decision) == ["accepted", "ignored"])
    }

    @Test func decidingTheSameAgainSaysSoAndRecordsNothing() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try sandbox.decide(["ignore", "4"])
        let before = try dump(sandbox.database)
        let result = try sandbox.decide(["ignore", "4"])
        #expect(result.stdout.contains("4 Dmitri Orlov: already ignored"), "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func unknownIdsAreNamedAndSkipped() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["accept", "1", "99", "120"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("99, 120"), "\(result)")
        #expect(try sandbox.listed(1).status == "accepted")
    }

    @Test func aRangeRunningPastTheLastIdDecidesWhatExistsAndNamesTheRest() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["ignore", "14-17"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("16, 17"), "\(result)")
        let statuses = try sandbox.statuses()
        #expect(statuses[14] == "ignored" && statuses[15] == "ignored")
    }

    @Test func onlyUnknownIdsIs64AndChangesNothing() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["accept", "98", "99"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("98, 99"), "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test(arguments: ["5-3", "0", "abc", "12-", "3-4-5", "1.5"])
    func badIdIs64AndChangesNothing(argument: String) throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["ignore", "1", argument])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(argument), "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func idListNamingNoIdAtAllIs64() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["accept", ","])
        #expect(result.status == 64, "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }
}
