/// The owner's skills that name common ground when a note names them ("I run a Go meetup and
/// would love you to speak about Terraform and Kubernetes"), folded once per rescore. Skills
/// every profile lists ("Leadership", "Software Development") and words too short to tell
/// from ordinary ones ("Go", "AI") say nothing about the reader, and are left out.
struct OwnerSkills: Sendable {
    /// Each kept skill as written, and its folded words.
    private let skills: [(name: String, words: [String])]
    /// For each first word, the skills that start with it.
    private let startingWith: [String: [Int]]

    init(_ names: [String]) {
        var kept: [(name: String, words: [String])] = []
        var seen = Set<[String]>()
        for name in names {
            let words = OrganisationName.words(name)
            guard !words.isEmpty, !Phrases.everydaySkills.contains(words.joined(separator: " ")),
                  words.count > 1 || words[0].count >= 3, seen.insert(words).inserted else { continue }
            kept.append((name, words))
        }
        skills = kept
        startingWith = kept.enumerated().reduce(into: [:]) { map, skill in map[skill.element.words[0], default: []].append(skill.offset) }
    }

    /// The skills a note's core (its folded words, single-spaced) names, in the order they
    /// come, when there are two or more: one ("your Site Reliability Engineering experience")
    /// is what a mail-merged stock note names too. None otherwise.
    func commonGround(inCore core: String) -> [String] {
        guard skills.count >= 2, !core.isEmpty else { return [] }
        let words = core.split(separator: " ").map(Self.withoutElision)
        var found: [Int] = []
        for (position, word) in words.enumerated() {
            for index in startingWith[String(word)] ?? [] where !found.contains(index) {
                let skill = skills[index].words
                guard position + skill.count <= words.count,
                      zip(skill.dropFirst(), words[(position + 1)...]).allSatisfy({ $0 == $1 }) else { continue }
                found.append(index)
            }
        }
        return found.count >= 2 ? found.map { skills[$0].name } : []
    }

    /// The core keeps apostrophes: "Terraform's" names Terraform, "l'énergie" énergie.
    private static func withoutElision(_ word: Substring) -> Substring {
        var word = word
        if word.hasSuffix("'s") { word = word.dropLast(2) }
        if let apostrophe = word.firstIndex(of: "'"), word.distance(from: word.startIndex, to: apostrophe) <= 2 {
            word = word[word.index(after: apostrophe)...]
        }
        return word
    }
}
