import Testing
@testable import InviteTriage

/// ISO weeks: Monday 00:00 to the next Monday; week 1 holds the year's first Thursday, so the
/// days around New Year may belong to the other year's week; some years have a week 53.
@Suite struct ReportPeriodWeekTests {
    private func time(_ text: String) throws -> LocalDateTime {
        try #require(LocalDateTime(text: text))
    }

    @Test(arguments: [
        ("2026-11-26T09:00:00", "2026-W48", "2026-11-23T00:00:00"),
        ("2026-11-23T00:00:00", "2026-W48", "2026-11-23T00:00:00"),  // Monday midnight opens the week
        ("2026-11-29T23:59:59", "2026-W48", "2026-11-23T00:00:00"),  // Sunday night still in it
        ("2026-11-30T00:00:00", "2026-W49", "2026-11-30T00:00:00"),
        ("2026-01-01T12:00:00", "2026-W01", "2025-12-29T00:00:00"),  // a Thursday: W01 starts in December
        ("2025-12-29T00:00:00", "2026-W01", "2025-12-29T00:00:00"),
        ("2025-12-28T23:59:59", "2025-W52", "2025-12-22T00:00:00"),
        ("2027-01-01T08:00:00", "2026-W53", "2026-12-28T00:00:00"),  // a Friday: still 2026's week 53
        ("2027-01-03T23:00:00", "2026-W53", "2026-12-28T00:00:00"),
        ("2027-01-04T00:00:00", "2027-W01", "2027-01-04T00:00:00"),
        ("2021-01-03T10:00:00", "2020-W53", "2020-12-28T00:00:00"),
        ("2024-12-30T10:00:00", "2025-W01", "2024-12-30T00:00:00"),  // a Monday in December, next year's W01
        ("2024-01-01T00:00:00", "2024-W01", "2024-01-01T00:00:00"),
        ("2023-01-01T10:00:00", "2022-W52", "2022-12-26T00:00:00"),  // a Sunday
        ("2028-02-29T10:00:00", "2028-W09", "2028-02-28T00:00:00"),  // leap day
    ])
    func weekOfATime(time text: String, label: String, start: String) throws {
        let period = ReportPeriod.week(of: try time(text))
        #expect(period.label == label)
        #expect(period.start.text == start)
        #expect(period.end == period.start.adding(days: 7))
    }

    @Test(arguments: [
        ("2026-W47", "2026-11-16T00:00:00"),
        ("2026-W01", "2025-12-29T00:00:00"),
        ("2026-W53", "2026-12-28T00:00:00"),
        ("2020-W53", "2020-12-28T00:00:00"),
        ("2015-W53", "2015-12-28T00:00:00"),
        ("2025-W01", "2024-12-30T00:00:00"),
        ("2027-W01", "2027-01-04T00:00:00"),
        ("2026-w47", "2026-11-16T00:00:00"),
    ])
    func parseWeekFindsItsMonday(text: String, start: String) throws {
        let period = try #require(ReportPeriod.parseWeek(text))
        #expect(period.start.text == start)
        #expect(period.label == text.uppercased())
    }

    @Test(arguments: ["2025-W53", "2027-W53", "2026-W00", "2026-W54", "2026-47", "W47", "2026W47", "2026-W47-1", "", "2026-Wx", "abcd-W01"])
    func parseWeekRefusesWhatIsNoISOWeek(text: String) {
        #expect(ReportPeriod.parseWeek(text) == nil)
    }

    @Test func everyWeekOfAYearRoundTrips() throws {
        for year in [2020, 2025, 2026, 2027] {
            let weeks = year == 2020 || year == 2026 ? 53 : 52
            for week in 1...weeks {
                let label = "\(year)-W\(week < 10 ? "0" : "")\(week)"
                let period = try #require(ReportPeriod.parseWeek(label), "\(label)")
                #expect(period.label == label)
                #expect(period.start.isoWeekday == 1)
                #expect(ReportPeriod.week(of: period.start.adding(days: 6)).label == label)
            }
        }
    }

    @Test func trendWeeksEndWithThePeriodsWeekOldestFirst() throws {
        let period = try #require(ReportPeriod.parseWeek("2026-W02"))
        #expect(period.trendWeeks(3).map(\.label) == ["2025-W51", "2025-W52", "2026-W01", "2026-W02"])
    }

    /// `summary --since` a month ago: the trend ends this week, not in the week of the date.
    @Test func trendWeeksOfASincePeriodEndWhereItEnds() throws {
        let period = ReportPeriod.since(try time("2026-11-01"), until: try time("2026-11-26T09:00:00"))
        #expect(period.trendWeeks(2).map(\.label) == ["2026-W46", "2026-W47", "2026-W48"])
    }

    @Test func sinceRunsFromTheDateUntilNowIncluded() throws {
        let now = try time("2026-11-26T09:00:00")
        let period = ReportPeriod.since(try time("2026-11-01"), until: now)
        #expect(period.label == "since 2026-11-01")
        #expect(period.start.text == "2026-11-01T00:00:00")
        // The end is exclusive: a decision made at now is inside.
        #expect(period.end > now)
        #expect(period.end <= now.adding(days: 1))
    }
}
