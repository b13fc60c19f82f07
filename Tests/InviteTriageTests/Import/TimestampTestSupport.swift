import Foundation
@testable import InviteTriage

let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
let utc = TimeZone(identifier: "UTC")!

/// The stored text of a parsed time, or nil when the parser refused it.
func parsedText(_ text: String, order: DayMonthOrder = .monthFirst, zone: TimeZone = amsterdam) -> String? {
    try? TimestampParser.parse(text, order: order, zone: zone).get().text
}

/// The parser's complaint, or nil when it accepted the text.
func parseProblem(_ text: String, order: DayMonthOrder = .monthFirst, zone: TimeZone = amsterdam) -> String? {
    if case .failure(let problem) = TimestampParser.parse(text, order: order, zone: zone) { return problem.message }
    return nil
}

/// "Now" as the end-to-end tests set it: 26 Nov 2026 in Amsterdam.
func testClock() -> Clock {
    Clock(now: LocalDateTime(year: 2026, month: 11, day: 26, hour: 9)!, zone: amsterdam)
}
