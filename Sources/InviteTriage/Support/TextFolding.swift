import Foundation

/// The one folding for matching text: names, companies, schools, notes. Lower-cases, removes
/// accents (é → e, ß → ss), turns every run of spaces into one space and trims. Used for
/// matching only; what a person wrote is stored as written.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        if let latin = foldLatin(text) { return latin }
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

    /// Text below U+0300 (ASCII and most accented names), scalar by scalar from a table the
    /// general path made, instead of Foundation's decomposition (slow on Linux): each of these
    /// scalars decomposes into a letter and marks, so decomposing the text is decomposing each
    /// scalar. Nil for other text.
    private static func foldLatin(_ text: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x300 else { return nil }
            if value < 0x80, isASCIISpace(UInt8(value)) {
                pendingSpace = !output.isEmpty
                continue
            }
            var piece: [UInt8]?
            if value >= 0x80 {
                guard let folded = latinFolds[Int(value) - 0x80] else {
                    pendingSpace = !output.isEmpty  // U+0085, U+00A0: white space
                    continue
                }
                if folded.isEmpty { continue }
                piece = folded
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            if let piece {
                output.append(contentsOf: piece)
            } else {
                output.append((0x41...0x5A).contains(value) ? UInt8(value) + 0x20 : UInt8(value))
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// How the general path folds each scalar from U+0080 to U+02FF, as UTF-8; nil for white
    /// space.
    private static let latinFolds: [[UInt8]?] = (0x80..<0x300).map { value in
        let scalar = Unicode.Scalar(value)!
        return scalar.properties.isWhitespace ? nil : Array(foldInGeneral(String(scalar)).utf8)
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
