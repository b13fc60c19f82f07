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
    /// Words only the names of schools hold: "Oxford" may be a company, "Oxford University" is not.
    private static let schoolKindWords: Set<String> = [
        "university", "universiteit", "universidad", "universidade", "universita", "universitat", "universite", "uni",
        "college", "school", "institute", "institut", "instituto", "istituto", "hogeschool", "hochschule", "faculty",
        "academy", "akademie", "academie", "polytechnic", "politecnico", "polytechnique", "ecole", "escuela", "escola",
        "scuola", "schule", "gymnasium", "lyceum", "lycee", "mba", "tu", "eth", "epfl",
    ]
    private static let groupWords: Set<String> = ["group", "the", "community", "linkedin", "members", "network", "of", "and", "in", "for", "at"]

    static func tokens(_ name: String, _ kind: Kind) -> [String] {
        let words = words(name)
        let ignored = ignoredWords(kind)
        let kept = words.filter { !ignored.contains($0) && !($0 == "s" && kind == .company) }
        let named = kept.isEmpty ? words : kept
        // "Universidad de Edimburgo" is the University of Edinburgh: schools are named after places.
        return kind == .school ? named.map(PlaceNames.canonical) : named
    }

    /// A name of only the words every such name holds: "Uni", "the University", "the group".
    static func isGeneric(_ name: String, _ kind: Kind) -> Bool {
        words(name).allSatisfy(ignoredWords(kind).contains)
    }

    /// The words that tell nothing apart among names of `kind`.
    private static func ignoredWords(_ kind: Kind) -> Set<String> {
        switch kind {
        case .company: legalSuffixes
        case .school: schoolWords
        case .group: groupWords
        }
    }

    static func looksLikeSchool(_ name: String) -> Bool {
        words(name).contains(where: schoolKindWords.contains)
    }

    /// The folded name's words: letters and digits, `&` read as "and", a possessive `'s` dropped.
    static func words(_ name: String) -> [String] {
        var folded = TextFolding.fold(name)
        // Foundation's replacing is slow, and most names hold neither.
        if folded.utf8.contains(UInt8(ascii: "&")) { folded = folded.replacingOccurrences(of: "&", with: " and ") }
        if folded.utf8.contains(UInt8(ascii: "'")) { folded = folded.replacingOccurrences(of: "'s ", with: " ") }
        var plain = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            let kept = scalar.isASCII ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
                                      : scalar.properties.isAlphabetic
            plain.append(kept ? scalar : " ")
        }
        return String(plain).split(separator: " ").map(String.init)
    }

    /// A name written as initials, as written: "MIT", "UoE", "EPFL", "PwC" (one word of three to
    /// six letters, two or more of them capitals). Two letters ("HS", "BC") stand for too many
    /// names to tell.
    static func isInitials(_ name: String) -> Bool {
        let letters = name.unicodeScalars
        guard (3...6).contains(letters.count), letters.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        return letters.filter { ("A"..."Z").contains($0) }.count >= 2
    }

    private static let smallWords: Set<String> = [
        "of", "the", "and", "for", "at", "in", "de", "der", "van", "von", "di", "da", "du", "des", "la", "le", "y", "e", "et", "und",
    ]

    /// Whether `initials` (`isInitials`) are those of `full`, of every word or of every word
    /// but the small ones: "UoE" and "University of Edinburgh", "MIT" and "Massachusetts
    /// Institute of Technology". Not of the letters of "B.V." or a legal suffix.
    static func abbreviates(_ initials: String, _ full: String, _ kind: Kind) -> Bool {
        let short = initials.lowercased()
        var words = words(full).filter { $0.count > 1 }
        if kind == .company { words = words.filter { !legalSuffixes.contains($0) } }
        guard words.count >= 3 else { return false }
        let every = String(words.compactMap(\.first))
        let distinctive = String(words.filter { !smallWords.contains($0) }.compactMap(\.first))
        return short == every || short.count >= 3 && short == distinctive
    }

    /// Same organisation: every distinctive word of the shorter name is in the longer one,
    /// and for companies they lead it ("Helio" is "Helio Systems", "Systems" is not).
    static func same(_ a: String, _ b: String, _ kind: Kind) -> Bool {
        same(tokens(a, kind), tokens(b, kind), kind)
    }

    /// `same` for names already tokenised (`tokens(_:_:)` of the same kind).
    static func same(_ left: [String], _ right: [String], _ kind: Kind) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        let (short, long) = left.count <= right.count ? (left, right) : (right, left)
        if kind == .company { return Array(long.prefix(short.count)) == short }
        return Set(short).isSubset(of: Set(long))
    }
}
