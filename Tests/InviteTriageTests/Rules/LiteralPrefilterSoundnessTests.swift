import Foundation
import Testing
@testable import InviteTriage

/// The literal pre-filter only ever skips a regex that would not have matched: over every note
/// the tests know, wherever a pattern's regex matches the folded text, the pre-filter let the
/// pattern through. And every pattern has fragments, so none silently runs on every note.
@Suite struct LiteralPrefilterSoundnessTests {
    struct Family: Sendable {
        let name: String
        let regexes: [NSRegularExpression]
        let prefilter: LiteralPrefilter
    }

    static let families = [
        Family(name: "claim", regexes: ClaimPatterns.ordered.map(\.regex), prefilter: ClaimPatterns.prefilter),
        Family(name: "personal", regexes: NotePatterns.personal.regexes, prefilter: NotePatterns.personal.prefilter),
        Family(name: "sales", regexes: NotePatterns.sales.regexes, prefilter: NotePatterns.sales.prefilter),
    ]

    @Test(arguments: families.map(\.name))
    func everyPatternHasFragments(_ name: String) throws {
        let family = try #require(Self.families.first { $0.name == name })
        let missing = family.prefilter.unfiltered.map { family.regexes[$0].pattern }
        #expect(missing.isEmpty, "no literal fragments derived (extend PatternSyntax or rephrase): \(missing)")
        #expect(family.prefilter.clauses.count == family.regexes.count)
    }

    @Test func prefilterLetsThroughEveryMatch() throws {
        let notes = NoteSamples.all + (try NoteAnalysisSnapshotTests.recorded().map(\.note))
        let texts = Array(Set(notes.map { NoteText($0).text }))
        #expect(texts.count > 5_000)
        // Every regex on every note: spread over the cores.
        let chunks = 8
        let results = ResultBox(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var misses: [String] = []
            var matched: Set<String> = []
            for text in texts[(texts.count * chunk / chunks)..<(texts.count * (chunk + 1) / chunks)] {
                let range = NSRange(location: 0, length: (text as NSString).length)
                for family in Self.families {
                    let mayMatch = family.prefilter.mayMatch(text)
                    for (index, regex) in family.regexes.enumerated() where regex.firstMatch(in: text, range: range) != nil {
                        matched.insert(regex.pattern)
                        if !mayMatch[index] { misses.append("\(family.name) #\(index) \(regex.pattern) skipped on \(text.debugDescription)") }
                    }
                }
            }
            results.set(chunk, misses: misses, matched: matched)
        }
        let (misses, matched) = results.merged
        #expect(misses.isEmpty, "\(misses.count) matches the pre-filter would skip:\n\(misses.prefix(10).joined(separator: "\n"))")
        // Each pattern is put to the test by at least one note it matches.
        let unmatched = Self.families.flatMap(\.regexes).map(\.pattern).filter { !matched.contains($0) }
        #expect(unmatched.isEmpty, "patterns no note matches: \(unmatched)")
    }

    /// The sets the chunks of the parallel check fill in.
    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var misses: [[String]]
        private var matched: [Set<String>]

        init(count: Int) {
            misses = Array(repeating: [], count: count)
            matched = Array(repeating: [], count: count)
        }

        func set(_ chunk: Int, misses found: [String], matched seen: Set<String>) {
            lock.lock()
            defer { lock.unlock() }
            misses[chunk] = found
            matched[chunk] = seen
        }

        var merged: (misses: [String], matched: Set<String>) {
            lock.lock()
            defer { lock.unlock() }
            return (misses.flatMap { $0 }, matched.reduce(into: Set<String>()) { $0.formUnion($1) })
        }
    }
}
