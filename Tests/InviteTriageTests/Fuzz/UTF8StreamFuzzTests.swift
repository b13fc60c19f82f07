import Foundation
import Testing
@testable import InviteTriage

/// Random bytes behind each byte-order mark, fed in random chunks: the same output however the
/// bytes are cut, valid UTF-8 out of UTF-16, and UTF-8 passed through unchanged.
@Suite struct UTF8StreamFuzzTests {
    static let iterations = 10_000
    static let marks: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]

    static func decode(_ chunks: [[UInt8]]) -> (bytes: [UInt8], encoding: UTF8Stream.Encoding?, error: Bool) {
        var stream = UTF8Stream()
        var output: [UInt8] = []
        do {
            for chunk in chunks { try stream.feed(Data(chunk)) { output += Array($0) } }
            try stream.finish { output += Array($0) }
        } catch {
            return (output, stream.encoding, true)
        }
        return (output, stream.encoding, false)
    }

    @Test func randomBytesBehindEveryMarkDecodeTheSameInAnyChunks() {
        var mutator = FuzzMutator(random: FuzzRandom(seed: 0x0F8_0001), tokens: [], seeds: [[]], maxLength: 512)
        var findings = FuzzFindings()
        for _ in 0..<Self.iterations {
            var body: [UInt8] = (0..<mutator.random.below(200)).map { _ in UInt8(truncatingIfNeeded: mutator.random.next()) }
            if mutator.random.chance(30) {
                // Surrogates in both byte orders, paired and lone.
                body += mutator.random.pick([[0xD8, 0x3D, 0xDE, 0x00], [0x3D, 0xD8, 0x00, 0xDE], [0xD8, 0x00], [0x00, 0xD8], [0xDC, 0x00], [0x00, 0xDC]])
            }
            let input = mutator.random.pick(Self.marks) + body
            let whole = Self.decode([input])
            let chunked = Self.decode(mutator.chunks(input))
            if whole.bytes != chunked.bytes || whole.encoding != chunked.encoding { findings.add("different output in chunks", input) }
            if whole.error || chunked.error { findings.add("an error", input) }
            switch whole.encoding {
            case .utf16LittleEndian?, .utf16BigEndian?:
                if String(validating: whole.bytes, as: UTF8.self) == nil { findings.add("UTF-16 transcoded to invalid UTF-8", input) }
            case .utf8?:
                let expected = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
                if whole.bytes != expected { findings.add("UTF-8 not passed through", input) }
            case nil:
                if !input.isEmpty { findings.add("no encoding decided for \(input.count) bytes", input) }
            }
        }
        #expect(findings.isEmpty, "\(findings.report)")
    }
}
