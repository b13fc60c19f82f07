/// Tells, in one pass over a folded note, which of a list of patterns can match it: a pattern
/// whose required fragments (`RequiredFragments`) are not all in the text cannot, so its regex
/// is not run. The regexes stay the authority on what matches; this only skips certain misses.
struct LiteralPrefilter: Sendable {
    /// Per pattern, its clauses of fragments; empty for a pattern that must always run.
    let clauses: [[[String]]]
    /// The patterns no fragment was found for (syntax `PatternSyntax` does not read, or
    /// nothing literal to require): they always run, and a test keeps this list empty.
    let unfiltered: [Int]
    /// Per pattern, the range of its clause numbers.
    private let clauseRanges: [Range<Int>]
    private let automaton: FragmentAutomaton

    init(_ patterns: [String]) {
        var clauses: [[[String]]] = []
        var unfiltered: [Int] = []
        var ranges: [Range<Int>] = []
        var fragments: [(text: String, label: Int)] = []
        for (index, pattern) in patterns.enumerated() {
            // The built-in patterns' were worked out ahead; others are derived here.
            let found = DerivedFragments.clauses[pattern] ?? RequiredFragments.clauses(of: pattern) ?? []
            if found.isEmpty { unfiltered.append(index) }
            let first = ranges.last?.upperBound ?? 0
            for (offset, clause) in found.enumerated() {
                fragments += clause.map { ($0, first + offset) }
            }
            ranges.append(first..<(first + found.count))
            clauses.append(found)
        }
        (self.clauses, self.unfiltered, self.clauseRanges) = (clauses, unfiltered, ranges)
        automaton = FragmentAutomaton(fragments)
    }

    /// Per pattern, whether `text` holds a fragment of each of its clauses.
    func mayMatch(_ text: String) -> [Bool] {
        var seen = [Bool](repeating: false, count: clauseRanges.last?.upperBound ?? 0)
        automaton.mark(in: text, &seen)
        return clauseRanges.map { range in range.allSatisfy { seen[$0] } }
    }
}
