@testable import InviteTriage

/// Makes notes a pattern should match, from the pattern itself: every branch taken now and
/// then, words where it says `\S+`, then dressed as a note (greeting, capitals, curly
/// apostrophes, accents, a name after it). Not every sample matches (a lookahead may refuse
/// it); the tests that use them ask ICU.
struct PatternSampler {
    var random: FuzzRandom

    static let words = ["new", "kubecon", "great", "rust", "open-source", "team's", "platform", "2019", "berlin", "data"]
    static let openings = ["", "Hi Elena, ", "Hello! ", "Honestly, ", "Dear Ms Marsh — ", "hey elena. ", "Guten Tag, ", "Bonjour Elena, "]
    static let closings = ["", " Helio Systems.", " the Rotterdam Swift Meetup group.", " Sofia Brandt, who says hi.", "!", " Best, Bo",
                           " KubeCon Europe last week.", " University of Edinburgh", " CNCF", " Jan Smit speaks highly of you."]

    init(seed: UInt64) { random = FuzzRandom(seed: seed) }

    /// The bare text one walk through the pattern gives (folded form, lower case).
    mutating func text(_ pattern: String) -> String? {
        guard let tree = PatternSyntax.parse(pattern) else { return nil }
        var output = ""
        emit(tree, into: &output)
        return output
    }

    /// A whole note around one walk through the pattern.
    mutating func note(_ pattern: String) -> String? {
        guard var body = text(pattern) else { return nil }
        if random.chance(25), let first = body.first { body = first.uppercased() + body.dropFirst() }
        if random.chance(25) { body = body.replacingOccurrences(of: "'", with: random.pick(["’", "‘"])) }
        if random.chance(15) { body = body.replacingOccurrences(of: "e", with: "é") }
        if random.chance(10) { body = body.uppercased() }
        return random.pick(Self.openings) + body + random.pick(Self.closings)
    }

    private mutating func emit(_ node: PatternNode, into output: inout String) {
        switch node {
        case .literal(let character): output.unicodeScalars.append(character)
        case .oneOf(let characters): output.unicodeScalars.append(random.pick(characters))
        case .anyCharacter(let kind):
            switch kind {
            case .digit: output.append(random.pick(Array("0123456789")))
            case .space: output.append(" ")
            case .nonSpace, .word, .any: output.append(random.pick(Array("abcxyz")))
            }
        case .zeroWidth: break
        case .alternation(let branches):
            for node in random.pick(branches) { emit(node, into: &output) }
        case .repetition(let inner, let min, let max):
            let count = min + random.below((max.map { Swift.min($0, min + 2) } ?? min + 2) - min + 1)
            for _ in 0..<count {
                // `\S+` is a word.
                if inner == .anyCharacter(.nonSpace) || inner == .anyCharacter(.word) {
                    output += random.pick(Self.words)
                } else {
                    emit(inner, into: &output)
                }
            }
        }
    }
}
