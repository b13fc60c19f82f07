import Foundation
import Testing

/// `summary --week` and `--since`: the figures of another period; bad period options are 64.
@Suite struct SummaryPeriodOptionsTests {
    @Test func lastWeekByItsISOName() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try DecisionsFixture.decideTheStandardSet(sandbox)
        let summary = try sandbox.summary(["--week", "2026-W47"])
        #expect(summary.period == "2026-W47")
        #expect(summary.start == "2026-11-16T00:00:00")
        #expect(summary.end == "2026-11-23T00:00:00")
        // Sent in W47: 3 (accept), 5 (review), 4 6 7 (ignore).
        #expect(summary.received == .init(total: 5, accept: 1, review: 1, ignore: 3))
        #expect(summary.invitations.map(\.id) == [3, 5, 4, 7, 6])
        // Decided in W47: 9 accepted; 10, 11, 14, 15 ignored.
        #expect(summary.decided == .init(accepted: 1, ignored: 4))
        #expect(summary.ignored == .init(count: 4, topReasons: [.init(code: "generic_message", count: 4), .init(code: "stranger_no_rationale", count: 4)],
                                         genericShare: 1, falseClaimsByKind: []))
        #expect(summary.trend.map(\.week) == (39...47).map { "2026-W\($0)" })
        #expect(summary.trend.last == .init(week: "2026-W47", received: 5, accepted: 1, ignored: 4))
    }

    @Test func lastWeeksAgreementCountsOnlyDecisionsMadeByItsEnd() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try DecisionsFixture.decideTheStandardSet(sandbox)
        let agreement = try sandbox.summary(["--week", "2026-W47"]).agreement
        // By the end of W47: 9 accepted, 10 and 11 ignored one by one, all as suggested.
        #expect(agreement.decisions == 3)
        #expect(agreement.suggestedAcceptOrIgnore == 3)
        #expect(agreement.agreed == 3)
        #expect(agreement.rate == 1)
        #expect(agreement.reviewShare == 0)
        #expect(agreement.byCode.map(\.code) == ["generic_message", "stranger_no_rationale", "met_before", "personal_note"])
    }

    @Test func sinceADateUntilNow() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try DecisionsFixture.decideTheStandardSet(sandbox)
        // An hour after this week's decisions.
        let summary = try sandbox.summary(["--since", "2026-11-01"], now: "2026-11-26T10:00:00")
        #expect(summary.period == "since 2026-11-01")
        #expect(summary.start == "2026-11-01T00:00:00")
        #expect(summary.end >= "2026-11-26T10:00:00")
        // Sent since Nov 1: 1 3 9 (accept), 5 (review), 2 4 6 7 8 10 (ignore).
        #expect(summary.received == .init(total: 10, accept: 3, review: 1, ignore: 6))
        // Accepted 9 1 3 5 12; ignored 10 11 14 15 4 6 7.
        #expect(summary.decided == .init(accepted: 5, ignored: 7))
        #expect(summary.ignored.count == 7)
        #expect(summary.agreement.decisions == 10)
    }

    @Test func sinceCountsDecisionsMadeAtTheSameSecondAsNow() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try DecisionsFixture.decideTheStandardSet(sandbox)
        // The summary runs at the "now" of this week's decisions: they are "until now" too.
        let summary = try sandbox.summary(["--since", "2026-11-01"])
        #expect(summary.decided == .init(accepted: 5, ignored: 7))
        #expect(summary.agreement.decisions == 10)
    }

    @Test(arguments: [["--week", "2026-W54"], ["--week", "2025-W53"], ["--week", "2026-47"], ["--week", "W47"],
                      ["--since", "someday"], ["--week", "2026-W47", "--since", "2026-11-01"], ["--format", "pdf"]])
    func badPeriodOrFormatIs64(options: [String]) throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["summary"] + options)
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func fiftyThirdWeekOf2026IsAccepted() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let summary = try sandbox.summary(["--week", "2026-W53"])
        #expect(summary.start == "2026-12-28T00:00:00")
        #expect(summary.end == "2027-01-04T00:00:00")
    }

    @Test func currentWeekIsTheWeekOfTheLocalTimeZone() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        // Sunday 23:30 UTC is already Monday in Amsterdam, still Sunday in New York.
        let instant = "2026-11-29T23:30:00Z"
        #expect(try sandbox.summary(now: instant).period == "2026-W49")
        let newYork = try sandbox.triage(["summary", "--format", "json"], environment: ["INVITE_TRIAGE_NOW": instant, "TZ": "America/New_York"])
        let summary = try JSONDecoder().decode(SummaryFigures.self, from: Data(newYork.stdout.utf8))
        #expect(summary.period == "2026-W48")
    }
}
