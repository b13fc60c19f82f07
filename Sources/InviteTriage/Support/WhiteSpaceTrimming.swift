/// Trimming with Foundation's white-space sets, done natively: on Linux
/// `trimmingCharacters(in:)` bridges through `NSString` and back (~21,000 instructions a call),
/// and the importer trims every CSV field.
enum WhiteSpace {
    /// `CharacterSet.whitespaces` as swift-corelibs-foundation defines it: tab and the space
    /// separators (Zs), plus U+200B ZERO WIDTH SPACE, which its table also holds.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `CharacterSet.whitespacesAndNewlines`: the blanks plus U+000A–U+000D, U+0085, U+2028
    /// and U+2029.
    static func isBlankOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isBlank(scalar)
        }
    }

    /// Could a scalar of either set start (or, for ASCII, end) at this byte? Every non-ASCII
    /// byte counts as "maybe": only the common case — plain ASCII at both ends — is decided
    /// without decoding.
    @inline(__always)
    static func mayBeWhiteSpace(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

extension String {
    /// Like `trimmingCharacters(in: .whitespaces)`, scalar for scalar; the text itself when
    /// there is nothing to trim.
    func trimmingBlanks() -> String { trimming(where: WhiteSpace.isBlank) }

    /// Like `trimmingCharacters(in: .whitespacesAndNewlines)`, scalar for scalar.
    func trimmingBlanksAndNewlines() -> String { trimming(where: WhiteSpace.isBlankOrNewline) }

    @inline(__always)
    private func trimming(where isWhiteSpace: (Unicode.Scalar) -> Bool) -> String {
        // The common case, decided on the string itself (a substring costs more to make).
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !WhiteSpace.mayBeWhiteSpace(first), !WhiteSpace.mayBeWhiteSpace(last) { return self }
        guard let bounds = WhiteSpace.innerBounds(self[...], where: isWhiteSpace) else { return self }
        return String(unicodeScalars[bounds])
    }
}

extension Substring {
    /// Like `trimmingCharacters(in: .whitespaces)`, scalar for scalar.
    func trimmingBlanks() -> String {
        guard let bounds = WhiteSpace.innerBounds(self, where: WhiteSpace.isBlank) else { return String(self) }
        return String(unicodeScalars[bounds])
    }
}

extension WhiteSpace {
    /// The text between leading and trailing white space; nil when there is none to trim.
    @inline(__always)
    static func innerBounds(_ text: Substring, where isWhiteSpace: (Unicode.Scalar) -> Bool) -> Range<String.Index>? {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return nil }
        if !mayBeWhiteSpace(first), !mayBeWhiteSpace(last) { return nil }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isWhiteSpace(scalars[start]) { scalars.formIndex(after: &start) }
        while start < end {
            let before = scalars.index(before: end)
            guard isWhiteSpace(scalars[before]) else { break }
            end = before
        }
        return start == scalars.startIndex && end == scalars.endIndex ? nil : start..<end
    }
}
