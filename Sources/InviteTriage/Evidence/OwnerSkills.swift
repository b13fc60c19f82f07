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
        for name in names.uniqued() {
            let words = OrganisationName.words(name)
            guard !words.isEmpty, !Phrases.everydaySkills.contains(words.joined(separator: " ")),
                  words.count > 1 || words[0].count >= 3 else { continue }
            kept.append((name, words))
        }
        skills = kept
        startingWith = kept.enumerated().reduce(into: [:]) { map, skill in map[skill.element.words[0], default: []].append(skill.offset) }
    }

    /// The skills a note's core (its folded words, single-spaced) names, in the order they
    /// come, when they are common ground: two of them, or one of several words ("Site
    /// Reliability Engineering"). One single word ("Kubernetes") is what a stock note about the
    /// reader's profile names too: none then.
    func commonGround(inCore core: String) -> [String] {
        guard !skills.isEmpty, !core.isEmpty else { return [] }
        let words = core.split(separator: " ")
        var found: [Int] = []
        for (position, word) in words.enumerated() {
            for index in startingWith[String(word)] ?? [] where !found.contains(index) {
                let skill = skills[index].words
                guard position + skill.count <= words.count,
                      zip(skill.dropFirst(), words[(position + 1)...]).allSatisfy({ $0 == $1 }) else { continue }
                found.append(index)
            }
        }
        guard found.count >= 2 || found.contains(where: { skills[$0].words.count > 1 }) else { return [] }
        return found.map { skills[$0].name }
    }
}
