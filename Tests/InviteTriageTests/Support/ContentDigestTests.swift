import Foundation
import Testing
@testable import InviteTriage

/// The digest that tells an unchanged file: the same however the bytes come in chunks,
/// different for any change, and the same in every process (stored digests are compared
/// across runs).
@Suite struct ContentDigestTests {
    private static func digest(_ chunks: [[UInt8]]) -> ContentDigest {
        var digest = ContentDigest()
        for chunk in chunks { chunk.withUnsafeBytes { digest.update($0) } }
        return digest
    }

    private static let text = Array("From,To,Sent At,Message,Direction\nAna Lima,Elena Marsh,\"11/22/26, 9:15 PM\",Olá!,INCOMING\n".utf8)

    @Test func chunkingDoesNotMatter() {
        let whole = Self.digest([Self.text]).hex
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var chunks: [[UInt8]] = []
            var rest = Self.text[...]
            while !rest.isEmpty {
                let size = Int.random(in: 0...min(rest.count, 11), using: &generator)
                chunks.append(Array(rest.prefix(size)))
                rest = rest.dropFirst(size)
            }
            #expect(Self.digest(chunks).hex == whole)
        }
        #expect(Self.digest(Self.text.map { [$0] }).byteCount == UInt64(Self.text.count))
    }

    @Test func everyChangeShows() {
        let original = Self.digest([Self.text]).hex
        var seen: Set<String> = [original]
        for index in Self.text.indices {
            var changed = Self.text
            changed[index] ^= 0x01
            seen.insert(Self.digest([changed]).hex)
        }
        #expect(seen.count == Self.text.count + 1)
        // Trailing zero bytes and a dropped last byte change it too.
        #expect(Self.digest([Self.text + [0]]).hex != original)
        #expect(Self.digest([Self.text + [0, 0, 0, 0, 0, 0, 0, 0]]).hex != Self.digest([Self.text + [0]]).hex)
        #expect(Self.digest([Array(Self.text.dropLast())]).hex != original)
        // Two 8-byte words swapped.
        let swapped = Array(Self.text[8..<16]) + Array(Self.text[0..<8]) + Array(Self.text[16...])
        #expect(Self.digest([swapped]).hex != original)
    }

    @Test func theSameInEveryProcess() {
        // Pinned: Swift's Hasher is seeded per process; this digest must not be, or no stored
        // file would ever be recognised.
        #expect(Self.digest([]).hex.count == 32)
        #expect(Self.digest([Array("invite-triage".utf8)]).hex == Self.pinned)
    }

    private static let pinned = "f48020a137805a41381ede8ca07c95b9"
}
