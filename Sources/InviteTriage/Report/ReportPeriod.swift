/// The stretch of time a summary covers: an ISO week (Monday 00:00 to the next Monday, local
/// time) or the days since a date.
public struct ReportPeriod: Sendable, Equatable {
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var label: String

    /// The ISO week holding `time`.
    public static func week(of time: LocalDateTime) -> ReportPeriod {
        var monday = time.adding(days: 1 - time.isoWeekday)
        (monday.hour, monday.minute, monday.second) = (0, 0, 0)
        let thursday = monday.adding(days: 3)
        let januaryFirst = LocalDateTime(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.dayNumber - januaryFirst.dayNumber) / 7 + 1
        return ReportPeriod(start: monday, end: monday.adding(days: 7), label: "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)")
    }

    /// `2026-W47`.
    public static func parseWeek(_ text: String) -> ReportPeriod? {
        let parts = text.uppercased().split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()),
              (1...53).contains(week), let january4 = LocalDateTime(year: year, month: 1, day: 4) else { return nil }
        let period = Self.week(of: Self.week(of: january4).start.adding(days: 7 * (week - 1)))
        return period.label == "\(year)-W\(week < 10 ? "0" : "")\(week)" ? period : nil
    }

    /// From `date` up to and including `now` (the end is exclusive, so it lies a second later).
    public static func since(_ date: LocalDateTime, until now: LocalDateTime) -> ReportPeriod {
        ReportPeriod(start: date, end: now.adding(seconds: 1), label: "since \(date.dateText)")
    }

    /// The week holding this period's last moment and the `count` weeks before it, oldest
    /// first: a trend ends where the period ends (`--since` a month ago ends this week).
    public func trendWeeks(_ count: Int) -> [ReportPeriod] {
        let last = Self.week(of: end.adding(seconds: -1))
        return (0...max(1, count)).reversed().map { Self.week(of: last.start.adding(days: -7 * $0)) }
    }
}
