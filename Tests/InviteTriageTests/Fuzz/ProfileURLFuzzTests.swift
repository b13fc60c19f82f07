import Foundation
import Testing
@testable import InviteTriage

/// Random profile URLs (hosts, percent escapes, Unicode, queries, slashes, white space): the
/// normaliser returns nil or an `https://` URL, never crashes, and normalising its own result
/// changes nothing — a stored URL given back (`forget URL`) finds the same person.
@Suite struct ProfileURLFuzzTests {
    static let iterations = 12_000
    static let pieces = ["https://", "http://", "HTTPS://", "www.", "de.", "linkedin.com", "LinkedIn.com", "evil.com", "/in/", "/pub/", "/in", "/",
                         "//", "?", "#", "%", "%2F", "%3F", "%20", "%25", "%C3%B6", "%E2%80%AE", "%zz", "%", "ö", "o\u{308}", "İ", "ß", "😀",
                         " ", "\t", "\n", "\u{00A0}", "\u{202E}", "anna-b", "A", "-", "_", ".", "..", "utm=1", "&"]

    static func randomURL(_ random: inout FuzzRandom) -> String {
        (0..<random.below(10)).map { _ in random.pick(pieces) }.joined()
    }

    @Test func normalisedURLsAreHTTPSAndStable() {
        var random = FuzzRandom(seed: 0x0A1_0001)
        var shape: [String] = []
        var unstable: [String] = []
        var normalised = 0
        for _ in 0..<Self.iterations {
            let raw = Self.randomURL(&random)
            guard let url = ProfileURL.normalize(raw) else { continue }
            normalised += 1
            if !url.hasPrefix("https://") || url.hasSuffix("/") || url.contains("?") || url.contains("#") { shape.append("\(raw.debugDescription) → \(url.debugDescription)") }
            let again = ProfileURL.normalize(url)
            if again != url { unstable.append("\(raw.debugDescription) → \(url.debugDescription) → \(again.debugDescription)") }
        }
        #expect(normalised > 0)
        #expect(shape.isEmpty, "\(shape.prefix(10))")
        #expect(unstable.isEmpty, "\(unstable.count) unstable, e.g. \(unstable.prefix(6))")
    }

    @Test func aTrailingEncodedSpaceNormalisesLikeNoSpace() {
        let plain = ProfileURL.normalize("https://www.linkedin.com/in/anna-b")
        #expect(plain == "https://www.linkedin.com/in/anna-b")
        #expect(ProfileURL.normalize("https://www.linkedin.com/in/anna-b%20") == plain)
    }

    @Test func aLinkedInURLAlwaysNormalisesToTheCanonicalHost() {
        var random = FuzzRandom(seed: 0x0A1_0002)
        for _ in 0..<500 {
            let slug = (0..<(1 + random.below(5))).map { _ in random.pick(["anna", "-", "b", "ö", "42", "_"]) }.joined()
            let raw = random.pick(["https://", "http://", ""]) + random.pick(["www.", "de.", "nl.", ""]) + "linkedin.com/in/" + slug
                + random.pick(["", "/", "?trk=x", "#top", "/?a=b"])
            #expect(ProfileURL.normalize(raw) == "https://www.linkedin.com/in/" + slug.precomposedStringWithCanonicalMapping.lowercased(), "\(raw)")
        }
    }
}
