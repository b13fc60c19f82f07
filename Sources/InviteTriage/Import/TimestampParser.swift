import Foundation

/// Which number comes first in a slash date (`3/4/25`). LinkedIn writes month first; an Excel
/// re-save in a European locale writes day first. Decided per file (see `DateOrderDetector`).
public enum DayMonthOrder: Sendable {
    case monthFirst
    case dayFirst
}

public struct TimestampProblem: Error, Sendable, Equatable {
    public let message: String
}

/// The one date parser: every time an input carries goes through here.
///
/// Accepts `M/D/YY, h:mm AM` (also with a no-break or narrow no-break space, seconds, a
/// four-digit year or a 24-hour clock), `DD Mon YYYY`, `D-Mon-YY`, `Mon D, YYYY`,
/// `YYYY-MM-DD HH:MM:SS UTC`, ISO 8601 with or without offset, and epoch milliseconds.
/// Times without a zone are wall-clock times and kept as they are; zoned times are converted
/// to wall-clock time in `zone`.
public enum TimestampParser {
    public static func parse(_ text: String, order: DayMonthOrder, zone: TimeZone) -> Result<LocalDateTime, TimestampProblem> {
        // LinkedIn's own forms, on every row of its files, read from their bytes.
        var bytes = text
        let time = bytes.withUTF8 { bytes in
            slashDateAndTime(bytes, order: order) ?? dayMonthNameYear(bytes) ?? utcDateAndTime(bytes, zone: zone)
        }
        return time.map(Result.success) ?? parseInGeneral(text, order: order, zone: zone)
    }

    /// Every form, from tokens. `parse` gives the same result faster for `M/D/YY, h:mm AM`.
    static func parseInGeneral(_ text: String, order: DayMonthOrder, zone: TimeZone) -> Result<LocalDateTime, TimestampProblem> {
        let tokens = tokenize(text)
        guard !tokens.isEmpty else { return .failure(TimestampProblem(message: "empty date")) }
        var scanner = TokenScanner(tokens: tokens)
        do {
            let value = try scanner.parseTimestamp(order: order, zone: zone)
            return .success(value)
        } catch let problem as TimestampProblem {
            return .failure(TimestampProblem(message: "\(problem.message) in date \"\(text.prefix(40))\""))
        } catch {
            return .failure(TimestampProblem(message: "unreadable date \"\(text.prefix(40))\""))
        }
    }

    /// A time at which something happened on LinkedIn: parsed, then checked to fall between
    /// 2002 (LinkedIn began in 2003) and next year, so damaged rows are caught.
    public static func eventTime(_ text: String, order: DayMonthOrder, clock: Clock) -> Result<LocalDateTime, TimestampProblem> {
        parse(text, order: order, zone: clock.zone).flatMap { value in
            guard value.year >= 2002, value.year <= clock.now.year + 1 else {
                return .failure(TimestampProblem(message: "date \"\(text.prefix(40))\" is outside 2002–\(clock.now.year + 1)"))
            }
            return .success(value)
        }
    }

    /// What a slash date says about day/month order: `dayFirst` when its first number cannot be
    /// a month, `monthFirst` when its second cannot; nil when both fit or it is no slash date.
    public static func orderEvidence(_ text: String) -> DayMonthOrder? {
        // Every row's date asks: LinkedIn's own `11/24/26, …` is read from its bytes.
        var text = text
        switch text.withUTF8(slashDateStart) {
        case .numbers(let first, let second): return order(first: first, second: second)
        case .none: return nil
        case .undecided: break
        }
        let tokens = tokenize(text, limit: 5)
        guard tokens.count >= 5, case .number(let first, _) = tokens[0], tokens[1] == .separator("/"),
              case .number(let second, _) = tokens[2], tokens[3] == .separator("/") else { return nil }
        return order(first: first, second: second)
    }

    private static func order(first: Int, second: Int) -> DayMonthOrder? {
        if first > 12, second <= 12 { return .dayFirst }
        if second > 12, first <= 12 { return .monthFirst }
        return nil
    }

    /// Exactly `M/D/YY, h:mm AM` in ASCII (one or two digits for month, day and hour, a
    /// two- or four-digit year, optional seconds, `AM`/`PM` in any case or a 24-hour clock);
    /// nil for anything else, or a date or time that does not exist, left to the tokens.
    private static func slashDateAndTime(_ bytes: UnsafeBufferPointer<UInt8>, order: DayMonthOrder) -> LocalDateTime? {
        var index = 0
        func number(_ widths: ClosedRange<Int>) -> (value: Int, digits: Int)? {
            let start = index
            var value = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]), index - start < widths.upperBound {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            let digits = index - start
            let ended = index == bytes.count || !(0x30...0x39).contains(bytes[index])
            return widths.contains(digits) && ended ? (value, digits) : nil
        }
        func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let first = number(1...2), skip(UInt8(ascii: "/")), let second = number(1...2), skip(UInt8(ascii: "/")),
              let year = number(2...4), year.digits != 3, skip(UInt8(ascii: ",")), skip(0x20),
              var hour = number(1...2)?.value, skip(UInt8(ascii: ":")), let minute = number(2...2)?.value else { return nil }
        var seconds = 0
        if skip(UInt8(ascii: ":")) {
            guard let value = number(2...2)?.value else { return nil }
            seconds = value
        }
        if index < bytes.count {
            guard skip(0x20), bytes.count - index == 2, (bytes[index + 1] | 0x20) == UInt8(ascii: "m") else { return nil }
            let meridiem = bytes[index] | 0x20
            guard meridiem == UInt8(ascii: "a") || meridiem == UInt8(ascii: "p"), (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == UInt8(ascii: "p") ? 12 : 0)
        }
        let fullYear = year.digits == 2 ? (year.value < 70 ? 2000 : 1900) + year.value : year.value
        let (month, day) = order == .monthFirst ? (first.value, second.value) : (second.value, first.value)
        return LocalDateTime(year: fullYear, month: month, day: day, hour: hour, minute: minute, second: seconds)
    }

    private enum SlashDateStart {
        /// The two numbers before the slashes.
        case numbers(Int, Int)
        /// The first two tokens are not a number and a slash.
        case none
        /// Only `tokenize` can tell.
        case undecided
    }

    /// The two numbers of text that starts `digits/digits/digit`, as `tokenize` would read
    /// them; `none` for text whose first tokens are a word, or a number then a word, `-`, `:`
    /// or `.` (`24 Nov 2026`, `2026-11-24 …`); `undecided` for any other start.
    private static func slashDateStart(_ bytes: UnsafeBufferPointer<UInt8>) -> SlashDateStart {
        if let numbers = leadingSlashNumbers(bytes) { return .numbers(numbers.first, numbers.second) }
        func isLetter(_ index: Int) -> Bool { index < bytes.count && (0x61...0x7A).contains(bytes[index] | 0x20) }
        if isLetter(0) { return .none }
        var index = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        guard index > 0, index < bytes.count else { return .undecided }
        switch bytes[index] {
        case UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "."): return .none
        case 0x20: return isLetter(index + 1) ? .none : .undecided
        default: return isLetter(index) ? .none : .undecided
        }
    }

    /// Exactly `D Mon YYYY` or `DD Mon YYYY` in ASCII, the month's three letters in any case
    /// (Connections.csv); nil for anything else, or a date that does not exist.
    private static func dayMonthNameYear(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDateTime? {
        let dayDigits = bytes.count == 10 ? 1 : 2
        guard bytes.count == 9 + dayDigits, bytes[dayDigits] == 0x20, bytes[dayDigits + 4] == 0x20,
              let day = digits(bytes, 0, dayDigits), let year = digits(bytes, dayDigits + 5, 4) else { return nil }
        var name = ""
        for index in dayDigits + 1...dayDigits + 3 {
            let letter = bytes[index] | 0x20
            guard (0x61...0x7A).contains(letter) else { return nil }
            name.unicodeScalars.append(Unicode.Scalar(letter))
        }
        guard let month = monthNumber(name) else { return nil }
        return LocalDateTime(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
    }

    /// Exactly `YYYY-MM-DD HH:MM:SS UTC` (messages.csv), `UTC` in any case, converted to `zone`
    /// as `TokenScanner.withTime` converts it; nil for anything else, a time that does not
    /// exist, or a year before 1900.
    private static func utcDateAndTime(_ bytes: UnsafeBufferPointer<UInt8>, zone: TimeZone) -> LocalDateTime? {
        let separators: [(Int, UInt8)] = [(4, 0x2D), (7, 0x2D), (10, 0x20), (13, 0x3A), (16, 0x3A), (19, 0x20)]
        guard bytes.count == 23, separators.allSatisfy({ bytes[$0.0] == $0.1 }),
              bytes[20] | 0x20 == UInt8(ascii: "u"), bytes[21] | 0x20 == UInt8(ascii: "t"), bytes[22] | 0x20 == UInt8(ascii: "c"),
              let year = digits(bytes, 0, 4), year >= 1900, let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2),
              let hour = digits(bytes, 11, 2), let minute = digits(bytes, 14, 2), let second = digits(bytes, 17, 2),
              let utc = LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else { return nil }
        let instant = Date(timeIntervalSince1970: TimeInterval(LocalDateTime.unixEpoch.seconds(until: utc)))
        return utc.adding(seconds: zone.secondsFromGMT(for: instant))
    }

    /// The number written by `count` ASCII digits from `start`; nil when one is not a digit.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<start + count {
            let byte = bytes[index]
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// The two numbers of text that starts `digits/digits/digit`, as `tokenize` would read
    /// them; nil for any other start (spaces, letters, long numbers), left to `tokenize`.
    private static func leadingSlashNumbers(_ bytes: UnsafeBufferPointer<UInt8>) -> (first: Int, second: Int)? {
        var index = 0
        func number() -> Int? {
            let start = index
            var value = 0
            while index < bytes.count, index - start < 9, (0x30...0x39).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            let ended = index == bytes.count || !(0x30...0x39).contains(bytes[index])
            return index > start && ended ? value : nil
        }
        func slash() -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "/") else { return false }
            index += 1
            return true
        }
        guard let first = number(), slash(), let second = number(), slash(),
              index < bytes.count, (0x30...0x39).contains(bytes[index]) else { return nil }
        return (first, second)
    }

    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case separator(Character)
    }

    /// The tokens of `text`; with a `limit`, it stops once it has that many (or one more).
    static func tokenize(_ text: String, limit: Int = .max) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(12)
        let scalars = text.unicodeScalars
        var number = 0
        var digits = 0
        var wordStart: String.Index?  // a word is a run of letters: cut out at its end
        func flush(at end: String.Index) {
            if digits > 0 { tokens.append(.number(number, digits: digits)) }
            if let start = wordStart { tokens.append(.word(String(scalars[start..<end]).lowercased())) }
            number = 0; digits = 0; wordStart = nil
        }
        // Every date of every row comes through here: ASCII is decided by value, and only
        // other scalars ask for their (slower) Unicode properties.
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if tokens.count >= limit { return tokens }
            let scalar = scalars[index]
            let value = scalar.value
            if (0x30...0x39).contains(value) {  // only ASCII digits count as digits
                if wordStart != nil { flush(at: index) }
                if digits < 18 { number = number * 10 + Int(value - 0x30) }
                digits += 1
            } else if scalar.isASCII ? (0x61...0x7A).contains(value | 0x20) : scalar.properties.isAlphabetic {
                if digits > 0 { flush(at: index) }
                if wordStart == nil { wordStart = index }
            } else {
                flush(at: index)
                if scalar.isASCII ? value == 0x20 || (0x09...0x0D).contains(value)
                                  : scalar.properties.isWhitespace || scalar == "\u{202F}" || scalar == "\u{00A0}" {
                    scalars.formIndex(after: &index)
                    continue
                }
                tokens.append(.separator(Character(scalar)))
            }
            scalars.formIndex(after: &index)
        }
        flush(at: scalars.endIndex)
        return tokens
    }
}

private let monthNames: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
]

func monthNumber(_ word: String) -> Int? { monthNames[word] }

private struct TokenScanner {
    typealias Token = TimestampParser.Token
    let tokens: [Token]
    var index = 0

    init(tokens: [Token]) { self.tokens = tokens }

    var atEnd: Bool { index >= tokens.count }
    var peek: Token? { atEnd ? nil : tokens[index] }

    mutating func skip(_ separator: Character) -> Bool {
        if peek == .separator(separator) { index += 1; return true }
        return false
    }

    mutating func number() throws -> (value: Int, digits: Int) {
        guard case .number(let value, let digits)? = peek else { throw TimestampProblem(message: "expected a number") }
        index += 1
        return (value, digits)
    }

    mutating func expect(_ separator: Character) throws {
        guard skip(separator) else { throw TimestampProblem(message: "expected '\(separator)'") }
    }

    static func fullYear(_ year: (value: Int, digits: Int)) -> Int {
        guard year.digits <= 2 else { return year.value }
        return year.value < 70 ? 2000 + year.value : 1900 + year.value
    }

    mutating func parseTimestamp(order: DayMonthOrder, zone: TimeZone) throws -> LocalDateTime {
        switch tokens[0] {
        case .number(let value, let digits) where tokens.count == 1:
            return try epoch(value, digits: digits, zone: zone)
        case .number(_, let digits) where digits == 4:
            return try iso(zone: zone)
        case .number:
            return try dayFirstForms(order: order, zone: zone)
        case .word(let word):
            guard let month = monthNumber(word) else { throw TimestampProblem(message: "unknown month \"\(word)\"") }
            index = 1
            let day = try number().value
            _ = skip(",")
            let year = Self.fullYear(try number())
            return try withTime(year: year, month: month, day: day, zone: zone)
        case .separator:
            throw TimestampProblem(message: "unreadable date")
        }
    }

    func epoch(_ value: Int, digits: Int, zone: TimeZone) throws -> LocalDateTime {
        guard digits <= 15 else { throw TimestampProblem(message: "epoch time out of range") }
        let seconds = digits >= 11 ? Double(value) / 1000 : Double(value)
        return LocalDateTime(Date(timeIntervalSince1970: seconds), in: zone)
    }

    /// `YYYY-MM-DD[T| ]HH:MM[:SS[.fff]][Z|±HH:MM| UTC]` and `YYYY/MM/DD …`.
    mutating func iso(zone: TimeZone) throws -> LocalDateTime {
        let year = try number().value
        guard skip("-") || skip("/") else { throw TimestampProblem(message: "expected '-'") }
        let month = try number().value
        guard skip("-") || skip("/") else { throw TimestampProblem(message: "expected '-'") }
        // "T" between date and time arrives glued to the day's digits as a word token.
        let day = try number().value
        if case .word(let word)? = peek, word.hasPrefix("t") {
            // `T14` tokenises as word "t" then number 14; a trailing "t" alone is fine too.
            guard word == "t" else { throw TimestampProblem(message: "unexpected \"\(word)\"") }
            index += 1
        }
        return try withTime(year: year, month: month, day: day, zone: zone)
    }

    /// `M/D/YY, h:mm AM`, `DD Mon YYYY`, `D-Mon-YY`.
    mutating func dayFirstForms(order: DayMonthOrder, zone: TimeZone) throws -> LocalDateTime {
        let first = try number().value
        if skip("/") {
            let second = try number().value
            try expect("/")
            let year = Self.fullYear(try number())
            let (month, day) = order == .monthFirst ? (first, second) : (second, first)
            return try withTime(year: year, month: month, day: day, zone: zone)
        }
        let dashed = skip("-")
        guard case .word(let word)? = peek, let month = monthNumber(word) else {
            throw TimestampProblem(message: "unreadable date")
        }
        index += 1
        if dashed { try expect("-") }
        let year = Self.fullYear(try number())
        return try withTime(year: year, month: month, day: first, zone: zone)
    }

    /// The optional time of day and zone after a date, then the end of the text.
    mutating func withTime(year: Int, month: Int, day: Int, zone: TimeZone) throws -> LocalDateTime {
        _ = skip(",")
        var (hour, minute, second) = (0, 0, 0)
        if case .number? = peek {
            hour = try number().value
            try expect(":")
            minute = try number().value
            if skip(":") { second = try number().value }
            if skip(".") { _ = try number() }  // fractions of a second: below our precision
            if case .word(let word)? = peek, word == "am" || word == "pm" {
                index += 1
                guard (1...12).contains(hour) else { throw TimestampProblem(message: "hour \(hour) with AM/PM") }
                hour = hour % 12 + (word == "pm" ? 12 : 0)
            }
        }
        let offset = try zoneOffset()
        guard atEnd else { throw TimestampProblem(message: "unexpected text after the date") }
        guard let local = LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            throw TimestampProblem(message: "no such date or time")
        }
        guard let offset else { return local }
        let utc = local.adding(seconds: -offset)
        // Calendars switch to Julian dates before 1582; every later date is arithmetic, and
        // only the zone's offset at the instant needs Foundation (messages carry UTC times).
        guard utc.year >= 1900 else {
            return LocalDateTime(local.date(in: TimeZone(secondsFromGMT: 0)!).addingTimeInterval(TimeInterval(-offset)), in: zone)
        }
        let instant = Date(timeIntervalSince1970: TimeInterval(LocalDateTime.unixEpoch.seconds(until: utc)))
        return utc.adding(seconds: zone.secondsFromGMT(for: instant))
    }

    /// Seconds east of UTC when the text names a zone (`Z`, `UTC`, `GMT`, `+02:00`, `-0500`).
    mutating func zoneOffset() throws -> Int? {
        if case .word(let word)? = peek, ["z", "utc", "gmt"].contains(word) {
            index += 1
            if peek == .separator("+") || peek == .separator("-") { return try numericOffset() }
            return 0
        }
        if peek == .separator("+") || peek == .separator("-") { return try numericOffset() }
        return nil
    }

    mutating func numericOffset() throws -> Int {
        let sign = skip("-") ? -1 : { _ = skip("+"); return 1 }()
        let first = try number()
        var (hours, minutes) = first.digits > 2 ? (first.value / 100, first.value % 100) : (first.value, 0)
        if skip(":") { minutes = try number().value }
        guard hours <= 14, minutes < 60 else { throw TimestampProblem(message: "bad zone offset") }
        return sign * (hours * 3600 + minutes * 60)
    }
}
