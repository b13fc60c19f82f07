/// The owner's employers, schools and groups, tokenised once (`OrganisationName.tokens`):
/// every claim of a shared employer or school is compared with each of them, and
/// tokenising a name costs more than comparing it.
struct OwnerOrganisations: Sendable {
    typealias Name = (name: String, tokens: [String])

    /// The companies of the positions, each once, in the order of the positions.
    let companies: [Name]
    /// The tokens of each position's company, in the order of `Evidence.positions`.
    let positionTokens: [[String]]
    /// The schools, each once; and the tokens of each `Evidence.education` entry's school.
    let schools: [Name]
    let schoolingTokens: [[String]]
    let groups: [Name]

    init(_ evidence: Evidence) {
        positionTokens = evidence.positions.map { OrganisationName.tokens($0.company, .company) }
        companies = Self.unique(zip(evidence.positions.map(\.company), positionTokens))
        schoolingTokens = evidence.education.map { OrganisationName.tokens($0.school, .school) }
        schools = Self.unique(zip(evidence.education.map(\.school), schoolingTokens))
        groups = evidence.groups.map { ($0, OrganisationName.tokens($0, .group)) }
    }

    private static func unique(_ names: some Sequence<(String, [String])>) -> [Name] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.0).inserted }.map { (name: $0.0, tokens: $0.1) }
    }
}
