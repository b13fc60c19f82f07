import Foundation
import Testing
@testable import InviteTriage

/// Zoned inputs (UTC message dates, ISO offsets, epoch times) become wall-clock time in the
/// given zone, daylight saving time included.
@Suite struct TimestampZoneTests {
    @Test func messagesUTCDateInWinterIsOneHourAhead() {
        #expect(parsedText("2026-11-08 10:22:15 UTC") == "2026-11-08T11:22:15")
    }

    @Test func messagesUTCDateInSummerIsTwoHoursAhead() {
        #expect(parsedText("2026-07-14 18:04:45 UTC") == "2026-07-14T20:04:45")
    }

    @Test func springForwardInAmsterdam() {
        // Summer time begins 29 March 2026 at 01:00 UTC.
        #expect(parsedText("2026-03-29 00:59:00 UTC") == "2026-03-29T01:59:00")
        #expect(parsedText("2026-03-29 01:00:00 UTC") == "2026-03-29T03:00:00")
    }

    @Test func fallBackInAmsterdam() {
        // Summer time ends 25 October 2026 at 01:00 UTC: 02:30 happens twice.
        #expect(parsedText("2026-10-25 00:30:00 UTC") == "2026-10-25T02:30:00")
        #expect(parsedText("2026-10-25 01:30:00 UTC") == "2026-10-25T02:30:00")
        #expect(parsedText("2026-10-25 02:30:00 UTC") == "2026-10-25T03:30:00")
    }

    @Test func isoWithZ() {
        #expect(parsedText("2026-11-21T09:12:00Z") == "2026-11-21T10:12:00")
        #expect(parsedText("2026-10-19T15:55:00Z") == "2026-10-19T17:55:00")
    }

    @Test func isoWithNumericOffsets() {
        #expect(parsedText("2026-11-21T09:12:00+02:00") == "2026-11-21T08:12:00")
        #expect(parsedText("2026-11-21T09:12:00-05:00") == "2026-11-21T15:12:00")
        #expect(parsedText("2026-11-21T09:12:00+0530") == "2026-11-21T04:42:00")
        #expect(parsedText("2026-11-21T09:12:00.250+01:00") == "2026-11-21T09:12:00")
    }

    @Test func zonedTimeCanCrossMidnight() {
        #expect(parsedText("2026-12-31T23:30:00Z") == "2027-01-01T00:30:00")
    }

    @Test func utcZoneLeavesTheTimeAlone() {
        #expect(parsedText("2026-07-14 18:04:45 UTC", zone: utc) == "2026-07-14T18:04:45")
    }

    @Test func epochMillisecondsAreAnInstant() {
        // 1783583409545 ms = 2026-07-09T07:50:09.545Z, summer time in Amsterdam.
        #expect(parsedText("1783583409545") == "2026-07-09T09:50:09")
        #expect(parsedText("1783583409545", zone: utc) == "2026-07-09T07:50:09")
    }

    @Test func epochSecondsAreAnInstantToo() {
        #expect(parsedText("1783583409", zone: utc) == "2026-07-09T07:50:09")
    }

    @Test func outOfRangeOffsetIsRefused() {
        #expect(parsedText("2026-11-21T09:12:00+15:00") == nil)
        #expect(parsedText("2026-11-21T09:12:00+02:60") == nil)
    }
}
