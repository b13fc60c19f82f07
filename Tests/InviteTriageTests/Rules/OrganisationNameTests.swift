import Testing
@testable import InviteTriage

/// Companies and schools compare after normalising case, accents, legal suffixes, "&"/"and" and
/// the "University of X"/"X University" forms (issue 3, §2).
@Suite struct OrganisationNameTests {
    struct Pair: Sendable, CustomTestStringConvertible {
        let left: String
        let right: String
        var testDescription: String { "“\(left)” vs “\(right)”" }
        init(_ left: String, _ right: String) { (self.left, self.right) = (left, right) }
    }

    static let sameCompanies = [
        Pair("Northwind Analytics B.V.", "Northwind Analytics"),
        Pair("Helio Systems GmbH", "Helio Systems"),
        Pair("Helio Systems GmbH", "helio systems"),
        Pair("Acme Inc", "ACME"),
        Pair("Acme Inc.", "Acme, Inc."),
        Pair("Capgemini SAS", "Capgemini"),
        Pair("Brightline Consulting Ltd", "Brightline Consulting"),
        Pair("Procter & Gamble", "Procter and Gamble"),
        Pair("Société Générale SA", "Societe Generale"),
        Pair("Brightline Consulting Ltd", "Brightline Consulting Limited"),
    ]

    @Test(arguments: sameCompanies)
    func companiesThatDifferOnlyInFormAreTheSame(_ pair: Pair) {
        #expect(OrganisationName.same(pair.left, pair.right, .company))
        #expect(OrganisationName.same(pair.right, pair.left, .company), "the comparison is symmetric")
    }

    static let sameSchools = [
        Pair("University of Edinburgh", "Edinburgh University"),
        Pair("University of Edinburgh", "The University of Edinburgh"),
        Pair("Delft University of Technology", "TU Delft"),
        Pair("Delft University of Technology", "Technische Universiteit Delft"),
        Pair("Universität Zürich", "University of Zurich"),
    ]

    @Test(arguments: sameSchools)
    func schoolsWrittenInTheirUsualFormsAreTheSame(_ pair: Pair) {
        #expect(OrganisationName.same(pair.left, pair.right, .school))
        #expect(OrganisationName.same(pair.right, pair.left, .school), "the comparison is symmetric")
    }

    static let differentCompanies = [
        Pair("Oracle", "Northwind Analytics B.V."),
        Pair("Oracle Corporation", "Northwind Analytics"),
        Pair("Helio Systems GmbH", "Systems Inc"),
        Pair("Brightline Consulting Ltd", "Bright Consulting Ltd"),
    ]

    @Test(arguments: differentCompanies)
    func differentCompaniesAreNotTheSame(_ pair: Pair) {
        #expect(!OrganisationName.same(pair.left, pair.right, .company))
        #expect(!OrganisationName.same(pair.right, pair.left, .company))
    }

    static let differentSchools = [
        Pair("University of Edinburgh", "Stanford University"),
        Pair("Delft University of Technology", "Eindhoven University of Technology"),
    ]

    @Test(arguments: differentSchools)
    func differentSchoolsAreNotTheSame(_ pair: Pair) {
        #expect(!OrganisationName.same(pair.left, pair.right, .school))
    }

    static let abbreviations = [
        Pair("UoE", "University of Edinburgh"),
        Pair("MIT", "Massachusetts Institute of Technology"),
        Pair("LSE", "London School of Economics"),
        Pair("EPFL", "École Polytechnique Fédérale de Lausanne"),
        Pair("UvA", "Universiteit van Amsterdam"),
        Pair("BCG", "Boston Consulting Group Inc."),
    ]

    @Test(arguments: abbreviations)
    func initialsAbbreviateTheFullName(_ pair: Pair) {
        #expect(OrganisationName.isInitials(pair.left))
        #expect(OrganisationName.abbreviates(pair.left, pair.right, pair.right.contains("Group") ? .company : .school))
    }

    @Test func namesThatAreNotTheInitialsOfAnother() {
        #expect(!OrganisationName.abbreviates("MIT", "University of Edinburgh", .school))
        #expect(!OrganisationName.abbreviates("NAB", "Northwind Analytics B.V.", .company), "no initials of a legal suffix's letters")
        #expect(!OrganisationName.abbreviates("UCL", "University of California, Los Angeles", .school), "all the initials or none")
        #expect(!OrganisationName.isInitials("HS"), "two letters stand for too many names")
        #expect(!OrganisationName.isInitials("Helio"), "one capital")
        #expect(!OrganisationName.isInitials("TU Delft"), "two words")
        #expect(!OrganisationName.isInitials("ABCDEFG"), "seven letters")
    }

    /// The words come out as Foundation's replacing and a scalar-by-scalar map made them.
    @Test func wordsAreThoseOfTheGeneralWay() {
        func general(_ name: String) -> [String] {
            let folded = TextFolding.fold(name).replacingOccurrences(of: "&", with: " and ").replacingOccurrences(of: "'s ", with: " ")
            let plain = String(folded.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : " " })
            return plain.split(separator: " ").map(String.init)
        }
        let names = ["Acme & Co., Inc.", "McDonald's Corporation", "O'Reilly Media", "Procter&Gamble", "TU Delft",
                     "Université Paris-Saclay", "Technische Universität München", "株式会社 ソニー", "Café Søstrene Grene A/S",
                     "ООО Яндекс", "शिक्षा संस्थान", "Tata Consultancy Services (TCS)", "3M", "٣ شركة", "X&Y's  Lab's ", "",
                     "  ", "AT&T", "Ben & Jerry's Homemade", "e\u{301}cole", "Zürich Insurance", "a \u{93E}b", "Ǆemal_Co"]
        for name in names {
            #expect(OrganisationName.words(name) == general(name), "\(name)")
        }
    }
}
