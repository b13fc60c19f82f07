import Foundation

/// The one folding for matching text: names, companies, schools, notes. Lower-cases, removes
/// accents (é → e, ß → ss), turns every run of spaces into one space and trims. Used for
/// matching only; what a person wrote is stored as written.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
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

    /// Letters that carry no combining mark to drop, folded to what people type instead.
    private static let specialLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]
}
