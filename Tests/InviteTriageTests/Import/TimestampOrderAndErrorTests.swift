import Testing
@testable import InviteTriage

/// Day/month order of slash dates, what a date says about it, refused dates, and the range
/// check for event times.
@Suite struct TimestampOrderAndErrorTests {
    @Test func dayFirstOrderSwapsSlashDates() {
        #expect(parsedText("25/12/2025, 14:30", order: .dayFirst) == "2025-12-25T14:30:00")
        #expect(parsedText("3/4/26, 9:00 AM", order: .dayFirst) == "2026-04-03T09:00:00")
        #expect(parsedText("3/4/26, 9:00 AM", order: .monthFirst) == "2026-03-04T09:00:00")
    }

    @Test func orderEvidenceFromAnImpossibleMonth() {
        #expect(TimestampParser.orderEvidence("25/12/2025, 14:30") == .dayFirst)
        #expect(TimestampParser.orderEvidence("13/1/26") == .dayFirst)
        #expect(TimestampParser.orderEvidence("12/25/25, 2:30 PM") == .monthFirst)
        #expect(TimestampParser.orderEvidence("1/13/26") == .monthFirst)
    }

    @Test func noOrderEvidenceWhenBothFitOrNeither() {
        #expect(TimestampParser.orderEvidence("3/4/26, 9:00 AM") == nil)
        #expect(TimestampParser.orderEvidence("12/12/26") == nil)
        #expect(TimestampParser.orderEvidence("31/31/26") == nil)
    }

    @Test func noOrderEvidenceFromOtherForms() {
        #expect(TimestampParser.orderEvidence("2026-11-20T09:00:00") == nil)
        #expect(TimestampParser.orderEvidence("25 Dec 2025") == nil)
        #expect(TimestampParser.orderEvidence("25-Dec-25") == nil)
        #expect(TimestampParser.orderEvidence("") == nil)
    }

    @Test func thirtyFirstOfFebruaryIsRefused() {
        #expect(parseProblem("2/31/26, 9:00 AM") != nil)
        #expect(parseProblem("31/2/26, 9:00 AM", order: .dayFirst) != nil)
        #expect(parseProblem("2026-02-31T10:00:00") != nil)
        #expect(parseProblem("31 Feb 2026") != nil)
    }

    @Test func leapDayOnlyInLeapYears() {
        #expect(parsedText("2/29/28, 9:00 AM") == "2028-02-29T09:00:00")
        #expect(parseProblem("2/29/26, 9:00 AM") != nil)
    }

    @Test func yearZeroIsRefused() {
        #expect(parseProblem("0000-01-01T00:00:00") != nil)
    }

    @Test(arguments: ["", "   ", "garbage", "not a date", "11/24", "11/24/26, 8:12 XM", "11/24/26, 13:00 PM",
                      "11/24/26, 0:30 AM", "11/24/26, 8:61 AM", "25:00", "2026-11-24T25:00:00", "!!!", "Foo 3, 2026",
                      "2026-11-24T08:12:00 tomorrow"])
    func garbageIsRefused(text: String) {
        #expect(parseProblem(text) != nil)
    }

    @Test func problemQuotesTheDate() throws {
        let message = try #require(parseProblem("2/31/26, 9:00 AM"))
        #expect(message.contains("\"2/31/26, 9:00 AM\""))
    }

    @Test func eventTimeAcceptsFrom2002ToNextYear() throws {
        let clock = testClock()
        #expect(try TimestampParser.eventTime("1/1/02, 12:00 AM", order: .monthFirst, clock: clock).get().year == 2002)
        #expect(try TimestampParser.eventTime("12/31/27, 11:59 PM", order: .monthFirst, clock: clock).get().year == 2027)
    }

    @Test(arguments: ["12/31/01, 11:59 PM", "1/1/28, 12:00 AM", "9999-12-31T23:59:59", "9999-01-01", "1970-01-01T00:00:00Z", "0"])
    func eventTimeRefusesYearsOutsideTheRange(text: String) {
        let result = TimestampParser.eventTime(text, order: .monthFirst, clock: testClock())
        guard case .failure(let problem) = result else {
            Issue.record("\(text) was accepted as \(result)")
            return
        }
        #expect(problem.message.contains("outside 2002–2027"))
    }

    @Test func eventTimeConvertsZonedTimesWithTheClocksZone() throws {
        let value = try TimestampParser.eventTime("2026-07-14 18:04:45 UTC", order: .monthFirst, clock: testClock()).get()
        #expect(value.text == "2026-07-14T20:04:45")
    }
}
