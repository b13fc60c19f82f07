import Testing
@testable import InviteTriage

/// `TimestampParser.tokenize` reads ASCII by value; it must cut every text into the tokens the
/// property-based tokenizer made (kept below as the reference).
@Suite struct TimestampTokenizerTests {
    static let samples = ["11/25/26, 8:42 PM", "3/4/2025, 14:05", "25 Nov 2026", "2-Mar-25", "Mar 2, 2025", "2026-11-22 08:00:54 UTC",
                          "2026-11-22T08:00:54.123+02:00", "1732608000000", "11/25/26,\u{202F}8:42\u{00A0}PM", "", " ", "\r\n",
                          "déc 3 2025", "MÄR 3 2025", "٣/٤/٢٥", "３/４/25", "²/3/25", "Ⅻ", "12:30 ＰＭ", "1\u{301}/2/25", "x\u{2028}y"]

    @Test func samplesTokenizeAsBefore() {
        for text in Self.samples {
            #expect(TimestampParser.tokenize(text) == ReferenceTokenizer.tokenize(text), "\(text.debugDescription)")
        }
    }

    @Test func randomTextTokenizesAsBefore() {
        var random = FuzzRandom(seed: 0x70C_0001)
        let extra = ["é", "ß", "\u{301}", "\t", "\n", "\u{0B}", "\u{85}", "\u{3000}", "@", "[", "`", "{", "Z", "z", "a", "A"]
        var different: [String] = []
        for index in 0..<20_000 {
            var text = TimestampParserFuzzTests.randomText(&random)
            if index % 2 == 0 { text += (0..<random.below(4)).map { _ in random.pick(extra) }.joined() + TimestampParserFuzzTests.randomText(&random) }
            let expected = ReferenceTokenizer.tokenize(text)
            let limited = TimestampParser.tokenize(text, limit: 5)
            if TimestampParser.tokenize(text) != expected || Array(limited.prefix(5)) != Array(expected.prefix(5))
                || (limited.count >= 5) != (expected.count >= 5) {
                different.append(text.debugDescription)
            }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func everyScalarTokenizesAsBefore() {
        var different: [String] = []
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "1\(scalar)a\(scalar)"
            if TimestampParser.tokenize(text) != ReferenceTokenizer.tokenize(text) { different.append(String(value, radix: 16)) }
        }
        #expect(different.isEmpty, "\(different.prefix(20))")
    }
}

/// The tokenizer as it was before (commit f324541), deciding every scalar by its Unicode
/// properties.
enum ReferenceTokenizer {
    typealias Token = TimestampParser.Token

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var number = 0
        var digits = 0
        var word = ""
        func flush() {
            if digits > 0 { tokens.append(.number(number, digits: digits)) }
            if !word.isEmpty { tokens.append(.word(word.lowercased())) }
            number = 0; digits = 0; word = ""
        }
        for scalar in text.unicodeScalars {
            if let value = scalar.properties.numericType == .decimal ? Int(String(scalar)) : nil, scalar.isASCII {
                if !word.isEmpty { flush() }
                if digits < 18 { number = number * 10 + value }
                digits += 1
            } else if scalar.properties.isAlphabetic {
                if digits > 0 { flush() }
                word.unicodeScalars.append(scalar)
            } else {
                flush()
                if scalar.properties.isWhitespace || scalar == "\u{202F}" || scalar == "\u{00A0}" { continue }
                tokens.append(.separator(Character(scalar)))
            }
        }
        flush()
        return tokens
    }
}
