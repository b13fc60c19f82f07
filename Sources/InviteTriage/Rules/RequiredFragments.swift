/// The literal text a pattern cannot match without, worked out from the pattern itself so a new
/// pattern brings its own and no list can fall out of step with it.
///
/// The answer is a list of clauses, each a list of fragments: every match of the pattern
/// contains at least one fragment of every clause. `\bwe (?:worked|collaborated) together\b`
/// gives one clause, `["we collaborated together", "we worked together"]`;
/// `\byour (?:\S+ ){0,3}(?:talk|post|…)\b` gives `["your "]` and `["post", "talk", …]`.
/// A text without them cannot match, so the regex need not run on it.
enum RequiredFragments {
    /// Clauses for `pattern`, or nil when it uses syntax `PatternSyntax` does not read.
    static func clauses(of pattern: String) -> [[String]]? {
        guard let tree = PatternSyntax.parse(pattern) else { return nil }
        let facts = Facts(tree)
        var found = facts.clauses
        if let exact = facts.exact { found.append(exact) }
        var clauses: [Clause] = []
        for candidate in found.map(Clause.init) where !candidate.isAlwaysTrue && !clauses.contains(candidate) {
            clauses.append(candidate)
        }
        // One-byte fragments ("$", " ") occur in nearly every note: they narrow nothing, so
        // they are kept only when nothing better is known.
        let useful = clauses.filter { $0.shortest >= 2 }
        let kept = useful.isEmpty ? clauses.max { $0.isWeaker(than: $1) }.map { [$0] } ?? [] : useful
        return kept.map(\.fragments)
    }

    /// A product of fragment sets larger than this is not built: the run is cut there.
    private static let limit = 64

    /// A set of fragments of which every match holds one; a fragment that contains another
    /// of the set adds nothing and is dropped.
    private struct Clause: Equatable {
        let fragments: [String]

        init(_ set: Set<String>) {
            let sorted = set.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
            var kept: [String] = []
            for fragment in sorted where !kept.contains(where: { fragment.utf8Contains($0) }) { kept.append(fragment) }
            fragments = kept.sorted()
        }

        /// Holds for every text: the empty fragment is in every text.
        var isAlwaysTrue: Bool { fragments.isEmpty || fragments.contains("") }
        var shortest: Int { fragments.map(\.utf8.count).min() ?? 0 }

        func isWeaker(than other: Clause) -> Bool {
            (shortest, -fragments.count) < (other.shortest, -other.fragments.count)
        }
    }

    /// What is known of the texts one node of the tree matches.
    private struct Facts {
        /// Every text the node can match, when they are few and all literal.
        var exact: Set<String>?
        /// Sets of which every match of the node contains a member.
        var clauses: [Set<String>] = []

        init(exact: Set<String>?, clauses: [Set<String>] = []) {
            self.exact = exact
            self.clauses = clauses
        }

        init(_ node: PatternNode) {
            switch node {
            case .literal(let character): self.init(exact: [String(character)])
            case .oneOf(let characters): self.init(exact: Set(characters.map { String($0) }))
            case .anyCharacter: self.init(exact: nil)
            case .zeroWidth: self.init(exact: [""])
            case .alternation(let branches): self = Facts.alternation(branches.map(Facts.sequence))
            case .repetition(let inner, let min, let max): self = Facts.repetition(Facts(inner), min: min, max: max)
            }
        }

        /// The strongest single clause this node guarantees, if any.
        var bestClause: Set<String>? {
            var candidates = clauses
            if let exact { candidates.append(exact) }
            return candidates.map { (set: $0, clause: Clause($0)) }
                .filter { !$0.clause.isAlwaysTrue }
                .max { $0.clause.isWeaker(than: $1.clause) }?.set
        }

        /// Nodes one after another: runs of literal nodes multiply into longer fragments
        /// ("we " × {"worked", "collaborated"} × " together"); the others add their clauses.
        static func sequence(_ nodes: [PatternNode]) -> Facts {
            var clauses: [Set<String>] = []
            var run: Set<String> = [""]
            var isExact = true
            for node in nodes {
                let facts = Facts(node)
                clauses += facts.clauses
                if let exact = facts.exact, run.count * exact.count <= limit {
                    run = Set(run.flatMap { head in exact.map { head + $0 } })
                    continue
                }
                isExact = false
                clauses.append(run)
                run = facts.exact ?? [""]
            }
            if isExact { return Facts(exact: run, clauses: clauses) }
            clauses.append(run)
            return Facts(exact: nil, clauses: clauses)
        }

        /// A match takes one branch: every branch must offer a clause, and their union is one.
        static func alternation(_ branches: [Facts]) -> Facts {
            if branches.count == 1 { return branches[0] }
            var exact: Set<String>? = []
            for branch in branches {
                guard let known = branch.exact, let sofar = exact, sofar.count + known.count <= limit else { exact = nil; break }
                exact = sofar.union(known)
            }
            if exact != nil { return Facts(exact: exact) }
            var union: Set<String> = []
            for branch in branches {
                guard let clause = branch.bestClause else { return Facts(exact: nil) }
                union.formUnion(clause)
            }
            return Facts(exact: nil, clauses: [union])
        }

        static func repetition(_ inner: Facts, min: Int, max: Int?) -> Facts {
            if min == 0 {
                // May be absent: only the optional literal (`(?:the )?`) is still worth knowing.
                guard max == 1, let exact = inner.exact else { return Facts(exact: nil) }
                return Facts(exact: exact.union([""]))
            }
            if min == 1, max == 1 { return inner }
            // At least one copy: whatever one copy needs, the repetition needs too.
            var clauses = inner.clauses
            if let exact = inner.exact { clauses.append(exact) }
            return Facts(exact: nil, clauses: clauses)
        }
    }
}

extension String {
    /// Byte-wise containment: what the fragment scanner tests, with no Unicode equivalence.
    func utf8Contains(_ other: String) -> Bool {
        let haystack = Array(utf8), needle = Array(other.utf8)
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in haystack[start..<(start + needle.count)].elementsEqual(needle) }
    }
}
