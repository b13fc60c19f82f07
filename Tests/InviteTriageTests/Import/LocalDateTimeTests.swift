import Foundation
import Testing
@testable import InviteTriage

/// The zone-less wall-clock time every stored time is.
@Suite struct LocalDateTimeTests {
    @Test func textRoundTrip() throws {
        let value = try #require(LocalDateTime(text: "2026-11-24T08:12:05"))
        #expect((value.year, value.month, value.day, value.hour, value.minute, value.second) == (2026, 11, 24, 8, 12, 5))
        #expect(value.text == "2026-11-24T08:12:05")
        #expect(value.dateText == "2026-11-24")
        #expect(LocalDateTime(text: value.text) == value)
    }

    @Test func dateAloneIsMidnight() {
        #expect(LocalDateTime(text: "2026-11-24")?.text == "2026-11-24T00:00:00")
    }

    @Test func textIsZeroPadded() {
        #expect(LocalDateTime(year: 987, month: 1, day: 2, hour: 3, minute: 4, second: 5)?.text == "0987-01-02T03:04:05")
    }

    @Test(arguments: ["", "2026-11", "2026-11-24T08:12", "2026-02-30", "2026-13-01", "2026-11-24T24:00:00", "0000-01-01", "yesterday"])
    func badTextIsNil(text: String) {
        #expect(LocalDateTime(text: text) == nil)
    }

    @Test func impossibleComponentsAreNil() {
        #expect(LocalDateTime(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDateTime(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDateTime(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDateTime(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDateTime(year: 2026, month: 4, day: 31) == nil)
        #expect(LocalDateTime(year: 10_000, month: 1, day: 1) == nil)
        #expect(LocalDateTime(year: 2026, month: 1, day: 1, minute: 60) == nil)
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() throws {
        let start = try #require(LocalDateTime(year: 2028, month: 2, day: 28, hour: 13, minute: 5))
        #expect(start.adding(days: 1).text == "2028-02-29T13:05:00")
        #expect(start.adding(days: 2).text == "2028-03-01T13:05:00")
        #expect(start.adding(days: 0) == start)
        #expect(try #require(LocalDateTime(year: 2026, month: 12, day: 31)).adding(days: 1).text == "2027-01-01T00:00:00")
        #expect(try #require(LocalDateTime(year: 2026, month: 3, day: 1)).adding(days: -1).text == "2026-02-28T00:00:00")
        #expect(try #require(LocalDateTime(year: 2026, month: 11, day: 26)).adding(days: -365).text == "2025-11-26T00:00:00")
        #expect(try #require(LocalDateTime(year: 2026, month: 11, day: 26)).adding(days: 36_525).text == "2126-11-27T00:00:00")
    }

    @Test func secondsUntilAnotherTime() throws {
        let a = try #require(LocalDateTime(year: 2026, month: 11, day: 24, hour: 8, minute: 12))
        let b = try #require(LocalDateTime(year: 2026, month: 11, day: 26, hour: 9))
        #expect(a.seconds(until: b) == 2 * 86_400 + 48 * 60)
        #expect(b.seconds(until: a) == -(2 * 86_400 + 48 * 60))
        #expect(a.seconds(until: a) == 0)
        let newYear = try #require(LocalDateTime(year: 2027, month: 1, day: 1))
        let eve = try #require(LocalDateTime(year: 2026, month: 12, day: 31, hour: 23, minute: 59, second: 59))
        #expect(eve.seconds(until: newYear) == 1)
    }

    @Test(arguments: [
        (2026, 11, 23, 1), (2026, 11, 26, 4), (2026, 11, 29, 7), (2026, 11, 30, 1),
        (2000, 1, 1, 6), (2024, 2, 29, 4), (1970, 1, 1, 4), (2027, 1, 1, 5),
    ])
    func isoWeekday(year: Int, month: Int, day: Int, expected: Int) throws {
        #expect(try #require(LocalDateTime(year: year, month: month, day: day)).isoWeekday == expected)
    }

    @Test func ordering() throws {
        let earlier = try #require(LocalDateTime(text: "2026-11-24T08:12:00"))
        let later = try #require(LocalDateTime(text: "2026-11-24T08:12:01"))
        #expect(earlier < later)
        #expect(earlier.text < later.text)
    }

    @Test func instantRoundTripInAZone() throws {
        let value = try #require(LocalDateTime(text: "2026-07-14T20:04:45"))
        let instant = value.date(in: amsterdam)
        #expect(instant == Date(timeIntervalSince1970: 1_784_052_285))
        #expect(LocalDateTime(instant, in: amsterdam) == value)
        #expect(LocalDateTime(instant, in: utc).text == "2026-07-14T18:04:45")
    }
}
