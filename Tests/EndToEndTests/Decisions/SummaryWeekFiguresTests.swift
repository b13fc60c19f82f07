import Foundation
import Testing

/// `summary --format json` for the current week (2026-W48, "now" 2026-11-26T09:00 in
/// Amsterdam) after the standard decisions: every figure exactly.
@Suite struct SummaryWeekFiguresTests {
    private func summary() throws -> (Sandbox, SummaryFigures) {
        let sandbox = try DecisionsFixture.sandbox()
        try DecisionsFixture.decideTheStandardSet(sandbox)
        return (sandbox, try sandbox.summary())
    }

    @Test func periodIsTheCurrentISOWeek() throws {
        let (sandbox, summary) = try summary()
        defer { sandbox.remove() }
        #expect(summary.period == "2026-W48")
        #expect(summary.start == "2026-11-23T00:00:00")
        #expect(summary.end == "2026-11-30T00:00:00")
    }

    @Test func receivedBySuggestion() throws {
        let (sandbox, summary) = try summary()
        defer { sandbox.remove() }
        // 1 (accept) and 2 (ignore) were sent on or after Monday 2026-11-23.
        #expect(summary.received == .init(total: 2, accept: 1, review: 0, ignore: 1))
        #expect(summary.invitations.map(\.id) == [1, 2])
        #expect(summary.invitations.map(\.status) == ["accepted", "pending"])
    }

    @Test func decidedCountsEachInvitationsStandingDecisionOfTheWeek() throws {
        let (sandbox, summary) = try summary()
        defer { sandbox.remove() }
        // Accepted 1, 3, 5 and 12 (ignored, then accepted: counted once, as accepted); ignored 4, 6, 7.
        #expect(summary.decided == .init(accepted: 4, ignored: 3))
    }

    @Test func backlogAndItsAge() throws {
        let (sandbox, summary) = try summary()
        defer { sandbox.remove() }
        // Pending: 2 (3 days), 8 (two weeks), 13 (six weeks).
        #expect(summary.backlog == .init(pending: 3, olderThanWeek: 2, olderThanMonth: 1, oldestSentAt: "2026-10-14T19:48:00"))
    }

    @Test func whatTheIgnoredHadInCommon() throws {
        let (sandbox, summary) = try summary()
        defer { sandbox.remove() }
        // Ignored this week: 4 (stock note), 6 (sales pitch), 7 (false colleague claim).
        #expect(summary.ignored.count == 3)
        #expect(summary.ignored.topReasons == [
            .init(code: "stranger_no_rationale", count: 3), .init(code: "generic_message", count: 2),
            .init(code: "false_claim", count: 1), .init(code: "sales_pitch", count: 1),
        ])
        #expect(summary.ignored.genericShare == 2.0 / 3.0)
        #expect(summary.ignored.falseClaimsByKind == [.init(code: "colleague", count: 1)])
    }

    @Test func linkedInToDoListsEveryAcceptedNotConnected() throws {
        let (sandbox, summary) = try summary()
        defer { sandbox.remove() }
        #expect(summary.linkedInToDo.count == 5)
        #expect(Set(summary.linkedInToDo.map(\.id)) == [1, 3, 5, 9, 12])
        // Oldest decision first: 9 was accepted last week.
        #expect(summary.linkedInToDo.first == .init(id: 9, name: "Hugo Brandt", profileUrl: "https://www.linkedin.com/in/hugo-brandt",
                                                    decidedAt: DecisionsFixture.lastWednesday))
    }

    @Test func trendCoversTheEightWeeksBeforeAndThisOne() throws {
        let (sandbox, summary) = try summary()
        defer { sandbox.remove() }
        #expect(summary.trend == [
            .init(week: "2026-W40", received: 0, accepted: 0, ignored: 0),
            .init(week: "2026-W41", received: 0, accepted: 0, ignored: 0),
            .init(week: "2026-W42", received: 1, accepted: 0, ignored: 0),
            .init(week: "2026-W43", received: 0, accepted: 0, ignored: 0),
            .init(week: "2026-W44", received: 2, accepted: 0, ignored: 0),
            .init(week: "2026-W45", received: 1, accepted: 0, ignored: 0),
            .init(week: "2026-W46", received: 2, accepted: 0, ignored: 0),
            // Decided last week: 9 accepted; 10, 11 and (in bulk) 14, 15 ignored.
            .init(week: "2026-W47", received: 5, accepted: 1, ignored: 4),
            .init(week: "2026-W48", received: 2, accepted: 4, ignored: 3),
        ])
    }

    @Test func agreementCountsOnlyDecisionsMadeOneByOne() throws {
        let (sandbox, summary) = try summary()
        defer { sandbox.remove() }
        // Single: 9 1 3 (accept, agreed), 10 11 4 6 7 (ignore, agreed), 12 (ignore, accepted:
        // disagreed), 5 (review). The bulk ignore of 14 and 15 does not count.
        let agreement = summary.agreement
        #expect(agreement.decisions == 10)
        #expect(agreement.suggestedAcceptOrIgnore == 9)
        #expect(agreement.agreed == 8)
        #expect(agreement.rate == 8.0 / 9.0)
        #expect(agreement.reviewShare == 0.1)
    }

    @Test func agreementPerReasonCode() throws {
        let (sandbox, summary) = try summary()
        defer { sandbox.remove() }
        #expect(summary.agreement.byCode == [
            .init(code: "stranger_no_rationale", decisions: 6, agreed: 5, rate: 5.0 / 6.0),
            .init(code: "generic_message", decisions: 5, agreed: 4, rate: 4.0 / 5.0),
            .init(code: "met_before", decisions: 3, agreed: 3, rate: 1),
            .init(code: "personal_note", decisions: 3, agreed: 3, rate: 1),
            .init(code: "false_claim", decisions: 1, agreed: 1, rate: 1),
            .init(code: "sales_pitch", decisions: 1, agreed: 1, rate: 1),
        ])
    }
}
