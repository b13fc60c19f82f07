import Foundation
import Testing
@testable import InviteTriage

/// The native trimming gives exactly what Foundation's `trimmingCharacters(in:)` gives (the
/// reference: what CSV fields and profile URLs were trimmed with before), byte for byte.
@Suite struct WhiteSpaceTrimmingTests {
    /// Pieces that trip trimming up: every kind of white space Foundation knows, near misses
    /// (U+180E, U+FEFF, U+200C), combining marks that cling to a space, CR/LF, emoji.
    static let pieces = ["", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}",
                         "\u{2007}", "\u{200A}", "\u{200B}", "\u{200C}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}",
                         "\u{180E}", "\u{FEFF}", "\u{1C}", "\u{301}", "e\u{301}", "é", "a", "Jan", "ß", "😀", "👩‍💻", "王", "-", ","]

    static func randomText(_ random: inout FuzzRandom) -> String {
        (0..<random.below(7)).map { _ in random.pick(pieces) }.joined()
    }

    @Test func everyScalarIsTrimmedAsFoundationTrimsIt() {
        var different: [String] = []
        for value in Array(0..<0x3100) + [0xFEFF, 0xFFFD, 0x1F600, 0xE0020] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)x\(scalar)"
            if !sameBytes(text.trimmingBlanks(), text.trimmingCharacters(in: .whitespaces))
                || !sameBytes(text.trimmingBlanksAndNewlines(), text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                different.append(String(value, radix: 16))
            }
        }
        #expect(different.isEmpty, "scalars trimmed differently: \(different.prefix(20))")
    }

    @Test func randomTextIsTrimmedAsFoundationTrimsIt() {
        var random = FuzzRandom(seed: 0x7121_0001)
        var different: [String] = []
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            let substring = ("«" + text + "»").dropFirst().dropLast()
            if !sameBytes(text.trimmingBlanks(), text.trimmingCharacters(in: .whitespaces))
                || !sameBytes(text.trimmingBlanksAndNewlines(), text.trimmingCharacters(in: .whitespacesAndNewlines))
                || !sameBytes(substring.trimmingBlanks(), substring.trimmingCharacters(in: .whitespaces)) {
                different.append(text.debugDescription)
            }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func csvFieldsAreTrimmedAsBeforeAndEmptyOnesAreMissing() {
        var random = FuzzRandom(seed: 0x7121_0002)
        var index = ColumnPositions()
        index[.from] = 0
        let map = HeaderMap(kind: .invitations, index: index)
        for _ in 0..<5_000 {
            let field = Self.randomText(&random)
            let trimmed = field.trimmingCharacters(in: .whitespaces)
            let value = CSVRow(fields: [field], map: map, line: 2)[.from]
            #expect(value.map { Array($0.utf8) } == (trimmed.isEmpty ? nil : Array(trimmed.utf8)), "\(field.debugDescription)")
        }
    }

    @Test func untrimmedTextIsReturnedAsItIs() {
        #expect("Jan Jansen".trimmingBlanks() == "Jan Jansen")
        #expect(" Jan\u{A0}".trimmingBlanks() == "Jan")
        #expect("\u{3000}王芳\u{200B}".trimmingBlanks() == "王芳")
        #expect("\r\nJan\n".trimmingBlanks() == "\r\nJan\n")
        #expect("\r\nJan\n".trimmingBlanksAndNewlines() == "Jan")
        #expect(" \u{301}e".trimmingBlanks() == "\u{301}e")
    }
}

/// Equal as bytes, not just canonically (`==` on strings treats é and e + U+0301 as equal).
func sameBytes(_ a: String?, _ b: String?) -> Bool {
    a.map { Array($0.utf8) } == b.map { Array($0.utf8) }
}
