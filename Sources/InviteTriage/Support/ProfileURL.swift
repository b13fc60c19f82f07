import Foundation

/// The one normaliser for profile URLs, so the same person matches across files: exports write
/// raw Unicode in one file and percent-encoding in another, with or without `www.`, a country
/// subdomain, a query or a trailing slash.
public enum ProfileURL {
    /// `https://www.linkedin.com/in/slug` form, or nil when the text names no profile (empty, or
    /// the bare `https://www.linkedin.com/in` that late-2023 exports hold on every row).
    public static func normalize(_ raw: String?) -> String? {
        guard var text = raw else { return nil }
        // Decode until stable (exports double-encode now and then), then trim: the same
        // person must get the same key however often the URL was encoded.
        for _ in 0..<5 {
            let decoded = percentDecoded(text)
            if decoded == text { break }
            text = decoded
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping.lowercased()
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

    /// Decodes every valid `%XX` escape and leaves malformed ones as written (Foundation's
    /// decoder gives up on the whole string at the first bad one).
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
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
        guard let slug = slug?.trimmingCharacters(in: .whitespaces), !slug.isEmpty else { return nil }
        return normalize("https://www.linkedin.com/in/" + slug)
    }
}
