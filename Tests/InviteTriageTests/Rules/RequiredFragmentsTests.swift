import Testing
@testable import InviteTriage

/// What `RequiredFragments` derives from a pattern, on the constructions the note patterns
/// use; and that the automaton finds exactly the fragments a plain substring search finds.
@Suite struct RequiredFragmentsTests {
    @Test(arguments: [
        (#"\bwe (?:worked|collaborated) together\b"#, [["we collaborated together", "we worked together"]]),
        // Optional words multiply in; a fragment holding another is dropped.
        (#"\bi was on (?:the |your )?\S+ team\b"#, [["i was on "], [" team"]]),
        (#"\bmy (?:old )?friend[,!]"#, [["my friend!", "my friend,", "my old friend!", "my old friend,"]]),
        // Inside a word: what stands before the alternatives is unknown, they are still required.
        (#"\b(?:dein|ihr) (?:\S+ )?\S*(?:vortrag|beitrag)"#, [["dein ", "ihr "], ["beitrag", "vortrag"]]),
        // Every branch must offer something: the union is one clause.
        (#"\bold friends\b|\bmet (?:at|in) \S+"#, [["met at ", "met in ", "old friends"]]),
        // Repetitions: at least one copy needed, or none.
        (#"\bfellow (?:\S+ ){1,4}members?\b"#, [["fellow "], ["member"]]),
        (#"\bclass of (?:19|20)\d\d\b"#, [["class of 19", "class of 20"]]),
        (#"[€$£]\s?\d+"#, [["$", "£", "€"]]),
        // A lookahead only narrows the match.
        (#"\byour friend\b(?! of)"#, [["your friend"]]),
    ] as [(String, [[String]])])
    func derivesTheFragments(_ pattern: String, _ expected: [[String]]) {
        #expect(RequiredFragments.clauses(of: pattern) == expected)
    }

    @Test(arguments: [#"\bfoo\p{L}"#, #"(?i)foo"#, #"(?<name>x)"#, #"[[:alpha:]]"#, #"a{2"#, "(ab"])
    func givesUpOnSyntaxItDoesNotRead(_ pattern: String) {
        #expect(RequiredFragments.clauses(of: pattern) == nil)
    }

    @Test func nothingLiteralGivesNoClause() {
        #expect(RequiredFragments.clauses(of: #"\S+\w*"#)?.isEmpty == true)
        #expect(RequiredFragments.clauses(of: #"(?:ab)?c*"#)?.isEmpty == true)
    }

    @Test func automatonFindsWhatSubstringSearchFinds() {
        var random = FuzzRandom(seed: 0xAC0_5EED)
        let alphabet = Array("abc ’é")
        for _ in 0..<300 {
            let fragments = (0..<(1 + random.below(12))).map { _ in String((0..<(1 + random.below(4))).map { _ in random.pick(alphabet) }) }
            let automaton = FragmentAutomaton(fragments.enumerated().map { ($0.element, $0.offset) })
            for _ in 0..<20 {
                let text = String((0..<random.below(30)).map { _ in random.pick(alphabet) })
                var seen = [Bool](repeating: false, count: fragments.count)
                automaton.mark(in: text, &seen)
                #expect(seen == fragments.map { Self.bytes(of: text, contain: $0) }, "\(fragments) in \(text.debugDescription)")
            }
        }
    }

    static func bytes(of text: String, contain fragment: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(fragment.utf8)
        guard needle.count <= haystack.count else { return false }
        return needle.isEmpty || (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
