import Foundation

/// The one normaliser for profile URLs, so the same person matches across files: exports write
/// raw Unicode in one file and percent-encoding in another, with or without `www.`, a country
/// subdomain, a query or a trailing slash.
public enum ProfileURL {
    /// `https://www.linkedin.com/in/slug` form, or nil when the text names no profile (empty, or
    /// the bare `https://www.linkedin.com/in` that late-2023 exports hold on every row).
    public static func normalize(_ raw: String?) -> String? {
        guard var text = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        text = (text.removingPercentEncoding ?? text).precomposedStringWithCanonicalMapping.lowercased()
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text.removeFirst(scheme.count) }
        while text.hasSuffix("/") { text.removeLast() }
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let host = text[..<slash]
        let path = text[text.index(after: slash)...]
        guard host == "linkedin.com" || host.hasSuffix(".linkedin.com") else {
            return host.isEmpty || path.isEmpty ? nil : "https://" + text
        }
        guard !path.isEmpty, path != "in", path != "pub" else { return nil }
        return "https://www.linkedin.com/" + path
    }

    /// The profile URL for a public identifier (the slug in an API response).
    public static func fromSlug(_ slug: String?) -> String? {
        guard let slug = slug?.trimmingCharacters(in: .whitespaces), !slug.isEmpty else { return nil }
        return normalize("https://www.linkedin.com/in/" + slug)
    }
}
