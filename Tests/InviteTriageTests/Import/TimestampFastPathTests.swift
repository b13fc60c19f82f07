import Foundation
import Testing
@testable import InviteTriage

/// The parser's shortcuts give what the general path gives: zoned times converted by
/// arithmetic as Foundation's calendar converts them, slash dates' order read from bytes as
/// from tokens.
@Suite struct TimestampFastPathTests {
    static let zones = ["UTC", "Europe/Amsterdam", "America/New_York", "America/St_Johns", "Asia/Kolkata", "Australia/Lord_Howe",
                        "Pacific/Chatham", "America/Sao_Paulo", "Africa/Casablanca"].map { TimeZone(identifier: $0)! }

    @Test func zonedTimesAreConvertedAsByTheCalendar() {
        var random = FuzzRandom(seed: 0x7_1AE)
        var different: [String] = []
        for index in 0..<20_000 {
            let zone = Self.zones[index % Self.zones.count]
            // Years around now, and any year since 1900 now and then.
            let year = index % 10 == 0 ? 1900 + random.below(200) : 2000 + random.below(30)
            let text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@", year, 1 + random.below(12), 1 + random.below(28), random.below(24),
                              random.below(60), random.below(60), random.pick(["Z", " UTC", "+02:00", "-05:30", "+14:00", "-0945"]))
            let parsed = try? TimestampParser.parse(text, order: .monthFirst, zone: zone).get()
            guard let parsed else { different.append("\(text) unread"); continue }
            let reference = Self.calendarConversion(text, zone: zone)
            if parsed != reference { different.append("\(text) in \(zone.identifier): \(parsed) against \(reference)") }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(5))")
    }

    /// The conversion as it was made before: through Foundation's calendar both ways.
    private static func calendarConversion(_ text: String, zone: TimeZone) -> LocalDateTime {
        let offsetText = text.hasSuffix("Z") ? "" : text.hasSuffix(" UTC") ? "" : String(text.suffix(text.contains(":", after: 19) ? 6 : 5))
        let local = LocalDateTime(text: String(text.prefix(19)))!
        var offset = 0
        if !offsetText.isEmpty {
            let sign = offsetText.hasPrefix("-") ? -1 : 1
            let digits = offsetText.filter(\.isNumber)
            offset = sign * (Int(digits.prefix(2))! * 3600 + Int(digits.suffix(2))! * 60)
        }
        return LocalDateTime(local.date(in: TimeZone(secondsFromGMT: 0)!).addingTimeInterval(TimeInterval(-offset)), in: zone)
    }

    @Test func slashDateOrderIsReadFromBytesAsFromTokens() {
        var random = FuzzRandom(seed: 0x5_1A5)
        let pieces = ["1", "12", "13", "31", "7", "2026", "26", "0", "00012", "1234567890", "/", "/", " ", ",", "-", "a", "é", "\u{00A0}", "PM",
                      "Nov", ":", ".", "T", "@", "[", "\t"]
        for _ in 0..<20_000 {
            let text = (0..<random.below(7)).map { _ in random.pick(pieces) }.joined()
            #expect(TimestampParser.orderEvidence(text) == Self.tokenOrder(text), "\(text.debugDescription)")
        }
        #expect(TimestampParser.orderEvidence("24/11/26, 3:35 PM") == .dayFirst)
        #expect(TimestampParser.orderEvidence("11/24/26, 3:35 PM") == .monthFirst)
        #expect(TimestampParser.orderEvidence("11/12/26, 3:35 PM") == nil)
    }

    @Test func linkedInsOwnFormIsReadFromBytesAsFromTokens() {
        var random = FuzzRandom(seed: 0x11_2426)
        let numbers = ["1", "3", "9", "11", "12", "13", "24", "29", "30", "31", "00", "0", "59", "60", "26", "69", "70", "2026", "1999", "026", "123"]
        let glue = [" ", ", ", ",", "/", ":", " PM", " AM", " pm", " aM", "PM", " XM", " P", "\u{202F}PM", "\u{00A0}AM", ".5", " UTC", ""]
        var different: [String] = []
        for index in 0..<40_000 {
            // Mostly well-formed dates with one thing changed, and some random runs.
            var text = "\(random.pick(numbers))/\(random.pick(numbers))/\(random.pick(numbers)), \(random.pick(numbers)):\(random.pick(numbers))"
                + (random.chance(30) ? ":\(random.pick(numbers))" : "") + random.pick([" AM", " PM", " pm", "", " am"])
            if index % 3 == 0 { text = (0..<random.below(10)).map { _ in random.chance(50) ? random.pick(numbers) : random.pick(glue) }.joined() }
            if index % 5 == 1 { text += random.pick(glue) }
            for order in [DayMonthOrder.monthFirst, .dayFirst] {
                let fast = TimestampParser.parse(text, order: order, zone: amsterdam)
                let general = TimestampParser.parseInGeneral(text, order: order, zone: amsterdam)
                if fast != general { different.append("\(text.debugDescription) \(order): \(fast) against \(general)") }
            }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(5))")
        #expect(parsedText("11/24/26, 3:35 PM") == "2026-11-24T15:35:00")
        #expect(parsedText("24/11/2026, 12:05:09 am", order: .dayFirst) == "2026-11-24T00:05:09")
    }

    /// Connections' `24 Nov 2026` and messages' `2026-11-24 15:35:00 UTC`, read from bytes.
    @Test func connectionAndMessageFormsAreReadFromBytesAsFromTokens() {
        var random = FuzzRandom(seed: 0x24_2026)
        let numbers = ["1", "7", "9", "24", "29", "30", "31", "00", "0", "02", "12", "13", "59", "60", "23", "24", "2026", "1899", "1900", "26", "123"]
        let months = ["Nov", "nov", "NOV", "Feb", "may", "Sep", "Sept", "Xyz", "No", "Ñov", "June"]
        let glue = [" ", "  ", "-", ":", "/", ",", "T", " UTC", " utc", " UtC", " UTX", " GMT", "Z", "+01:00", "\u{00A0}", ".5", ""]
        var different: [String] = []
        for index in 0..<40_000 {
            let n = { random.pick(numbers) }
            var text = index % 2 == 0
                ? "\(n()) \(random.pick(months)) \(n())"
                : "\(n())-\(n())-\(n()) \(n()):\(n()):\(n())" + random.pick([" UTC", " utc", " UTC", ""])
            if index % 3 == 0 { text = (0..<random.below(9)).map { _ in random.chance(50) ? random.pick(numbers + months) : random.pick(glue) }.joined() }
            if index % 7 == 1 { text += random.pick(glue) }
            let zone = Self.zones[index % Self.zones.count]
            let fast = TimestampParser.parse(text, order: .monthFirst, zone: zone)
            let general = TimestampParser.parseInGeneral(text, order: .monthFirst, zone: zone)
            if fast != general { different.append("\(text.debugDescription) \(zone.identifier): \(fast) against \(general)") }
            if TimestampParser.orderEvidence(text) != Self.tokenOrder(text) { different.append("order of \(text.debugDescription)") }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(5))")
        #expect(parsedText("24 Nov 2026") == "2026-11-24T00:00:00")
        #expect(parsedText("2026-11-24 15:35:00 UTC") == "2026-11-24T16:35:00")
    }

    /// `orderEvidence` as it was: from the first five tokens.
    private static func tokenOrder(_ text: String) -> DayMonthOrder? {
        let tokens = TimestampParser.tokenize(text, limit: 5)
        guard tokens.count >= 5, case .number(let first, _) = tokens[0], tokens[1] == .separator("/"),
              case .number(let second, _) = tokens[2], tokens[3] == .separator("/") else { return nil }
        if first > 12, second <= 12 { return .dayFirst }
        if second > 12, first <= 12 { return .monthFirst }
        return nil
    }
}

private extension String {
    /// Whether `character` occurs after the first `offset` characters.
    func contains(_ character: Character, after offset: Int) -> Bool { dropFirst(offset).contains(character) }
}
