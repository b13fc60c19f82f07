/// A set of company names that answers `OrganisationName.same(_, name, .company)` for all of
/// them in a few look-ups: the companies of a network repeat (thousands of connections, a few
/// hundred employers) and a claim must not tokenise every one of them.
struct CompanyNames: Sendable {
    /// Each company's distinctive words, and every leading part of them.
    private var names: Set<[String]> = []
    private var leadingParts: Set<[String]> = []
    /// The names as given: most connections share a company, tokenised once.
    private var given: Set<String> = []

    mutating func insert(_ company: String) {
        guard given.insert(company).inserted else { return }
        let tokens = OrganisationName.tokens(company, .company)
        guard !tokens.isEmpty, names.insert(tokens).inserted else { return }
        for count in 1...tokens.count { leadingParts.insert(Array(tokens.prefix(count))) }
    }

    /// Whether some company here is the same as `company`: the shorter word list leads the
    /// longer one (see `OrganisationName.same`).
    func containsSame(as company: String) -> Bool {
        let tokens = OrganisationName.tokens(company, .company)
        guard !tokens.isEmpty else { return false }
        if leadingParts.contains(tokens) { return true }
        return (1...tokens.count).contains { names.contains(Array(tokens.prefix($0))) }
    }
}
