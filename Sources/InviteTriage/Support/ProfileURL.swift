import Foundation

/// The one normaliser for profile URLs, so the same person matches across files: exports write
/// raw Unicode in one file and percent-encoding in another, with or without `www.`, a country
/// subdomain, a query or a trailing slash.
public enum ProfileURL {
    /// `https://www.linkedin.com/in/slug` form, or nil when the text names no profile (empty, or
    /// the bare `https://www.linkedin.com/in` that late-2023 exports hold on every row).
    public static func normalize(_ raw: String?) -> String? {
        guard let raw else { return nil }
        // Nearly every URL of an export is plain ASCII with nothing to undo; this runs for
        // every row, so those skip the general path's copies and Unicode work.
        switch PlainProfileURL.normalize(raw) {
        case .normalized(let url): return url
        case .needsGeneralPath: return normalizeInGeneral(raw)
        }
    }

    /// Every step for any text. `normalize` gives the same result faster for plain ASCII.
    static func normalizeInGeneral(_ raw: String) -> String? {
        let text = prepared(raw)
        // Decoded and lower-cased, most URLs are plain (`c%C3%A9line` is `céline`).
        if case .normalized(let url) = PlainProfileURL.normalize(text) { return url }
        return normalizedByCharacters(text)
    }

    /// The text percent-decoded, trimmed, composed (NFC) and lower-cased.
    static func prepared(_ raw: String) -> String {
        var text = raw
        // Decode until stable (exports double-encode now and then), then trim: the same
        // person must get the same key however often the URL was encoded.
        for _ in 0..<5 {
            let decoded = percentDecoded(text)
            if decoded == text { break }
            text = decoded
        }
        text = text.trimmingBlanksAndNewlines()
        if !isComposedForSure(text) { text = text.precomposedStringWithCanonicalMapping }
        return lowercased(text)
    }

    /// The last steps for prepared text, character by character: cut the query and fragment,
    /// drop the schemes and trailing slashes, check the host.
    static func normalizedByCharacters(_ prepared: String) -> String? {
        var text = prepared
        guard !text.isEmpty else { return nil }
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
        while let scheme = ["https://", "http://"].first(where: text.hasPrefix) { text.removeFirst(scheme.count) }
        while text.hasSuffix("/") || text.last?.isWhitespace == true { text.removeLast() }
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let host = text[..<slash]
        let path = text[text.index(after: slash)...]
        guard host == "linkedin.com" || host.hasSuffix(".linkedin.com") else {
            return host.isEmpty || path.isEmpty ? nil : "https://" + text
        }
        guard !path.isEmpty, path != "in", path != "pub" else { return nil }
        return "https://www.linkedin.com/" + path
    }

    /// `String.lowercased()`, which maps scalar by scalar, as bytes: only a scalar that changes
    /// is looked up in the Unicode tables (most letters in URLs are lower-case already).
    static func lowercased(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 >= 0x80 }) { return text.lowercased() }  // the standard library's ASCII path
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                output.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            } else if scalar.properties.changesWhenLowercased {
                output.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                UTF8.encode(scalar) { output.append($0) }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// True when NFC cannot change the text: every scalar lies below U+0300, where all
    /// characters are starters that never compose (the combining marks begin at U+0300).
    /// Most accented Latin names qualify, and Foundation's NFC is slow on Linux.
    static func isComposedForSure(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            // U+0300 is the first scalar whose UTF-8 lead byte is above 0xCB.
            if byte > 0xCB { return false }
        }
        return true
    }

    /// Decodes every valid `%XX` escape and leaves malformed ones as written (Foundation's
    /// decoder gives up on the whole string at the first bad one).
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: byte - 0x30
            case 0x41...0x46: byte - 0x37
            case 0x61...0x66: byte - 0x57
            default: nil
            }
        }
        while index < source.count {
            if source[index] == 0x25, index + 2 < source.count, let high = hex(source[index + 1]), let low = hex(source[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The profile URL for a public identifier (the slug in an API response).
    public static func fromSlug(_ slug: String?) -> String? {
        guard let slug = slug?.trimmingBlanks(), !slug.isEmpty else { return nil }
        return normalize("https://www.linkedin.com/in/" + slug)
    }

    /// Remembers the last URL it normalised: every row of `Invitations.csv` repeats the
    /// owner's own URL, which need not be plain ASCII.
    struct Memo {
        private var lastRaw: String?
        private var lastResult: String?

        mutating func normalize(_ raw: String?) -> String? {
            guard let raw else { return nil }
            // Bytes, not `==`: canonically equal spellings may differ once percent-decoded.
            if let lastRaw, raw.hasSameBytes(as: lastRaw) { return lastResult }
            lastRaw = raw
            lastResult = ProfileURL.normalize(raw)
            return lastResult
        }
    }
}
