/// The one sanitiser for text a stranger wrote before it reaches a terminal: control
/// characters, escape sequences, bidi overrides and zero-width characters become visible
/// escapes (`\u{1B}`), so nothing can move the cursor, retitle the window or hide text. The
/// joiners of emoji sequences and of Persian or Indic spelling (U+200C, U+200D) stay, and a
/// Windows line end is a line end.
public enum TerminalText {
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
            if needsEscape(scalar) {
                output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// One line for a table cell: newlines and tabs become spaces before sanitising.
    public static func singleLine(_ text: String) -> String {
        sanitize(String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: return false  // newlines are laid out by the caller
        case 0x00...0x1F, 0x7F...0x9F: return true  // C0 and C1 controls, ESC and CSI included
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: return true  // zero-width, bidi
        default: return false
        }
    }
}
