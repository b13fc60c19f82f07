import Foundation

/// `ProfileURL.normalize` for the URL nearly every row holds: no `%`, `?`, `#`, upper case,
/// white space or trailing `/`, and only ASCII or Latin letters below U+0300 (`gonçalo-…`).
/// Such text has nothing to decode, trim, compose, lower-case or cut, so only the scheme and
/// host are left to check — on the bytes, with no copy when the URL is in normal form already.
enum PlainProfileURL {
    enum Outcome: Equatable {
        case normalized(String?)
        /// The text is not plain: `ProfileURL.normalizeInGeneral` must decide.
        case needsGeneralPath
    }

    static func normalize(_ text: String) -> Outcome {
        var contiguous = text  // `withUTF8` is mutating; a native string is not copied.
        return contiguous.withUTF8 { bytes in normalize(bytes, original: text) }
    }

    private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, original: String) -> Outcome {
        guard let last = bytes.last, last != UInt8(ascii: "/") else { return .needsGeneralPath }
        guard isPlain(bytes) else { return .needsGeneralPath }
        var start = 0
        while true {
            if hasPrefix(bytes, "https://", at: start) {
                start += 8
            } else if hasPrefix(bytes, "http://", at: start) {
                start += 7
            } else {
                break
            }
        }
        guard let slash = bytes[start...].firstIndex(of: UInt8(ascii: "/")) else { return .normalized(nil) }
        let host = UnsafeBufferPointer(rebasing: bytes[start..<slash])
        let pathStart = slash + 1
        let pathLength = bytes.count - pathStart
        guard equals(host, from: 0, "linkedin.com") || hasSuffix(host, ".linkedin.com") else {
            guard !host.isEmpty, pathLength > 0 else { return .normalized(nil) }
            // The text after the schemes, behind exactly one "https://".
            return .normalized(start == 8 && hasPrefix(bytes, "https://", at: 0) ? original : "https://" + string(bytes, from: start))
        }
        guard pathLength > 0, !equals(bytes, from: pathStart, "in"), !equals(bytes, from: pathStart, "pub") else { return .normalized(nil) }
        if pathStart == canonicalPrefix.utf8CodeUnitCount, hasPrefix(bytes, canonicalPrefix, at: 0) { return .normalized(original) }
        return .normalized("https://www.linkedin.com/" + string(bytes, from: pathStart))
    }

    private static let canonicalPrefix: StaticString = "https://www.linkedin.com/"

    /// Below U+0300 every scalar is a character of its own (the combining marks start there)
    /// and NFC keeps it (see `ProfileURL.isComposedForSure`), so the ASCII delimiters can be
    /// found byte by byte, as the general path finds them character by character.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard isPlainASCII(byte) else { return false }
                index += 1
            } else {
                // A lead byte up to 0xCB starts a two-byte scalar below U+0300 (the text is
                // valid UTF-8).
                guard byte <= 0xCB, index + 1 < bytes.count else { return false }
                let value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                guard let scalar = Unicode.Scalar(value), isPlainLatin(scalar) else { return false }
                index += 2
            }
        }
        return true
    }

    /// Printable ASCII that the general path leaves alone (upper case, `%`, `?`, `#` are not).
    @inline(__always)
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x7E: byte != UInt8(ascii: "%") && byte != UInt8(ascii: "?") && byte != UInt8(ascii: "#") && !(0x41...0x5A).contains(byte)
        default: false
        }
    }

    /// A letter or sign after the C1 controls and the no-break space that lower-casing keeps.
    static func isPlainLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0xA0 && !scalar.properties.changesWhenLowercased
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString, at offset: Int) -> Bool {
        // memcmp: `elementsEqual` on slices went through a generic loop, 3% of a parser.
        bytes.count - offset >= prefix.utf8CodeUnitCount && memcmp(bytes.baseAddress! + offset, prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
    }

    private static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        bytes.count >= suffix.utf8CodeUnitCount && hasPrefix(bytes, suffix, at: bytes.count - suffix.utf8CodeUnitCount)
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, _ word: StaticString) -> Bool {
        bytes.count - offset == word.utf8CodeUnitCount && hasPrefix(bytes, word, at: offset)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[offset...]), as: UTF8.self)
    }
}
