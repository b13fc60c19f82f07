/// What the personal model looks at: the words and word pairs of the note and the headline
/// (lower case, accents folded) and the reason codes that fired.
enum FeatureExtractor {
    private static let stopWords: Set<String> = [
        "the", "a", "an", "and", "or", "to", "of", "in", "on", "at", "for", "with", "is", "are", "be", "i", "you", "your",
        "my", "me", "we", "our", "it", "this", "that", "hi", "hello", "dear", "hey", "would", "like", "love", "connect",
        "de", "la", "le", "et", "en", "het", "een", "der", "die", "das", "und", "el", "los", "y", "o", "e", "il", "di",
    ]

    static func features(note: String?, headline: String?, codes: [String]) -> Set<String> {
        var features = Set<String>()
        for (prefix, text) in [("w:", note), ("h:", headline)] {
            let words = words(text ?? "")
            for word in words where !stopWords.contains(word) { features.insert(prefix + word) }
            for index in words.indices.dropLast() where !(stopWords.contains(words[index]) && stopWords.contains(words[index + 1])) {
                features.insert(prefix + words[index] + " " + words[index + 1])
            }
        }
        if (note ?? "").isEmpty { features.insert("w:(no note)") }
        for code in codes where code != LearnedReason.code { features.insert("r:" + code) }
        return features
    }

    static func words(_ text: String) -> [String] {
        TextFolding.fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init).filter { $0.count >= 2 }
    }

    /// A feature as people read it: “recruiter” in the note, headline “data”, code generic_message.
    static func describe(_ feature: String) -> String {
        let value = String(feature.dropFirst(2))
        switch feature.prefix(2) {
        case "h:": return "headline “\(value)”"
        case "r:": return "code \(value)"
        default: return value == "(no note)" ? "no note" : "“\(value)”"
        }
    }
}
