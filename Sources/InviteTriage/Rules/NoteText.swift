import Foundation

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
    /// `text` as Foundation sees it, and all of it as a range: made once per note, not once
    /// per pattern.
    let nsText: NSString
    let fullRange: NSRange
    /// The body without greeting, sign-off, punctuation and emoji, folded: what generic-text
    /// and mass-message comparisons use.
    let core: String

    init(_ note: String) {
        words = NoteText.splitOnWhiteSpace(note)
        folded = NoteText.folding(words)
        var starts: [Int] = []
        starts.reserveCapacity(folded.count)
        var offset = 0
        // Joined as bytes: `joined(separator:)` cost ~250 instructions a word.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.reduce(0) { $0 + $1.utf8.count + 1 })
        for word in folded {
            // A word can fold to nothing (a lone mark): its space stays, as the offsets count it.
            if !starts.isEmpty { bytes.append(0x20) }
            starts.append(offset)
            offset += word.utf16.count + 1
            bytes.append(contentsOf: word.utf8)
        }
        wordStarts = starts
        text = String(decoding: bytes, as: UTF8.self)
        nsText = NSString(string: text)
        fullRange = NSRange(location: 0, length: max(0, offset - 1))
        core = NoteText.latinCore(of: note) ?? NoteText.core(of: folded, original: words)
    }

    /// The words of a note, split where `Character.isWhitespace` says, without breaking the
    /// text into Characters (that was a sixth of preparing a note). A white-space scalar is a
    /// Character of its own unless the scalar before it is a Prepend (all at U+0600 or above)
    /// or the one after it a combining mark, a spacing mark or a joiner: with neighbours that
    /// `isSafe` accepts (letters of every script, digits, punctuation, symbols) it is, and the
    /// scalar split is the Character split. Other notes take the Character path.
    static func splitOnWhiteSpace(_ note: String) -> [String] {
        if let words = splitOnASCIIWhiteSpace(note) { return words }
        let scalars = note.unicodeScalars
        var words: [String] = []
        var wordStart: String.Index?
        var previous: Unicode.Scalar?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWhiteSpace(scalar) {
                if let previous, !isSafe(before: previous) { return splitOnWhiteSpaceCharacters(note) }
                if next < scalars.endIndex, !isSafe(after: scalars[next]) { return splitOnWhiteSpaceCharacters(note) }
                if let start = wordStart { words.append(String(scalars[start..<index])) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = index
            }
            previous = scalar
            index = next
        }
        if let start = wordStart { words.append(String(scalars[start...])) }
        return words
    }

    /// The same split from the bytes, for notes whose white space is all ASCII with safe
    /// neighbours (decoded only where not ASCII): each such space is a Character of its own.
    /// Walking the scalars was a quarter of preparing a note. nil for other notes.
    private static func splitOnASCIIWhiteSpace(_ note: String) -> [String]? {
        var note = note  // `withUTF8` is mutating; native strings are not copied.
        return note.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var wordStart = -1
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if index > 0, bytes[index - 1] >= 0x80, !isSafe(before: scalar(in: bytes, endingAt: index)) { return nil }
                    if index + 1 < bytes.count, bytes[index + 1] >= 0x80, !isSafe(after: scalar(in: bytes, startingAt: index + 1)) { return nil }
                    if wordStart >= 0 {
                        words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]), as: UTF8.self))
                        wordStart = -1
                    }
                    continue
                }
                if byte >= 0xC2, byte <= 0xE3, startsNonASCIIWhiteSpace(bytes, at: index) { return nil }
                if wordStart < 0 { wordStart = index }
            }
            if wordStart >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart...]), as: UTF8.self)) }
            return words
        }
    }

    /// The scalar whose UTF-8 starts at `start` (valid UTF-8: a String's bytes).
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int) -> Unicode.Scalar {
        var iterator = UnsafeBufferPointer(rebasing: bytes[start...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    /// The scalar whose UTF-8 ends just before `end`.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(in: bytes, startingAt: start)
    }

    /// Whether the UTF-8 at `index` encodes one of the non-ASCII White_Space scalars: U+0085,
    /// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    private static func startsNonASCIIWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return byte(1) == 0x85 || byte(1) == 0xA0
        case 0xE1: return byte(1) == 0x9A && byte(2) == 0x80
        case 0xE2:
            if byte(1) == 0x80 { return byte(2) <= 0x8A || byte(2) == 0xA8 || byte(2) == 0xA9 || byte(2) == 0xAF }
            return byte(1) == 0x81 && byte(2) == 0x9F
        case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80
        default: return false
        }
    }

    static func splitOnWhiteSpaceCharacters(_ note: String) -> [String] {
        note.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// Not a Prepend scalar (GB9b: it would join the space after it). Prepend scalars are
    /// format characters (U+0600–U+0605 …) and the few letters listed; every scalar of
    /// planes 0, 1 and 14 is checked against the Character split by a test.
    static func isSafe(before scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x0600 || isWhiteSpace(scalar) { return true }
        if prependLetters.contains(value) { return false }
        return scalar.properties.generalCategory != .format
    }

    /// Neither a combining mark, a spacing mark, a joiner nor an emoji modifier (GB9, GB9a:
    /// it would join the space before it): letters of any script but the few listed, digits,
    /// punctuation, symbols, more white space.
    static func isSafe(after scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x0300 || isWhiteSpace(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter:
            return !spacingMarkLetters.contains(value)
        case .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation, .dashPunctuation, .openPunctuation,
             .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol:
            return true
        case .otherSymbol:
            return !(0x1F3FB...0x1F3FF).contains(value)  // emoji skin tones are Extend
        default:
            return false  // marks, modifiers, format, control, private use, unassigned
        }
    }

    /// Letters whose Grapheme_Cluster_Break is SpacingMark (Thai and Lao SARA AM) or Prepend.
    private static let spacingMarkLetters: Set<UInt32> = [0x0E33, 0x0EB3]
    private static let prependLetters: Set<UInt32> = [0x0D4E, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84, 0x11A85, 0x11A86, 0x11A87,
                                                      0x11A88, 0x11A89, 0x113D1, 0x11D46, 0x11F02]

    /// A typed ’ or ‘ becomes ', as the patterns write it. Most words hold neither (both start
    /// with the byte E2 in UTF-8) and are returned untouched; a word that is plain ASCII
    /// besides is mapped scalar by scalar, which is what Foundation's search gives there.
    static func straighteningQuotes(_ word: String) -> String {
        guard word.utf8.contains(0xE2) else { return word }
        if word.unicodeScalars.allSatisfy({ $0.isASCII || quotes.contains($0) }) {
            return String(String.UnicodeScalarView(word.unicodeScalars.map { quotes.contains($0) ? "'" : $0 }))
        }
        return word.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
    }

    private static let quotes: Set<Unicode.Scalar> = ["’", "‘"]

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
    private static func folding(_ words: [String]) -> [String] {
        // Plain ASCII holds no curly quote: most words need no second look.
        words.map { TextFolding.foldASCII($0) ?? straighteningQuotes(TextFolding.fold($0)) }
    }

    /// `NoteText(note).core` without what only the patterns need (the joined text, the word
    /// offsets, the NSString): counting mass messages wants the core of every note.
    static func core(of note: String) -> String {
        if let core = latinCore(of: note) { return core }
        let words = splitOnWhiteSpace(note)
        return core(of: folding(words), original: words)
    }

    /// `core(of:)` of a note in Latin script: ASCII, the letters and signs up to U+024F, the
    /// general punctuation (dashes, curly quotes, the ellipsis) and €. Folding such a word is
    /// folding each of its scalars, so the core is made from the bytes, a scalar at a time
    /// (`latinPlain`), and only the greeting's words become Strings (the sign-off's in
    /// `plainCore`). Counting mass messages makes the core of every distinct note. nil for
    /// other notes.
    static func latinCore(of note: String) -> String? {
        var note = note  // `withUTF8` is mutating; native strings are not copied.
        return note.withUTF8 { bytes -> String? in
            // The words, split on ASCII white space: every scalar taken here is a safe
            // neighbour of a space (a test checks), so this is the Character split.
            var words: [Range<Int>] = []
            words.reserveCapacity(bytes.count / 4 + 1)
            var wordStart = -1
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if wordStart >= 0 { words.append(wordStart..<index) }
                    wordStart = -1
                    index += 1
                    continue
                }
                let (value, length) = scalar(bytes, at: index)
                guard value < 0x80 || isLatinCoreScalar(value) else { return nil }
                if wordStart < 0 { wordStart = index }
                index += length
            }
            if wordStart >= 0 { words.append(wordStart..<bytes.count) }
            // The greeting and the addressee's name, as `core(of:original:)` finds them.
            func original(_ word: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[words[word]]), as: UTF8.self) }
            var start = 0
            while start < words.count, Phrases.greetingWords.contains(EntityExtractor.bare(straighteningQuotes(TextFolding.fold(original(start))))) {
                start += 1
            }
            if start > 0 {
                var names = 0
                while start < words.count, names < 3 {
                    let word = original(start)
                    guard EntityExtractor.isCapitalised(word) || isPunctuation(word),
                          !senderWords.contains(EntityExtractor.bare(straighteningQuotes(TextFolding.fold(word)))) else { break }
                    let closes = EntityExtractor.endsClause(word) || word.hasSuffix("—") || isPunctuation(word)
                    start += 1
                    names += 1
                    if closes { break }
                }
            }
            let table = latinPlain
            var plain: [UInt8] = []
            plain.reserveCapacity(bytes.count)
            for (position, word) in words[start...].enumerated() {
                if position > 0 { plain.append(0x20) }
                var index = word.lowerBound
                while index < word.upperBound {
                    let (value, length) = scalar(bytes, at: index)
                    index += length
                    // Up to three bytes, the count in the low byte; nil: folds to a letter
                    // outside ASCII, for the general path.
                    guard var packed = table[Int(value)] else { return nil }
                    for _ in 0..<(packed & 0xFF) {
                        packed >>= 8
                        plain.append(UInt8(truncatingIfNeeded: packed))
                    }
                }
            }
            return plainCore(plain)
        }
    }

    /// The scalar at `index` of valid UTF-8, and its length; a scalar of four bytes (not one
    /// `latinCore` takes) as U+FFFFF.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3) }
        return (0xFFFFF, 4)
    }

    /// The scalars besides ASCII that `latinCore` takes.
    static func isLatinCoreScalar(_ value: UInt32) -> Bool {
        (0xA1...0x24F).contains(value) || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || value == 0x20AC
    }

    /// For each scalar `latinCore` takes, what it adds to the core's letters, packed (the bytes
    /// from the second byte up, their count in the first): its fold as `folding` makes it
    /// (curly quotes straightened), anything but letters, digits and apostrophes as a space;
    /// nil where the fold holds a letter outside ASCII (ª, µ, ħ …).
    private static let latinPlain: [UInt32?] = (0..<0x20AD).map { value -> UInt32? in
        guard value < 0x80 || isLatinCoreScalar(UInt32(value)), let scalar = Unicode.Scalar(value) else { return nil }
        var bytes: [UInt8] = []
        for folded in straighteningQuotes(TextFolding.fold(String(scalar))).unicodeScalars {
            if folded.isASCII {
                bytes.append(EntityExtractor.isLetterDigitOrApostrophe(ascii: UInt8(folded.value)) ? UInt8(folded.value) : 0x20)
            } else if EntityExtractor.isLetterDigitOrApostrophe(folded) {
                return nil
            } else {
                bytes.append(0x20)
            }
        }
        guard bytes.count <= 3 else { return nil }
        return bytes.enumerated().reduce(UInt32(bytes.count)) { $0 | UInt32($1.element) << (8 * ($1.offset + 1)) }
    }

    static func core(of folded: [String], original: [String]? = nil) -> String {
        let original = original ?? folded
        let start = greetingEnd(folded, original: original)
        // Letters, digits and apostrophes; a space for anything else. Built as UTF-8 bytes:
        // appending scalars to a String one by one cost more than the rest of the note.
        var plain: [UInt8] = []
        plain.reserveCapacity(folded[start...].reduce(0) { $0 + $1.utf8.count + 1 })
        var isASCII = true
        for (index, word) in folded[start...].enumerated() {
            if index > 0 { plain.append(0x20) }
            var word = word  // `withUTF8` is mutating; native strings are not copied.
            let wasASCII = word.withUTF8 { bytes -> Bool in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
                for byte in bytes { plain.append(EntityExtractor.isLetterDigitOrApostrophe(ascii: byte) ? byte : 0x20) }
                return true
            }
            if wasASCII { continue }
            for scalar in word.unicodeScalars {
                if EntityExtractor.isLetterDigitOrApostrophe(scalar) {
                    UTF8.encode(scalar) { plain.append($0) }
                    isASCII = isASCII && scalar.isASCII
                } else {
                    plain.append(0x20)
                }
            }
        }
        // Elsewhere than in ASCII, a mark after a space joins it in one Character, and only
        // `split` on the String says where the words end.
        guard isASCII else {
            let tokens = String(decoding: plain, as: UTF8.self).split(separator: " ").map(String.init)
            return tokens[..<Phrases.signOffStart(tokens.count) { tokens[$0] }].joined(separator: " ")
        }
        return plainCore(plain)
    }

    /// Where the greeting ends: greeting words, then the addressee's name as written
    /// (capitalised words, up to the punctuation that closes it): "Hi Elena," "Dear Ms Marsh —".
    /// Words that open the sender's own sentence, capitalised or not: never a name greeted.
    private static let senderWords: Set<String> = ["i", "i'm", "im", "i've", "i'd", "i'll", "we", "we're", "we've", "my", "our"]

    static func greetingEnd(_ folded: [String], original: [String]) -> Int {
        var start = 0
        while start < folded.count, Phrases.greetingWords.contains(EntityExtractor.bare(folded[start])) { start += 1 }
        guard start > 0 else { return 0 }
        var names = 0
        // "Hi, I'm Tom": the sender speaking, not a name greeted.
        while start < folded.count, names < 3, !senderWords.contains(EntityExtractor.bare(folded[start])),
              EntityExtractor.isCapitalised(original[start]) || isPunctuation(original[start]) {
            let closes = EntityExtractor.endsClause(original[start]) || original[start].hasSuffix("—") || isPunctuation(original[start])
            start += 1
            names += 1
            if closes { break }
        }
        return start
    }

    /// The core of ASCII text reduced to letters, digits, apostrophes and spaces: the words are
    /// the runs of non-spaces, made Strings only where the sign-off is looked for; the core is
    /// their bytes joined by single spaces.
    private static func plainCore(_ plain: [UInt8]) -> String {
        var words: [Range<Int>] = []
        words.reserveCapacity(plain.count / 2 + 1)
        var wordStart = -1
        for (offset, byte) in plain.enumerated() {
            if byte == 0x20 {
                if wordStart >= 0 { words.append(wordStart..<offset) }
                wordStart = -1
            } else if wordStart < 0 {
                wordStart = offset
            }
        }
        if wordStart >= 0 { words.append(wordStart..<plain.count) }
        let kept = Phrases.signOffStart(words.count) { String(decoding: plain[words[$0]], as: UTF8.self) }
        guard kept > 0 else { return "" }
        // The kept words' bytes, one space between each.
        return String(unsafeUninitializedCapacity: words[kept - 1].upperBound - words[0].lowerBound) { core in
            var count = 0
            for (position, word) in words[..<kept].enumerated() {
                if position > 0 { core[count] = 0x20; count += 1 }
                for byte in plain[word] { core[count] = byte; count += 1 }
            }
            return count
        }
    }

    private static func isPunctuation(_ word: String) -> Bool {
        !word.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
