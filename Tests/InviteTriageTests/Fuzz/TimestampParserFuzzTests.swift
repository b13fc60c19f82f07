import Foundation
import Testing
@testable import InviteTriage

/// Random dates built from the parser's own tokens (numbers of any length, month names,
/// separators, zones, AM/PM) and stray Unicode: a valid wall-clock time or a
/// `TimestampProblem`, never a crash, in every zone and both day/month orders.
@Suite struct TimestampParserFuzzTests {
    static let iterations = 12_000
    static let pieces = ["/", "-", ":", ",", ".", " ", "T", "Z", "+", "UTC", "GMT", "AM", "PM", "am", "\u{202F}", "\u{00A0}", "Feb", "sept",
                         "December", "Mon", "٣", "１", "😀", "\u{1B}", "\0", "e", "0000", "9999", "31", "29", "24", "60", "-14:00", "+99"]
    static let zones = ["UTC", "Europe/Amsterdam", "Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu"].compactMap(TimeZone.init(identifier:))

    static func randomText(_ random: inout FuzzRandom) -> String {
        var text = ""
        for _ in 0..<random.below(12) {
            if random.chance(45) {
                let digits = 1 + random.below(random.chance(10) ? 30 : 4)
                text += String((0..<digits).map { _ in Character(String(random.below(10))) })
            } else {
                text += random.pick(pieces)
            }
        }
        return text
    }

    static func isValid(_ value: LocalDateTime) -> Bool {
        (1...12).contains(value.month) && (1...31).contains(value.day) && (0...23).contains(value.hour)
            && (0...59).contains(value.minute) && (0...59).contains(value.second)
    }

    @Test func randomDatesParseToValidTimesOrAProblem() {
        var random = FuzzRandom(seed: 0x7153_0001)
        var invalid: [String] = []
        var parsed = 0
        let clock = Clock(now: LocalDateTime(year: 2026, month: 11, day: 26, hour: 9)!, zone: Self.zones[1])
        for _ in 0..<Self.iterations {
            let text = Self.randomText(&random)
            for order in [DayMonthOrder.monthFirst, .dayFirst] {
                let zone = random.pick(Self.zones)
                if case .success(let value) = TimestampParser.parse(text, order: order, zone: zone) {
                    parsed += 1
                    if !Self.isValid(value) { invalid.append("\(text.debugDescription) → \(value.text)") }
                }
                if case .success(let value) = TimestampParser.eventTime(text, order: order, clock: clock) {
                    if value.year < 2002 || value.year > 2027 || !Self.isValid(value) { invalid.append("event \(text.debugDescription) → \(value.text)") }
                }
                _ = TimestampParser.orderEvidence(text)
            }
        }
        #expect(invalid.isEmpty, "\(invalid.prefix(10))")
        #expect(parsed > 0, "nothing parsed: the generator makes no dates")
    }

    @Test func extremeEpochsAndYearsAreRefusedAsEvents() {
        let clock = Clock(now: LocalDateTime(year: 2026, month: 11, day: 26, hour: 9)!, zone: Self.zones[0])
        for text in ["0", "1", "999999999999999", "9999999999999999", String(repeating: "9", count: 40), "-1", "1e30",
                     "0000-01-01T00:00:00", "9999-12-31T23:59:59Z", "2026-02-31", "2026-02-29", "12/31/9999, 9:00 AM", "1/1/0000, 9:00 AM"] {
            if case .success(let value) = TimestampParser.eventTime(text, order: .monthFirst, clock: clock) {
                Issue.record("\(text) accepted as an event time: \(value.text)")
            }
        }
    }
}
