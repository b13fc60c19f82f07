import Foundation

/// The one folding for matching text: names, companies, schools, notes. Lower-cases, removes
/// accents (é → e, ß → ss), turns every run of spaces into one space and trims. Used for
/// matching only; what a person wrote is stored as written.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        if let byScalar = foldByScalar(text) { return byScalar }
        return foldInGeneral(text)
    }

    /// Every step for any text. `fold` gives the same result faster for plain ASCII.
    static func foldInGeneral(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        let asciiOnly = text.utf8.allSatisfy { $0 < 0x80 }
        let source = asciiOnly ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in source {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !output.isEmpty
                continue
            }
            if !asciiOnly {
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                if let replacement = specialLetters[scalar] {
                    if pendingSpace { output.append(" "); pendingSpace = false }
                    output.append(contentsOf: replacement.unicodeScalars)
                    continue
                }
            }
            if pendingSpace { output.append(" "); pendingSpace = false }
            if scalar.isASCII {
                let value = scalar.value
                output.append((65...90).contains(value) ? Unicode.Scalar(value + 32)! : scalar)
            } else {
                output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(output)
    }

    /// The common case, byte by byte: nil when the text is not plain ASCII. It runs for every
    /// name and every word of every note, so text that is folded already (most words) is
    /// returned as is, without a copy; the bytes are read from the String's own buffer.
    static func foldASCII(_ text: String) -> String? {
        let original = text
        var text = text  // `withUTF8` is mutating; native strings are not copied.
        return text.withUTF8 { bytes -> String? in
            var isFolded = true
            var previous: UInt8 = 0x20  // so that a leading space counts as a run to drop
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if isASCIISpace(byte) {
                    if byte != 0x20 || previous == 0x20 { isFolded = false }
                } else if (0x41...0x5A).contains(byte) {
                    isFolded = false
                }
                previous = isASCIISpace(byte) ? 0x20 : byte
            }
            if isFolded, previous != 0x20 || bytes.isEmpty { return original }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if isASCIISpace(byte) {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        buffer[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    buffer[count] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                    count += 1
                }
                return count
            }
        }
    }

    /// Text in the scripts people's names are mostly written in, and the punctuation, symbols
    /// and emoji their notes carry, scalar by scalar from tables the general path made, instead
    /// of Foundation's decomposition (slow on Linux): Latin, Greek to Georgian (U+0300–U+10FF),
    /// Latin and Greek with more accents, typographic punctuation (’ — …) and symbols
    /// (U+2000–U+2BFF), CJK punctuation, kana, CJK ideographs, Hangul, variation selectors,
    /// full-width forms and emoji (U+1F000–U+1FAFF).
    /// Decomposing such a text is decomposing each scalar, but for the reordering of combining
    /// marks, which only the marks dropped here take part in (see `ScalarFold`). Nil for other
    /// text.
    private static func foldByScalar(_ text: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        func separate() {
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let fold: ScalarFold
            switch value {
            case 0..<0x80:
                if isASCIISpace(UInt8(value)) {
                    pendingSpace = !output.isEmpty
                } else {
                    separate()
                    output.append((0x41...0x5A).contains(value) ? UInt8(value) + 0x20 : UInt8(value))
                }
                continue
            case 0x80..<0x300: fold = latinFolds[Int(value) - 0x80]
            case 0x300..<0x1100, 0x1E00..<0x2C00, 0x3000..<0x3100, 0xFE00..<0x10000, 0x1F000..<0x1FB00:
                fold = scriptFolds(block: value >> 8)[Int(value & 0xFF)]
            case 0x3400..<0x4DC0, 0x4E00..<0xA000:
                // Ideographs: no decomposition, no case.
                separate()
                appendUTF8(value, to: &output)
                continue
            case 0xAC00..<0xD7A4:
                separate()
                appendHangulJamo(of: value, to: &output)
                continue
            default:
                return nil
            }
            switch fold {
            case .space:
                pendingSpace = !output.isEmpty
            case .text(let piece):
                if piece.isEmpty { continue }
                separate()
                output.append(contentsOf: piece)
            case .general:
                return nil
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// How the general path folds one scalar.
    enum ScalarFold: Equatable {
        /// White space (every scalar it decomposes into is).
        case space
        /// This UTF-8, whatever the scalars around it: each scalar it decomposes into is a
        /// starter, or a nonspacing mark (dropped), so reordering marks cannot move what stays.
        case text([UInt8])
        /// Only the general path can tell.
        case general

        init(_ scalar: Unicode.Scalar) {
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            let spaces = decomposed.filter { $0.properties.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" }.count
            if spaces == decomposed.count {
                self = .space
            } else if spaces == 0, decomposed.allSatisfy({ $0.properties.canonicalCombiningClass == .notReordered
                                                          || $0.properties.generalCategory == .nonspacingMark }) {
                self = .text(Array(foldInGeneral(String(scalar)).utf8))
            } else {
                self = .general
            }
        }
    }

    private static let latinFolds = folds(0x80..<0x300)

    /// The folds of the 256 scalars from `block << 8`, for the blocks `foldByScalar` reads by
    /// table. Each block is made at the first text that needs it (about 4 µs a scalar): a
    /// command meets only the scripts and symbols its text is in.
    private static func scriptFolds(block: UInt32) -> [ScalarFold] {
        switch block {
        case 0x03: block03
        case 0x04: block04
        case 0x05: block05
        case 0x06: block06
        case 0x07: block07
        case 0x08: block08
        case 0x09: block09
        case 0x0A: block0A
        case 0x0B: block0B
        case 0x0C: block0C
        case 0x0D: block0D
        case 0x0E: block0E
        case 0x0F: block0F
        case 0x10: block10
        case 0x1E: block1E
        case 0x1F: block1F
        case 0x20: block20
        case 0x21: block21
        case 0x22: block22
        case 0x23: block23
        case 0x24: block24
        case 0x25: block25
        case 0x26: block26
        case 0x27: block27
        case 0x28: block28
        case 0x29: block29
        case 0x2A: block2A
        case 0x2B: block2B
        case 0x30: block30
        case 0xFE: blockFE
        case 0xFF: blockFF
        case 0x1F0: block1F0
        case 0x1F1: block1F1
        case 0x1F2: block1F2
        case 0x1F3: block1F3
        case 0x1F4: block1F4
        case 0x1F5: block1F5
        case 0x1F6: block1F6
        case 0x1F7: block1F7
        case 0x1F8: block1F8
        case 0x1F9: block1F9
        default: block1FA
        }
    }

    private static let block03 = folds(block: 0x03), block04 = folds(block: 0x04), block05 = folds(block: 0x05)
    private static let block06 = folds(block: 0x06), block07 = folds(block: 0x07), block08 = folds(block: 0x08)
    private static let block09 = folds(block: 0x09), block0A = folds(block: 0x0A), block0B = folds(block: 0x0B)
    private static let block0C = folds(block: 0x0C), block0D = folds(block: 0x0D), block0E = folds(block: 0x0E)
    private static let block0F = folds(block: 0x0F), block10 = folds(block: 0x10), block1E = folds(block: 0x1E)
    private static let block1F = folds(block: 0x1F), block20 = folds(block: 0x20), block21 = folds(block: 0x21)
    private static let block22 = folds(block: 0x22), block23 = folds(block: 0x23), block24 = folds(block: 0x24)
    private static let block25 = folds(block: 0x25), block26 = folds(block: 0x26), block27 = folds(block: 0x27)
    private static let block28 = folds(block: 0x28), block29 = folds(block: 0x29), block2A = folds(block: 0x2A)
    private static let block2B = folds(block: 0x2B), block30 = folds(block: 0x30), blockFE = folds(block: 0xFE)
    private static let blockFF = folds(block: 0xFF), block1F0 = folds(block: 0x1F0), block1F1 = folds(block: 0x1F1)
    private static let block1F2 = folds(block: 0x1F2), block1F3 = folds(block: 0x1F3), block1F4 = folds(block: 0x1F4)
    private static let block1F5 = folds(block: 0x1F5), block1F6 = folds(block: 0x1F6), block1F7 = folds(block: 0x1F7)
    private static let block1F8 = folds(block: 0x1F8), block1F9 = folds(block: 0x1F9), block1FA = folds(block: 0x1FA)

    private static func folds(block: UInt32) -> [ScalarFold] { folds(block << 8..<(block + 1) << 8) }

    private static func folds(_ values: Range<UInt32>) -> [ScalarFold] {
        values.map { value in Unicode.Scalar(value).map(ScalarFold.init) ?? .general }
    }

    /// A precomposed Hangul syllable's canonical decomposition, by Unicode's arithmetic: a
    /// leading consonant, a vowel and maybe a trailing consonant (jamo: no case, no marks).
    private static func appendHangulJamo(of value: UInt32, to output: inout [UInt8]) {
        let index = value - 0xAC00
        appendUTF8(0x1100 + index / 588, to: &output)
        appendUTF8(0x1161 + (index % 588) / 28, to: &output)
        if index % 28 != 0 { appendUTF8(0x11A7 + index % 28, to: &output) }
    }

    /// A scalar from U+0800 to U+FFFF, as its three UTF-8 bytes.
    private static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        output.append(UInt8(0xE0 | value >> 12))
        output.append(UInt8(0x80 | (value >> 6) & 0x3F))
        output.append(UInt8(0x80 | value & 0x3F))
    }

    /// The ASCII scalars with the Unicode White_Space property.
    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// Letters that carry no combining mark to drop, folded to what people type instead.
    private static let specialLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]
}
