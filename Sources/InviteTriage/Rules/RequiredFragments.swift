/// The literal text a pattern cannot match without, worked out from the pattern itself so a new
/// pattern brings its own and no list can fall out of step with it.
///
/// The answer is a list of clauses, each a list of fragments: every match of the pattern
/// contains at least one fragment of every clause. `\bwe (?:worked|collaborated) together\b`
/// gives one clause, `["we collaborated together", "we worked together"]`;
/// `\byour (?:\S+ ){0,3}(?:talk|post|…)\b` gives `["your "]` and `["post", "talk", …]`.
/// A text without them cannot match, so the regex need not run on it.
///
/// Fragments are worked with as UTF-8 bytes, as the scanner compares them: a `Set<String>`
/// would merge fragments that are canonically equivalent but spelled differently.
enum RequiredFragments {
    private typealias Bytes = [UInt8]

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
        let bytes: [Bytes]
        var fragments: [String] { bytes.map { String(decoding: $0, as: UTF8.self) } }

        init(_ set: Set<Bytes>) {
            // Shortest first, so a fragment is only compared with the shorter ones kept.
            var kept: [Bytes] = []
            for fragment in set.sorted(by: { $0.count < $1.count }) where !kept.contains(where: { Clause.bytes(fragment, contain: $0) }) {
                kept.append(fragment)
            }
            bytes = kept.sorted { $0.lexicographicallyPrecedes($1) }
        }

        /// Byte-wise containment: what the fragment scanner tests.
        static func bytes(_ haystack: Bytes, contain needle: Bytes) -> Bool {
            guard needle.count <= haystack.count else { return false }
            guard !needle.isEmpty else { return true }
            return (0...(haystack.count - needle.count)).contains { start in
                haystack[start..<(start + needle.count)].elementsEqual(needle)
            }
        }

        /// Holds for every text: the empty fragment is in every text.
        var isAlwaysTrue: Bool { bytes.isEmpty || bytes.contains([]) }
        var shortest: Int { bytes.map(\.count).min() ?? 0 }

        func isWeaker(than other: Clause) -> Bool {
            (shortest, -bytes.count) < (other.shortest, -other.bytes.count)
        }
    }

    /// What is known of the texts one node of the tree matches.
    private struct Facts {
        /// Every text the node can match, when they are few and all literal.
        var exact: Set<Bytes>?
        /// Sets of which every match of the node contains a member.
        var clauses: [Set<Bytes>] = []

        init(exact: Set<Bytes>?, clauses: [Set<Bytes>] = []) {
            self.exact = exact
            self.clauses = clauses
        }

        /// A node of a sequence, or a run of literal characters.
        enum Coalesced {
            case text(Bytes)
            case node(PatternNode)
        }

        init(_ coalesced: Coalesced) {
            switch coalesced {
            case .text(let text): self.init(exact: [text])
            case .node(let node): self.init(node)
            }
        }

        init(_ node: PatternNode) {
            switch node {
            case .literal(let character): self.init(exact: [Facts.utf8(character)])
            case .oneOf(let characters): self.init(exact: Set(characters.map(Facts.utf8)))
            case .anyCharacter: self.init(exact: nil)
            case .zeroWidth: self.init(exact: [[]])
            case .alternation(let branches): self = Facts.alternation(branches.map(Facts.sequence))
            case .repetition(let inner, let min, let max): self = Facts.repetition(Facts(inner), min: min, max: max)
            }
        }

        /// The strongest single clause this node guarantees, if any.
        static func utf8(_ scalar: Unicode.Scalar) -> Bytes {
            var bytes: Bytes = []
            UTF8.encode(scalar) { bytes.append($0) }
            return bytes
        }

        var bestClause: Set<Bytes>? {
            var candidates = clauses
            if let exact { candidates.append(exact) }
            return candidates.map { (set: $0, clause: Clause($0)) }
                .filter { !$0.clause.isAlwaysTrue }
                .max { $0.clause.isWeaker(than: $1.clause) }?.set
        }

        /// Nodes one after another: runs of literal nodes multiply into longer fragments
        /// ("we " × {"worked", "collaborated"} × " together"); the others add their clauses.
        static func sequence(_ nodes: [PatternNode]) -> Facts {
            var clauses: [Set<Bytes>] = []
            var run: Set<Bytes> = [[]]
            var isExact = true
            for node in coalescingLiterals(nodes) {
                let facts = Facts(node)
                clauses += facts.clauses
                if let exact = facts.exact, run.count * exact.count <= limit {
                    run = Set(run.flatMap { head in exact.map { head + $0 } })
                    continue
                }
                isExact = false
                clauses.append(run)
                run = facts.exact ?? [[]]
            }
            if isExact { return Facts(exact: run, clauses: clauses) }
            clauses.append(run)
            return Facts(exact: nil, clauses: clauses)
        }

        /// Runs of single characters as one literal node each, so a run of letters is one
        /// product, not one per letter (this is what made deriving the fragments slow).
        private static func coalescingLiterals(_ nodes: [PatternNode]) -> [Coalesced] {
            var result: [Coalesced] = []
            for node in nodes {
                if case .literal(let character) = node {
                    if case .text(let text) = result.last {
                        result[result.count - 1] = .text(text + utf8(character))
                    } else {
                        result.append(.text(utf8(character)))
                    }
                } else {
                    result.append(.node(node))
                }
            }
            return result
        }

        /// A match takes one branch: every branch must offer a clause, and their union is one.
        static func alternation(_ branches: [Facts]) -> Facts {
            if branches.count == 1 { return branches[0] }
            var exact: Set<Bytes>? = []
            for branch in branches {
                guard let known = branch.exact, let sofar = exact, sofar.count + known.count <= limit else { exact = nil; break }
                exact = sofar.union(known)
            }
            if exact != nil { return Facts(exact: exact) }
            var union: Set<Bytes> = []
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
                return Facts(exact: exact.union([[]]))
            }
            if min == 1, max == 1 { return inner }
            // At least one copy: whatever one copy needs, the repetition needs too.
            var clauses = inner.clauses
            if let exact = inner.exact { clauses.append(exact) }
            return Facts(exact: nil, clauses: clauses)
        }
    }
}
