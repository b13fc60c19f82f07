import Foundation
import Testing
@testable import InviteTriage

/// `containsASCII` answers as Foundation's `contains` (the reference), which will not match a
/// character that a combining mark follows.
@Suite struct StringBytesTests {
    static let pieces = ["", "@", "a", "é", "e\u{301}", "\u{301}", "\u{600}", "\u{200D}", "\u{FE0F}", "😀", "\r\n", " ", "%", "王"]

    @Test func randomTextAsFoundation() {
        var random = FuzzRandom(seed: 0xA5C_0001)
        var different: [String] = []
        for _ in 0..<10_000 {
            let text = (0..<random.below(6)).map { _ in random.pick(Self.pieces) }.joined()
            for target in ["@", "%"] as [Unicode.Scalar] where text.containsASCII(target) != text.contains(String(target)) {
                different.append("\(text.debugDescription) \(target)")
            }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func splitsAsTheCharacterSplit() {
        var random = FuzzRandom(seed: 0xA5C_0002)
        let pieces = Self.pieces + [",", ",", ",,", ", ", "\u{301},", ",\u{301}", "\u{600},", "https://www.linkedin.com/in/anna"]
        var different: [String] = []
        for _ in 0..<10_000 {
            let text = (0..<random.below(7)).map { _ in random.pick(pieces) }.joined()
            let expected = text.split(separator: "," as Character).map { Array($0.utf8) }
            if text.splitOnASCII(",").map({ Array($0.utf8) }) != expected { different.append(text.debugDescription) }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    /// Needles as the claim verifier asks them: a place word between spaces, a name that may
    /// carry diacritics either way, a phrase with K (the Kelvin sign is its canonical twin).
    @Test func rangeOfBytesAsFoundation() {
        var random = FuzzRandom(seed: 0xA5C_0003)
        let pieces = Self.pieces + [" in ", " in", "in ", "Köhler", "Ko\u{308}hler", "K", "\u{212A}", "class of ", ";", "\u{37E}"]
        let needles = [" in ", "Köhler", "Ko\u{308}hler", "K", "class of ", ";", "é"]
        var different: [String] = []
        for _ in 0..<10_000 {
            let text = (0..<random.below(7)).map { _ in random.pick(pieces) }.joined()
            for needle in needles {
                for backwards in [false, true] {
                    let expected = text.range(of: needle, options: backwards ? .backwards : []).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
                    let found = text.rangeOfBytes(needle, backwards: backwards).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
                    if found != expected { different.append("\(text.debugDescription) \(needle.debugDescription) \(backwards)") }
                }
            }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func examples() {
        #expect("jan@example.com".containsASCII("@"))
        #expect("Jan Jansen @".containsASCII("@"))
        #expect(!"Jan Jansen".containsASCII("@"))
        #expect(!"x@\u{301}".containsASCII("@"))
        #expect("Helio in Berlin".rangeOfBytes(" in ").map { "Helio in Berlin"[..<$0.lowerBound] } == "Helio")
        #expect("we met in Kassel in 2019".rangeOfBytes(" in ", backwards: true).map { "we met in Kassel in 2019"[$0.upperBound...] } == "2019")
        #expect("Berlin".rangeOfBytes(" in ") == nil)
    }
}

@Suite struct SameBytesTests {
    @Test func onlyIdenticalBytesAreTheSame() {
        #expect("".hasSameBytes(as: ""))
        #expect("köhler".hasSameBytes(as: "k" + "öhler"))
        #expect(!"k\u{F6}hler".hasSameBytes(as: "ko\u{308}hler"))
        #expect(!"abc".hasSameBytes(as: "abd"))
        #expect(!"abc".hasSameBytes(as: "ab"))
        #expect(String(repeating: "x", count: 100).hasSameBytes(as: String(repeating: "x", count: 100)))
    }

    /// Bytes decide: equal bytes hash alike, and two spellings of é are two keys (`hashValue`
    /// would equate them), which is why only folded text and URLs are keyed this way.
    @Test func byteHashFollowsTheBytes() {
        let texts = ["", "a", "anna", "Anna", "é", "e\u{301}", "王芳", "https://www.linkedin.com/in/anna"]
        for text in texts {
            #expect(text.byteHash == String(decoding: Array(text.utf8), as: UTF8.self).byteHash)
        }
        #expect(Set(texts.map(\.byteHash)).count == texts.count)
        #expect("é" == "e\u{301}" && "é".byteHash != "e\u{301}".byteHash)
        #expect(TextFolding.fold("é").byteHash == TextFolding.fold("e\u{301}").byteHash)
    }
}

