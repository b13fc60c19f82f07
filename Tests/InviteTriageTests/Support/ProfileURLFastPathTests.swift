import Foundation
import Testing
@testable import InviteTriage

/// The plain-ASCII fast path and the native general path of `ProfileURL.normalize` give what
/// the Foundation-based normaliser gave (kept below as the reference), byte for byte.
@Suite struct ProfileURLFastPathTests {
    static let pieces = ProfileURLFuzzTests.pieces + [
        "https://www.linkedin.com/in/", "noor-vandenberghe-5c1e7a", "gonçalo-fernandes-1025ee", "nguyễn-thị-lan", "Jan", "JAN",
        "k%C3%B6hler", "%25C3%25B6", "?trk=x", "#top", "/", "\r\n", "\r", "\u{0B}", "\u{85}", "\u{200B}", "\u{3000}", "\u{2028}",
        "\u{301}", "%\u{301}41", "\u{600}%41", "\u{1C}", "\u{7F}", "ǅ", "ʰ", "\u{2FF}", "\u{300}", "Å", "Ω", "K", "ﬃ", "in", "pub",
        "linkedin.com/", "www.linkedin.com", ".linkedin.com/", "xlinkedin.com/", "https://http://", "HTTP://", "http:", "~", "@",
    ]

    static func randomURL(_ random: inout FuzzRandom) -> String {
        (0..<random.below(9)).map { _ in random.pick(pieces) }.joined()
    }

    /// Realistic URLs, most of them plain, so the fast path is exercised with every host form.
    static func randomPlainURL(_ random: inout FuzzRandom) -> String {
        random.pick(["https://", "http://", "", "https://http://", "http://https://"])
            + random.pick(["www.linkedin.com", "linkedin.com", "nl.linkedin.com", "www.linkedin.co", "evil.com", "", "linkedin.com.evil"])
            + random.pick(["/in/", "/pub/", "/", "/in", "/pub", "", "//in/", "/company/"])
            + random.pick(["anna-b-42", "jan_jansen", "", "in", "pub", "a.b", "x/y", "lotte-van-dijk-", "~z", "gonçalo", "søren-ødegård"])
            + random.pick(["", "", "", "-", "/x", ".", "!", "é", "ÿ", "ǆ", "ʰ", "Ç", "ǅ", "\u{A0}", "\u{AD}", "\u{85}", "\u{2FF}", "\u{300}"])
    }

    @Test func theFastPathAgreesWithTheGeneralPath() {
        var random = FuzzRandom(seed: 0x0A1_F001)
        var fast = 0
        var different: [String] = []
        for index in 0..<30_000 {
            let raw = index % 2 == 0 ? Self.randomPlainURL(&random) : Self.randomURL(&random)
            guard case .normalized(let url) = PlainProfileURL.normalize(raw) else { continue }
            fast += 1
            let prepared = ProfileURL.prepared(raw)
            if !sameBytes(prepared, raw) || !sameBytes(url, ProfileURL.normalizedByCharacters(prepared)) { different.append(raw.debugDescription) }
        }
        #expect(fast > 10_000, "the fast path should take most plain URLs")
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func normalizeAgreesWithTheFoundationNormaliser() {
        var random = FuzzRandom(seed: 0x0A1_F002)
        var different: [String] = []
        for index in 0..<30_000 {
            let raw = index % 3 == 0 ? Self.randomPlainURL(&random) : Self.randomURL(&random)
            let expected = FoundationProfileURL.normalize(raw)
            if !sameBytes(ProfileURL.normalize(raw), expected) || !sameBytes(ProfileURL.normalizeInGeneral(raw), expected) {
                different.append(raw.debugDescription)
            }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func lowerCasingScalarByScalarIsTheStandardLibrarys() {
        var random = FuzzRandom(seed: 0x0A1_F004)
        let pieces = Self.pieces + ["ΟΔΟΣ", "Σ", "ς", "İ", "ẞ", "ǅ", "Ⅻ", "Ꭰ", "ﬀ", "A", "Z", "@", "[", "`", "{", "É", "e\u{301}"]
        for _ in 0..<10_000 {
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            #expect(sameBytes(ProfileURL.lowercased(text), text.lowercased()), "\(text.debugDescription)")
        }
    }

    @Test func plainCanonicalURLsComeBackWithoutWork() {
        let url = "https://www.linkedin.com/in/noor-vandenberghe-5c1e7a"
        #expect(PlainProfileURL.normalize(url) == .normalized(url))
        #expect(PlainProfileURL.normalize("http://nl.linkedin.com/in/x") == .normalized("https://www.linkedin.com/in/x"))
        #expect(PlainProfileURL.normalize("https://www.linkedin.com/in") == .normalized(nil))
        let latin = "https://www.linkedin.com/in/gonçalo-fernandes-1025ee"
        #expect(PlainProfileURL.normalize(latin) == .normalized(latin))
        for needsWork in ["https://www.linkedin.com/in/Jan", "https://www.linkedin.com/in/x/", "https://www.linkedin.com/in/k%C3%B6",
                          "https://www.linkedin.com/in/x?trk=1", "https://www.linkedin.com/in/x#a", " https://www.linkedin.com/in/x",
                          "https://www.linkedin.com/in/Gonçalo", "https://www.linkedin.com/in/gonÇalo", "https://www.linkedin.com/in/x\u{A0}",
                          "https://www.linkedin.com/in/nguyễn", "https://www.linkedin.com/in/o\u{308}", ""] {
            #expect(PlainProfileURL.normalize(needsWork) == .needsGeneralPath, "\(needsWork)")
        }
    }

    /// `isComposedForSure` skips NFC for text below U+0300: check that claim against Foundation.
    @Test func textBelowU0300IsAlreadyComposed() {
        let scalars = (0x20..<0x300).compactMap(Unicode.Scalar.init).map(String.init)
        for scalar in scalars {
            #expect(sameBytes(scalar.precomposedStringWithCanonicalMapping, scalar), "U+\(String(scalar.unicodeScalars.first!.value, radix: 16))")
        }
        var random = FuzzRandom(seed: 0x0A1_F003)
        for _ in 0..<5_000 {
            let text = (0..<(1 + random.below(6))).map { _ in random.pick(scalars) }.joined()
            #expect(ProfileURL.isComposedForSure(text))
            #expect(sameBytes(text.precomposedStringWithCanonicalMapping, text), "\(text.debugDescription)")
        }
        #expect(!ProfileURL.isComposedForSure("ko\u{308}hler"))
        #expect(!ProfileURL.isComposedForSure("nguyễn"))
    }

    /// What the fast path takes for granted of the Latin letters it lets through: the general
    /// path would neither trim, compose nor lower-case them, and each is a character of its own.
    @Test func plainLatinLettersNeedNoWork() {
        for value in 0x80..<0x300 {
            guard let scalar = Unicode.Scalar(value), PlainProfileURL.isPlainLatin(scalar) else { continue }
            let text = String(scalar)
            #expect(sameBytes(text.lowercased(), text), "U+\(String(value, radix: 16))")
            #expect(sameBytes(text.precomposedStringWithCanonicalMapping, text), "U+\(String(value, radix: 16))")
            #expect(sameBytes(text.trimmingCharacters(in: .whitespacesAndNewlines), text), "U+\(String(value, radix: 16))")
            #expect(!Character(scalar).isWhitespace)
            #expect(("a" + text + "/" + text + "?").count == 5, "U+\(String(value, radix: 16))")
        }
    }

    @Test func theMemoGivesWhatNormalizeGives() {
        var memo = ProfileURL.Memo()
        let owner = "https://www.linkedin.com/in/Gon%C3%A7alo-fernandes/"
        let inputs = [owner, owner, "https://www.linkedin.com/in/x", owner, nil, owner, "https://www.linkedin.com/in/gonçalo-fernandes",
                      "https://www.linkedin.com/in/gonc\u{327}alo-fernandes", "https://www.linkedin.com/in/gonc%CC%A7alo-fernandes", owner]
        for raw in inputs {
            #expect(sameBytes(memo.normalize(raw), ProfileURL.normalize(raw)), "\(raw.debugDescription)")
        }
    }
}

/// `ProfileURL.normalize` as it was before the fast paths (commit f324541): Foundation trims
/// and composes. The reference the tests above compare with.
enum FoundationProfileURL {
    static func normalize(_ raw: String?) -> String? {
        guard var text = raw else { return nil }
        for _ in 0..<5 {
            let decoded = percentDecoded(text)
            if decoded == text { break }
            text = decoded
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping.lowercased()
        guard !text.isEmpty else { return nil }
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
        while let scheme = ["https://", "http://"].first(where: text.hasPrefix) { text.removeFirst(scheme.count) }
        while text.hasSuffix("/") || text.last?.isWhitespace == true { text.removeLast() }
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let host = text[..<slash]
        let path = text[text.index(after: slash)...]
        guard host == "linkedin.com" || host.hasSuffix(".linkedin.com") else {
            return host.isEmpty || path.isEmpty ? nil : "https://" + text
        }
        guard !path.isEmpty, path != "in", path != "pub" else { return nil }
        return "https://www.linkedin.com/" + path
    }

    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: byte - 0x30
            case 0x41...0x46: byte - 0x37
            case 0x61...0x66: byte - 0x57
            default: nil
            }
        }
        while index < source.count {
            if source[index] == 0x25, index + 2 < source.count, let high = hex(source[index + 1]), let low = hex(source[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
