import Testing
@testable import InviteTriage

/// `CompanyNames.containsSame(as:)` must answer exactly what asking `OrganisationName.same`
/// of every stored company would.
@Suite struct CompanyNamesTests {
    static let names = [
        "Helio", "Helio Systems", "Helio Systems GmbH", "Systems", "Helio Labs", "The Helio Company",
        "Acme Inc.", "ACME", "Acme & Sons", "Acme and Sons Ltd", "Acme's Tools", "Inc", "The", "",
        "Zoë Analytics", "Zoe Analytics B.V.", "Analytics Zoë", "日本電気", "Nordic Cloud Oy", "Nordic",
        "Bank of Ireland", "Ireland Bank", "3M", "3M Company", "Société Générale", "Societe Generale SA",
    ]

    @Test func answersAsEveryPairwiseComparisonWould() {
        // Every subset of a sliding window of stored names, against every name as the query.
        for start in stride(from: 0, to: Self.names.count, by: 3) {
            let stored = Array(Self.names[start..<min(start + 9, Self.names.count)])
            var companies = CompanyNames()
            stored.forEach { companies.insert($0) }
            for query in Self.names {
                let expected = stored.contains { OrganisationName.same($0, query, .company) }
                #expect(companies.containsSame(as: query) == expected, "\(query) among \(stored)")
            }
        }
    }

    @Test func matchesAShorterAndALongerName() {
        var companies = CompanyNames()
        companies.insert("Helio Systems GmbH")
        #expect(companies.containsSame(as: "Helio"))
        #expect(companies.containsSame(as: "Helio Systems Europe"))
        #expect(!companies.containsSame(as: "Systems"))
        #expect(!CompanyNames().containsSame(as: "Helio"))
    }
}
