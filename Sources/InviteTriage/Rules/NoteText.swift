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
        core = NoteText.core(of: folded)
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
    static func core(of folded: [String]) -> String {
        let plain = folded.joined(separator: " ").unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" ? Character(scalar) : " "
        }
        var tokens = String(plain).split(separator: " ").map(String.init)
        tokens = Phrases.strippingGreeting(tokens)
        tokens = Phrases.strippingSignOff(tokens)
        return tokens.joined(separator: " ")
    }
}
