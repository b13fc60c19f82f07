import Testing
@testable import InviteTriage

/// `fold`'s fast paths (ASCII, and text scalar by scalar in the scripts of most names) give
/// what the general path gives, byte for byte; folded ASCII text comes back without change.
@Suite struct TextFoldingFastPathTests {
    static let asciiPieces = ["", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "\u{7F}", "\0", "a", "Z",
                              "Jan", "JANSEN", "de", "O'Brien", "3", "-", ",", ".", "@", "[", "`", "{", "~"]
    static let otherPieces = ["\u{A0}", "\u{85}", "\u{200B}", "\u{FEFF}", "\u{3000}", "é", "e\u{301}", "ß", "Ø", "İ", "ǅ", "😀", "王"]

    @Test func everyShortASCIITextFoldsAsTheGeneralPathFoldsIt() {
        let alphabet = [" ", "\t", "\n", "\r", "\u{1C}", "a", "A", "-"]
        var texts = [""]
        var different: [String] = []
        for _ in 0..<4 {
            texts = texts.flatMap { text in alphabet.map { text + $0 } }
            for text in texts where !sameBytes(TextFolding.fold(text), TextFolding.foldInGeneral(text)) {
                different.append(text.debugDescription)
            }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func randomTextFoldsAsTheGeneralPathFoldsIt() {
        var random = FuzzRandom(seed: 0xF01D_0001)
        var different: [String] = []
        for index in 0..<20_000 {
            let pieces = index % 4 == 0 ? Self.asciiPieces + Self.otherPieces : Self.asciiPieces
            let text = (0..<random.below(10)).map { _ in random.pick(pieces) }.joined()
            if !sameBytes(TextFolding.fold(text), TextFolding.foldInGeneral(text)) { different.append(text.debugDescription) }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func randomLatinTextFoldsAsTheGeneralPathFoldsIt() {
        var random = FuzzRandom(seed: 0xF01D_0002)
        let latin = (0x80..<0x300).compactMap(Unicode.Scalar.init).map(String.init)
        var different: [String] = []
        for _ in 0..<20_000 {
            let text = (0..<random.below(8)).map { _ in random.chance(50) ? random.pick(latin) : random.pick(Self.asciiPieces) }.joined()
            if !sameBytes(TextFolding.fold(text), TextFolding.foldInGeneral(text)) { different.append(text.debugDescription) }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    /// The scalars the tables and the arithmetic cover beyond Latin: every one from U+0300 to
    /// U+10FF, from U+1E00 to U+2BFF (accents, punctuation, symbols), of CJK punctuation and
    /// kana, from U+FE00 to U+FFFF (variation selectors, full-width forms) and U+1F000 to
    /// U+1FAFF (emoji), every Hangul syllable, every 7th ideograph.
    static let otherScriptScalars: [Unicode.Scalar] = (Array(0x300..<0x1100) + Array(0x1E00..<0x2C00) + Array(0x3000..<0x3100)
        + Array(0xFE00..<0x10000) + Array(0x1F000..<0x1FB00) + Array(0xAC00..<0xD7A4)
        + Array(stride(from: 0x3400, to: 0x4DC0, by: 7)) + Array(stride(from: 0x4E00, to: 0xA000, by: 7))).compactMap(Unicode.Scalar.init)

    /// Every scalar the tables cover, Latin and the others, beside spaces, ASCII, itself, and
    /// marks that canonical ordering swaps (ccc 230, 220).
    @Test func everyScalarOfTheTablesFoldsAsTheGeneralPathFoldsIt() {
        var different: [String] = []
        for scalar in (0x80..<0x300).compactMap(Unicode.Scalar.init) + Self.otherScriptScalars {
            for text in ["\(scalar)", " A\(scalar) \(scalar)b ", "\(scalar)\(scalar)\u{A0}\(scalar)\t", "x\u{301}\(scalar)",
                         "x\u{301}\(scalar)\u{301}\u{316}é"]
            where !sameBytes(TextFolding.fold(text), TextFolding.foldInGeneral(text)) {
                different.append(text.debugDescription)
            }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func randomTextInOtherScriptsFoldsAsTheGeneralPathFoldsIt() {
        var random = FuzzRandom(seed: 0xF01D_0003)
        let other = Self.otherScriptScalars.map(String.init)
        let names = ["Иван Петров", "Ёлка", "Ελένη Παπαδοπούλου", "Άγγελος", "דוד כהן", "محمد الأحمد", "प्रिया शर्मा", "สมชาย",
                     "山田 太郎", "がぎぐ", "김민준", "ქეთევან", "Nguyễn Thị Hương", "Ἀθηνᾶ"]
        var different: [String] = []
        for _ in 0..<20_000 {
            let text = (0..<random.below(8)).map { _ in
                random.chance(30) ? random.pick(names) : random.chance(50) ? random.pick(other) : random.pick(Self.asciiPieces + Self.otherPieces)
            }.joined()
            if !sameBytes(TextFolding.fold(text), TextFolding.foldInGeneral(text)) { different.append(text.debugDescription) }
        }
        #expect(different.isEmpty, "\(different.count) differ, e.g. \(different.prefix(10))")
    }

    @Test func foldedTextIsKept() {
        for folded in ["", "jan jansen", "o'brien-smith, cism", "a"] {
            #expect(TextFolding.fold(folded) == folded)
        }
        #expect(TextFolding.fold(" jan") == "jan")
        #expect(TextFolding.fold("jan  jansen") == "jan jansen")
        #expect(TextFolding.fold("jan\tjansen") == "jan jansen")
        #expect(TextFolding.fold("jan ") == "jan")
    }
}
