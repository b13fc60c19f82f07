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
}
