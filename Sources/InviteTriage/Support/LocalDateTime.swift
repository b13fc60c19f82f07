import Foundation

/// A wall-clock time with no zone, as LinkedIn exports write them. Stored as
/// `YYYY-MM-DDTHH:MM:SS` text, which sorts in time order.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDateTime.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    /// Parses the stored form `YYYY-MM-DDTHH:MM:SS` (also `YYYY-MM-DD` as midnight).
    public init?(text: String) {
        // The stored form itself, 19 bytes, is read in place: a rescore reads one per row.
        if let stored = Self.storedFields(text) {
            self.init(year: stored[0], month: stored[1], day: stored[2], hour: stored[3], minute: stored[4], second: stored[5])
            return
        }
        let digits = text.utf8.split(whereSeparator: { !(48...57).contains($0) }).map { Int(String(decoding: $0, as: UTF8.self)) ?? -1 }
        guard digits.count == 3 || digits.count == 6 else { return nil }
        let time = digits.count == 6 ? Array(digits[3...]) : [0, 0, 0]
        self.init(year: digits[0], month: digits[1], day: digits[2], hour: time[0], minute: time[1], second: time[2])
    }

    /// The six numbers of `YYYY-MM-DDTHH:MM:SS` exactly; nil for any other text.
    private static func storedFields(_ text: String) -> [Int]? {
        var text = text
        return text.withUTF8 { bytes -> [Int]? in
            guard bytes.count == 19 else { return nil }
            var fields: [Int] = []
            fields.reserveCapacity(6)
            var value = 0
            for (index, byte) in bytes.enumerated() {
                let separator: UInt8? = switch index {
                case 4, 7: UInt8(ascii: "-")
                case 10: UInt8(ascii: "T")
                case 13, 16: UInt8(ascii: ":")
                default: nil
                }
                if let separator {
                    guard byte == separator else { return nil }
                    fields.append(value)
                    value = 0
                } else {
                    guard (48...57).contains(byte) else { return nil }
                    value = value * 10 + Int(byte - 48)
                }
            }
            fields.append(value)
            return fields
        }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The wall-clock time in `zone` of an absolute instant.
    public init(_ date: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        self.year = parts.year ?? 1970
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
        self.hour = parts.hour ?? 0
        self.minute = parts.minute ?? 0
        self.second = parts.second ?? 0
    }

    /// The instant this wall-clock time names in `zone`.
    public func date(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }

    public var text: String {
        let twoDigits = 0...99
        guard (0...9999).contains(year), twoDigits.contains(month), twoDigits.contains(day), twoDigits.contains(hour),
              twoDigits.contains(minute), twoDigits.contains(second) else {
            return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        }
        // Written as 19 bytes: every stored row needs this text, some twice.
        return String(unsafeUninitializedCapacity: 19) { bytes in
            func put(_ value: Int, width: Int, at offset: Int, then separator: UInt8?) {
                var rest = value
                for index in (offset..<offset + width).reversed() {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                if let separator { bytes[offset + width] = separator }
            }
            put(year, width: 4, at: 0, then: UInt8(ascii: "-"))
            put(month, width: 2, at: 5, then: UInt8(ascii: "-"))
            put(day, width: 2, at: 8, then: UInt8(ascii: "T"))
            put(hour, width: 2, at: 11, then: UInt8(ascii: ":"))
            put(minute, width: 2, at: 14, then: UInt8(ascii: ":"))
            put(second, width: 2, at: 17, then: nil)
            return 19
        }
    }

    public var dateText: String { String(text.prefix(10)) }
    public var description: String { text }

    /// Days since 0000-03-01, for day arithmetic without a calendar (civil-from-days algorithm).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    public var secondsOfDay: Int { hour * 3600 + minute * 60 + second }

    static let unixEpoch = LocalDateTime(year: 1970, month: 1, day: 1)!

    /// Whole seconds from `self` to `other` (positive when `other` is later).
    public func seconds(until other: LocalDateTime) -> Int {
        (other.dayNumber - dayNumber) * 86_400 + other.secondsOfDay - secondsOfDay
    }

    /// The same wall-clock time shifted by whole days.
    public func adding(days: Int) -> LocalDateTime {
        let n = dayNumber + days
        let era = (n >= 0 ? n : n - 146_096) / 146_097
        let dayOfEra = n - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        var copy = self
        (copy.year, copy.month, copy.day) = (y, m, d)
        return copy
    }

    /// The wall-clock time `seconds` later (earlier when negative).
    public func adding(seconds: Int) -> LocalDateTime {
        let total = secondsOfDay + seconds
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let rest = total - days * 86_400
        var shifted = adding(days: days)
        (shifted.hour, shifted.minute, shifted.second) = (rest / 3600, rest % 3600 / 60, rest % 60)
        return shifted
    }

    /// 1 for Monday … 7 for Sunday.
    public var isoWeekday: Int { ((dayNumber + 2) % 7 + 7) % 7 + 1 }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute, a.second) < (b.year, b.month, b.day, b.hour, b.minute, b.second)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
