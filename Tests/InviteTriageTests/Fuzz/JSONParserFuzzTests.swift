import Foundation
import Testing
@testable import InviteTriage

/// Mutated JSON documents: the parser returns a tree or a `JSONSyntaxError` with a position
/// inside the input, never crashes or recurses past its limit; a parsed tree read as an
/// invitation document gives invitations or a `JSONFieldProblem`.
@Suite struct JSONParserFuzzTests {
    static let iterations = 8_000
    static let tokens: [[UInt8]] = ["{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud800", "\\udc00", "\\u0000", "true", "false", "null",
                                    "1e400", "-0", "1.5e-400", "99999999999999999999", "\"sentAt\":", "\"from\":", "\"invitations\":",
                                    "\"relationship\":", "\"mutualConnections\":", "\"profileUrl\":", "\"direction\":\"outgoing\"",
                                    "\"2026-02-31T10:00:00\"", "\"0000-01-01\"", "1e30", "\n", "\u{FEFF}", "😀"].map { Array($0.utf8) }
        + [[0xED, 0xA0, 0x80], [0xFF], [0xC3], [0x00]]

    static let clock = Clock(now: LocalDateTime(year: 2026, month: 11, day: 26, hour: 9)!, zone: TimeZone(identifier: "Europe/Amsterdam")!)

    @Test func mutatedDocumentsParseOrFailWithAPosition() {
        var mutator = FuzzMutator(random: FuzzRandom(seed: 0x150_0001), tokens: Self.tokens, seeds: FuzzSeeds.json, maxLength: 4096)
        var findings = FuzzFindings()
        var parsed = 0
        for _ in 0..<Self.iterations {
            let input = mutator.mutate(mutator.random.pick(FuzzSeeds.json))
            do {
                let root = try JSONParser.parse(input)
                parsed += 1
                do {
                    _ = try InvitationDocument.read(root, clock: Self.clock)
                    var skipped = 0
                    _ = try InvitationDocument.read(root, clock: Self.clock, skipBad: { _ in skipped += 1 })
                } catch is JSONFieldProblem {
                } catch {
                    findings.add("InvitationDocument.read threw \(type(of: error)): \(error)", input)
                }
            } catch let error as JSONSyntaxError {
                let lines = input.split(separator: 0x0A, omittingEmptySubsequences: false).count
                if error.line < 1 || error.line > lines || error.column < 1 || error.column > input.count + 2 {
                    findings.add("error position \(error.line):\(error.column) outside the input", input)
                }
            } catch {
                findings.add("JSONParser.parse threw \(type(of: error))", input)
            }
        }
        #expect(findings.isEmpty, "\(findings.report)")
        #expect(parsed > 0, "no mutated input parsed: the run exercised only the error paths")
    }

    @Test func nestingIsRefusedPastTheLimitAtAnyShape() {
        var random = FuzzRandom(seed: 0x150_0002)
        for _ in 0..<40 {
            let depth = JSONParser.maxDepth - 5 + random.below(10_000)
            var text: [UInt8] = []
            var closers: [UInt8] = []
            for _ in 0..<depth {
                if random.chance(50) { text += Array("[".utf8); closers.append(UInt8(ascii: "]")) } else { text += Array("{\"k\":".utf8); closers.append(UInt8(ascii: "}")) }
            }
            text += Array("1".utf8) + closers.reversed()
            let parsed = (try? JSONParser.parse(text)) != nil
            #expect(parsed == (depth < JSONParser.maxDepth), "depth \(depth)")
        }
    }

    @Test func loneSurrogateEscapesBecomeReplacementCharacters() throws {
        for escape in ["\\ud800", "\\udc00", "\\ud800\\u0041", "\\ud800\\ud800", "\\udbff"] {
            let root = try JSONParser.parse(Array("[\"a\(escape)b\"]".utf8))
            guard case .array(let elements) = root.value, let text = elements.first?.string else {
                Issue.record("\(escape): not an array of one string")
                continue
            }
            #expect(text.hasPrefix("a\u{FFFD}") && text.hasSuffix("b"), "\(escape) → \(text.debugDescription)")
        }
    }
}
