/// A note prepared for matching: split into words (as written and folded), with the greeting
/// and sign-off recognised, so rules look at what the sender actually said.
struct NoteText {
    /// Words as written (split on white space).
    let words: [String]
    /// The same words folded (lower case, no accents), one for one.
    let folded: [String]
    /// `folded` joined by single spaces: what the patterns match against.
    let text: String
    /// Where each word starts in `text` (UTF-16 offsets, as NSRegularExpression reports).
    let wordStarts: [Int]
    /// The body without greeting, sign-off, punctuation and emoji, folded: what generic-text
    /// and mass-message comparisons use.
    let core: String

    init(_ note: String) {
        words = note.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        folded = words.map { TextFolding.fold($0).replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'") }
        var starts: [Int] = []
        var offset = 0
        for word in folded {
            starts.append(offset)
            offset += word.utf16.count + 1
        }
        wordStarts = starts
        text = folded.joined(separator: " ")
        core = NoteText.core(of: folded, original: words)
    }

    var isEmpty: Bool { words.isEmpty }

    /// The index of the word holding UTF-16 offset `offset` of `text`.
    func wordIndex(at offset: Int) -> Int {
        var low = 0
        var high = wordStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if wordStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return max(0, low)
    }

    /// Letters and digits only, greeting and sign-off removed.
    static func core(of folded: [String], original: [String]? = nil) -> String {
        let original = original ?? folded
        // The greeting: greeting words, then the addressee's name as written (capitalised
        // words, up to the punctuation that closes it): "Hi Elena," "Dear Ms Marsh —".
        var start = 0
        while start < folded.count, Phrases.greetingWords.contains(EntityExtractor.bare(folded[start])) { start += 1 }
        if start > 0 {
            var names = 0
            while start < folded.count, names < 3, EntityExtractor.isCapitalised(original[start]) || Self.isPunctuation(original[start]) {
                let closes = EntityExtractor.endsClause(original[start]) || original[start].hasSuffix("—") || Self.isPunctuation(original[start])
                start += 1
                names += 1
                if closes { break }
            }
        }
        let plain = folded[start...].joined(separator: " ").unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" ? Character(scalar) : " "
        }
        return Phrases.strippingSignOff(String(plain).split(separator: " ").map(String.init)).joined(separator: " ")
    }

    private static func isPunctuation(_ word: String) -> Bool {
        !word.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
