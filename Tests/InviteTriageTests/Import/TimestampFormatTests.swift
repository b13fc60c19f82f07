import Testing
@testable import InviteTriage

/// The wall-clock formats exports write; times without a zone are kept exactly as written.
@Suite struct TimestampFormatTests {
    @Test(arguments: [
        ("11/24/26, 8:12 AM", "2026-11-24T08:12:00"),
        ("11/23/26, 4:47 PM", "2026-11-23T16:47:00"),
        ("1/8/18, 6:14 PM", "2018-01-08T18:14:00"),
        ("6/26/26, 11:47 PM", "2026-06-26T23:47:00"),
        ("11/24/26 8:12 AM", "2026-11-24T08:12:00"),
        ("11/24/26, 8:12 am", "2026-11-24T08:12:00"),
    ])
    func linkedInSentAt(text: String, expected: String) {
        #expect(parsedText(text) == expected)
    }

    @Test func twelveAMIsMidnightAndTwelvePMIsNoon() {
        #expect(parsedText("3/1/26, 12:00 AM") == "2026-03-01T00:00:00")
        #expect(parsedText("3/1/26, 12:59 AM") == "2026-03-01T00:59:00")
        #expect(parsedText("3/1/26, 12:00 PM") == "2026-03-01T12:00:00")
        #expect(parsedText("3/1/26, 12:30 PM") == "2026-03-01T12:30:00")
    }

    @Test func noBreakAndNarrowNoBreakSpacesBeforeAMPM() {
        #expect(parsedText("11/24/26, 8:12\u{00A0}AM") == "2026-11-24T08:12:00")
        #expect(parsedText("11/24/26, 8:12\u{202F}PM") == "2026-11-24T20:12:00")
        #expect(parsedText("11/24/26,\u{00A0}8:12\u{202F}PM") == "2026-11-24T20:12:00")
    }

    @Test func secondsAndFourDigitYears() {
        #expect(parsedText("11/24/26, 8:12:45 AM") == "2026-11-24T08:12:45")
        #expect(parsedText("11/24/2026, 8:12 PM") == "2026-11-24T20:12:00")
        #expect(parsedText("11/24/2026 20:12:07") == "2026-11-24T20:12:07")
    }

    @Test func twentyFourHourClockWithoutAMPM() {
        #expect(parsedText("11/24/26, 14:30") == "2026-11-24T14:30:00")
    }

    @Test func twoDigitYearsBelowSeventyAreThisCentury() {
        #expect(parsedText("1/2/69, 1:00 AM") == "2069-01-02T01:00:00")
        #expect(parsedText("1/2/70, 1:00 AM") == "1970-01-02T01:00:00")
    }

    @Test(arguments: [
        ("08 Nov 2026", "2026-11-08T00:00:00"),
        ("8 November 2026", "2026-11-08T00:00:00"),
        ("18 Sep 2024", "2024-09-18T00:00:00"),
        ("9-Sep-22", "2022-09-09T00:00:00"),
        ("4-Apr-21", "2021-04-04T00:00:00"),
        ("25-Dec-2025", "2025-12-25T00:00:00"),
        ("Feb 17, 1998", "1998-02-17T00:00:00"),
    ])
    func dayMonthNameForms(text: String, expected: String) {
        #expect(parsedText(text) == expected)
    }

    @Test func monthNamesIgnoreTheDayMonthOrder() {
        #expect(parsedText("04 Mar 2026", order: .dayFirst) == "2026-03-04T00:00:00")
        #expect(parsedText("04 Mar 2026", order: .monthFirst) == "2026-03-04T00:00:00")
    }

    @Test func isoWithoutOffsetIsKeptAsWrittenInAnyZone() {
        #expect(parsedText("2026-11-20T09:00:00", zone: amsterdam) == "2026-11-20T09:00:00")
        #expect(parsedText("2026-11-20T09:00:00", zone: utc) == "2026-11-20T09:00:00")
        #expect(parsedText("2026-11-20 09:00", zone: amsterdam) == "2026-11-20T09:00:00")
        #expect(parsedText("2026-11-20", zone: amsterdam) == "2026-11-20T00:00:00")
    }

    @Test func fractionalSecondsAreDropped() {
        #expect(parsedText("2026-11-20T09:00:05.123") == "2026-11-20T09:00:05")
        #expect(parsedText("2026-11-20T09:00:05.999Z", zone: utc) == "2026-11-20T09:00:05")
    }
}
