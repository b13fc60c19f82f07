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
    /// The parts of each position's location ("Rotterdam", "South Holland", "Netherlands"),
    /// folded, and padded with a space on either side for whole-word search; in the order of
    /// `Evidence.positions`.
    let positionPlaces: [[(part: String, padded: String)]]

    init(_ evidence: Evidence) {
        positionTokens = evidence.positions.map { OrganisationName.tokens($0.company, .company) }
        companies = Self.unique(zip(evidence.positions.map(\.company), positionTokens))
        schoolingTokens = evidence.education.map { OrganisationName.tokens($0.school, .school) }
        schools = Self.unique(zip(evidence.education.map(\.school), schoolingTokens))
        groups = evidence.groups.map { ($0, OrganisationName.tokens($0, .group)) }
        positionPlaces = evidence.positions.map { position in
            guard let location = position.location else { return [] }
            return TextFolding.fold(location).split(separator: ",").map { part in
                let part = part.trimmingCharacters(in: .whitespaces)
                return (part, " " + part + " ")
            }
        }
    }

    private static func unique(_ names: some Sequence<(String, [String])>) -> [Name] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.0).inserted }.map { (name: $0.0, tokens: $0.1) }
    }
}
