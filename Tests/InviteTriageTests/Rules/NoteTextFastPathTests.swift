import Foundation
import Testing
@testable import InviteTriage

/// The byte-wise fast paths of `NoteText` and `NoteAnalysis.looksLikeDefault` give what the
/// plain Character-wise code gave (kept here as the reference), on random notes mixing ASCII,
/// accents, combining marks after spaces, curly quotes, CR LF and non-Latin scripts.
@Suite struct NoteTextFastPathTests {
    static let pieces = ["I'd like to add you to my professional network on LinkedIn", "ich mochte sie zu meinem netzwerk hinzufugen",
                         "Hi", "Elena,", "best", "regards", "Bo", "we", "met", "at", "KubeCon", "I’m", "‘quoted’", "ex-colleague",
                         " ", "  ", "\t", "\r\n", "\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "\u{85}", "\u{A0}", "\u{2003}", "\u{200B}",
                         "é", "e\u{301}", "\u{345}", " \u{345}x", "’\u{20DD}", "ß", "ﬁ", "Straße", "İ", "Ω", "Ω", "K", "😀", "👩‍💻",
                         "مرحبا", "日本", "42", "'", "-", ".", ",", "!", "—", "ǅ",
                         "\u{600} x", "\u{600}", " \u{1F3FB}", "👍🏽", "\u{200D}", " \u{200D}", "\u{0E33}", "गि", " \u{93F}", "\u{2028}", "\u{3000}",
                         "🇳🇱", "\u{1100}\u{1161}", "\u{D55C}", "\r", "x\u{300}", " \u{300}"]

    static func randomNotes(count: Int, seed: UInt64, from pieces: [String] = pieces) -> [String] {
        var random = FuzzRandom(seed: seed)
        return (0..<count).map { _ in
            (0..<random.below(16)).map { _ in random.pick(pieces) }.joined(separator: random.pick([" ", "", "  "]))
        }
    }

    /// The ASCII pieces, and more of a greeting and a sign-off: notes that take the byte path.
    static let asciiPieces = pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        + ["Hello", "Dear", "Ms", "Marsh,", "Ana", "-", "(Bo)", "3M", "O'Neil.", "hi!", "Kind", "Thanks,", "John", "Smith", "x\u{0}y", "..."]

    /// Notes in Latin script with the punctuation people type: the scalar path of the core.
    static let latinPieces = asciiPieces
        + ["Hélène,", "Ærø", "Øster", "ĳssel", "Łódź", "Straße", "ª", "µ", "ħ", "¡Hola!", "«salut»", "“quoted”", "‘hi’", "I’m", "—", "–", "…",
           "€50", "Ça", "va?", "Señora", "ǅemal", "soft\u{AD}hyphen", "†", "‰", "‹x›", "É", "ÉCOLE", "Ōsaka", "ƒ", "Ǆ", "ɐ"]

    @Test func scalarSplitMatchesCharacterSplit() {
        let everyASCII = String(String.UnicodeScalarView((0..<128).compactMap { Unicode.Scalar(UInt8($0)) }))
        let everyWhiteSpace = (0..<0x3001).compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace)
        let neighbours = ["a", "é", "\u{301}", "\u{600}", "\u{93F}", "\u{200D}", "\u{1F3FB}", "—", "😀"]
        let aroundWhiteSpace = everyWhiteSpace.flatMap { space in neighbours.flatMap { before in neighbours.map { before + String(space) + $0 } } }
        for note in [everyASCII, "a\r\nb", "a\u{1C}b c\u{0B}d"] + aroundWhiteSpace + Self.randomNotes(count: 3_000, seed: 0x5917) {
            #expect(NoteText.splitOnWhiteSpace(note) == note.split(whereSeparator: { $0.isWhitespace }).map(String.init), "\(note.debugDescription)")
        }
    }

    /// A space beside a scalar the split calls safe is a Character of its own, for every
    /// scalar of planes 0, 1 and 14 (every script, mark, emoji and tag): the stdlib's grapheme
    /// breaking is the reference, so a new Unicode version that adds a Prepend letter or a
    /// spacing mark fails here rather than splitting notes wrongly.
    @Test func safeNeighboursNeverJoinASpace() {
        let scalars = (0..<0x20000).compactMap(Unicode.Scalar.init) + (0xE0000..<0xE1000).compactMap(Unicode.Scalar.init)
        var safeAfter = 0, safeBefore = 0
        for scalar in scalars where !NoteText.splitOnWhiteSpaceCharacters(String(scalar)).isEmpty {
            let character = String(scalar)
            if NoteText.isSafe(after: scalar) {
                safeAfter += 1
                #expect(Array("a " + character).count == 3, "a space then U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
            if NoteText.isSafe(before: scalar) {
                safeBefore += 1
                #expect(Array(character + " a").count == 3, "U+\(String(scalar.value, radix: 16, uppercase: true)) then a space")
            }
        }
        // Letters of every script count as safe: the fast split is not for Latin alone.
        #expect(safeAfter > 75_000 && safeBefore > 120_000, "\(safeAfter) \(safeBefore)")
        for word in ["Привет", "日本語", "مرحبا", "שלום", "नमस्ते", "안녕하세요", "สวัสดี", "Γειά"] {
            #expect(NoteText.isSafe(after: word.unicodeScalars.first!) && NoteText.isSafe(before: word.unicodeScalars.last!), "\(word)")
        }
    }

    /// The byte split decodes the scalar on each side of an ASCII space only where it is not
    /// ASCII: scripts and symbols around spaces, every one of them against the Character split.
    @Test func byteSplitAroundNonASCIINeighbours() {
        let neighbours = ["Привет", "مرحبا", "日本", "नमस्ते", "गि", "e\u{301}", "\u{301}", "’", "—", "😀", "👍🏽", "\u{1F3FB}", "\u{200D}",
                          "\u{600}", "\u{5FF}", "\u{2FF}", "\u{300}", "\u{2010}", "\u{2027}", "\u{2028}", "\u{205F}", "\u{A0}", "\u{85}",
                          "\u{1680}", "\u{3000}", "\u{202F}", "\u{200A}", "\u{200B}", "\u{FEFF}", "a", "1", ""]
        for before in neighbours {
            for space in [" ", "\t", "\n", "\r\n", "  "] {
                for after in neighbours {
                    let note = "x" + before + space + after + "y " + after
                    #expect(NoteText.splitOnWhiteSpace(note) == note.split(whereSeparator: { $0.isWhitespace }).map(String.init), "\(note.debugDescription)")
                }
            }
        }
    }

    /// Counting mass messages reduces every note to its core without the rest of `NoteText`.
    @Test func coreAloneIsTheCoreOfTheWholeNoteText() {
        for note in NoteSamples.all + Self.randomNotes(count: 2_000, seed: 0xC0DE) {
            #expect(NoteText.core(of: note) == NoteText(note).core, "\(note.debugDescription)")
        }
    }

    /// The joined text is built from bytes: the words joined by single spaces, words that fold
    /// to nothing (a lone mark) included, each starting where `wordStarts` says.
    @Test func textIsTheFoldedWordsJoined() {
        for note in ["\u{301} lone mark first", "a \u{200B} b", "\u{345}"] + NoteSamples.all + Self.randomNotes(count: 2_000, seed: 0x7E47) {
            let prepared = NoteText(note)
            #expect(prepared.text == prepared.folded.joined(separator: " "), "\(note.debugDescription)")
            for (word, start) in zip(prepared.folded, prepared.wordStarts) {
                let found = prepared.nsText.substring(with: NSRange(location: start, length: word.utf16.count))
                #expect(found == word, "\(note.debugDescription)")
            }
        }
    }

    /// The scalar path of the core splits words on ASCII white space alone: right only while
    /// every scalar it takes is a safe neighbour of a space.
    @Test func latinCoreScalarsAreSafeNeighbours() {
        let taken = (0x80..<0x2100).compactMap(Unicode.Scalar.init).filter { NoteText.isLatinCoreScalar($0.value) }
        #expect(taken.count > 500)
        for scalar in taken {
            #expect(NoteText.isSafe(before: scalar) && NoteText.isSafe(after: scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func straighteningQuotesMatchesFoundation() {
        for word in ["i’m", "‘hi’", "’\u{20DD}x", "e\u{301}’", "plain", "’", "x‘\u{301}", "’’"] + Self.randomNotes(count: 500, seed: 0x9007) {
            let expected = word.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            #expect(NoteText.straighteningQuotes(word) == expected, "\(word.debugDescription)")
        }
    }

    @Test func coreAndDefaultTextMatchTheReference() {
        let defaults = Phrases.defaultTexts.map { Self.pieces[0] + " " + $0 }
        // Each default text with one to four words around it, a word dropped or replaced.
        let around = ["ana", "bo marsh", "dr ana de la", "日本"]
        var variants: [String] = []
        for text in Phrases.defaultTexts {
            let words: [String] = text.split(separator: " ").map(String.init)
            for name in around { variants += [name + " " + text, text + " " + name] }
            for index in words.indices {
                var dropped = words, replaced = words
                dropped.remove(at: index)
                replaced[index] = "kubecon"
                variants += [dropped.joined(separator: " "), replaced.joined(separator: " ")]
            }
        }
        let notes = Self.randomNotes(count: 3_000, seed: 0xC0DE) + Self.randomNotes(count: 3_000, seed: 0xA5C1, from: Self.asciiPieces)
            + Self.randomNotes(count: 3_000, seed: 0x1A71, from: Self.latinPieces)
        for note in notes + defaults + Phrases.defaultTexts + variants {
            let words = note.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            let folded = words.map { TextFolding.fold($0).replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'") }
            let core = Self.referenceCore(of: folded, original: words)
            #expect(NoteText(note).core == core, "\(note.debugDescription)")
            #expect(NoteText.core(of: note) == core, "\(note.debugDescription)")
            #expect(NoteAnalysis.looksLikeDefault(core) == Self.referenceLooksLikeDefault(core), "\(core.debugDescription)")
        }
    }

    /// `NoteText.core` as it was before the fast paths (and since, the sender's words after a greeting).
    static func referenceCore(of folded: [String], original: [String]) -> String {
        var start = 0
        while start < folded.count, Phrases.greetingWords.contains(referenceBare(folded[start])) { start += 1 }
        if start > 0 {
            var names = 0
            // "Hi, I'm Tom": the sender speaking, not a name greeted.
            while start < folded.count, names < 3, !["i", "i'm", "im", "i've", "i'd", "i'll", "we", "we're", "we've", "my", "our"].contains(referenceBare(folded[start])),
                  EntityExtractor.isCapitalised(original[start]) || isPunctuation(original[start]) {
                let closes = EntityExtractor.endsClause(original[start]) || original[start].hasSuffix("—") || isPunctuation(original[start])
                start += 1
                names += 1
                if closes { break }
            }
        }
        let plain = folded[start...].joined(separator: " ").unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" ? Character(scalar) : " "
        }
        let tokens = String(plain).split(separator: " ").map(String.init)
        return tokens[..<Phrases.signOffStart(tokens.count) { tokens[$0] }].joined(separator: " ")
    }

    static func referenceBare(_ word: String) -> String {
        String(word.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "'" }.map(Character.init))
    }

    static func isPunctuation(_ word: String) -> Bool {
        !word.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// `NoteAnalysis.looksLikeDefault` as it was before the fast paths.
    static func referenceLooksLikeDefault(_ core: String) -> Bool {
        let defaults = Phrases.defaultTexts.map { ($0, $0.split(separator: " ").count, Set($0.split(separator: " "))) }
        guard !core.isEmpty else { return false }
        let words = core.split(separator: " ")
        guard words.count <= (defaults.map(\.1).max() ?? 0) + 3 else { return false }
        for entry in defaults {
            if core == entry.0 { return true }
            if core.hasPrefix(entry.0 + " ") || core.hasSuffix(" " + entry.0) {
                if words.count - entry.1 <= 3 { return true }
            }
        }
        let noteWords = Set(words)
        for entry in defaults where entry.2.count >= 5 && abs(entry.2.count - noteWords.count) <= 3 {
            let shared = noteWords.intersection(entry.2).count
            if Double(shared) / Double(noteWords.union(entry.2).count) >= 0.7 { return true }
        }
        return false
    }
}
