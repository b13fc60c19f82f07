/// Compares the names of companies, schools and groups as people write them: "Helio" and
/// "Helio Systems GmbH", "TU Delft" and "Delft University of Technology", "Acme & Co" and
/// "Acme and Co., Inc." are the same; "Oracle" and "Northwind" are not.
enum OrganisationName {
    enum Kind { case company, school, group }

    private static let legalSuffixes: Set<String> = [
        "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "bv", "nv", "sa", "sas", "sarl", "srl", "spa",
        "plc", "co", "corp", "corporation", "company", "oy", "ab", "as", "kg", "pty", "lp", "llp", "se", "kk", "ug",
        "the", "and", "holding", "holdings",
    ]
    private static let schoolWords: Set<String> = [
        "university", "universiteit", "universidad", "universidade", "universita", "universitat", "universite", "uni",
        "college", "school", "of", "the", "institute", "technology", "tu", "de", "di", "da", "der", "van", "and",
        "technische", "hogeschool", "faculty", "graduate", "business", "at", "in",
    ]
    private static let groupWords: Set<String> = ["group", "the", "community", "linkedin", "members", "network", "of", "and"]

    static func tokens(_ name: String, _ kind: Kind) -> [String] {
        let folded = TextFolding.fold(name).replacingOccurrences(of: "&", with: " and ").replacingOccurrences(of: "'s ", with: " ")
        let plain = String(folded.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : " " })
        let words = plain.split(separator: " ").map(String.init)
        let ignored: Set<String> = switch kind {
        case .company: legalSuffixes
        case .school: schoolWords
        case .group: groupWords
        }
        let kept = words.filter { !ignored.contains($0) && !($0 == "s" && kind == .company) }
        return kept.isEmpty ? words : kept
    }

    /// Same organisation: every distinctive word of the shorter name is in the longer one,
    /// and for companies they lead it ("Helio" is "Helio Systems", "Systems" is not).
    static func same(_ a: String, _ b: String, _ kind: Kind) -> Bool {
        let left = tokens(a, kind)
        let right = tokens(b, kind)
        guard !left.isEmpty, !right.isEmpty else { return false }
        let (short, long) = left.count <= right.count ? (left, right) : (right, left)
        if kind == .company { return Array(long.prefix(short.count)) == short }
        return Set(short).isSubset(of: Set(long))
    }
}
