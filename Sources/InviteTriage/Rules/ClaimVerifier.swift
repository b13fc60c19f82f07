/// Asks the owner's records about each claim: `backed`, `false`, or `unverifiable` when the
/// records that could answer were never imported. The table in docs/rules.md is this file.
struct ClaimVerifier {
    let evidence: Evidence
    let facts: InvitationFacts
    let conversation: Evidence.Conversation?
    /// The evidence's employers, schools and groups, tokenised (`OwnerOrganisations(evidence)`).
    let organisations: OwnerOrganisations

    var isContact: Bool { evidence.contacts.find(url: nil, key: facts.senderKey) != nil }
    var gaveRealEmail: Bool { facts.givenEmail.map { evidence.ownerEmails.contains($0.lowercased()) } ?? false }
    var mutualCount: Int { facts.mutualConnections ?? 0 }
    var senderPositions: [Position] { facts.profile?.positions ?? [] }
    var senderEducation: [Schooling] { facts.profile?.education ?? [] }

    func verify(_ claim: ExtractedClaim) -> ClaimDetail {
        let claim = employerAlumni(claim) ?? businessWithYourEmployer(claim) ?? claim
        var detail = ClaimDetail(kind: claim.kind, text: claim.text, specifics: claim.specifics)
        (detail.verdict, detail.evidence) = verdict(claim)
        return detail
    }

    /// Every claim with its verdict, and the claims of `ifBacked` the records back. A claim
    /// that names nothing gives way to a backed one of its kind: in "We've been supplying
    /// Northwind – I'm the account manager", the account manager's is Northwind's.
    func details(of claims: [ExtractedClaim], ifBacked: [ExtractedClaim]) -> [ClaimDetail] {
        let backedIfBacked = backed(ifBacked)
        return claims.map(verify).filter { claim in !(claim.specifics.isEmpty && backedIfBacked.contains { $0.kind == claim.kind }) }
            + backedIfBacked
    }

    /// The claims of `claims` the records back; the others were never claims. Nor is one
    /// whose sender's own profile lists other employers (schools) only.
    private func backed(_ claims: [ExtractedClaim]) -> [ClaimDetail] {
        claims.map(verify).filter { $0.verdict == .backed && !contradictedByTheirProfile($0) }
    }

    private func contradictedByTheirProfile(_ claim: ClaimDetail) -> Bool {
        switch claim.kind {
        case .colleague:
            guard let company = claim.specifics["company"], !senderPositions.isEmpty else { return false }
            let tokens = OrganisationName.tokens(company, .company)
            return !senderPositions.contains { OrganisationName.same(OrganisationName.tokens($0.company, .company), tokens, .company) }
        case .classmate:
            guard let school = claim.specifics["school"], !senderEducation.isEmpty else { return false }
            let tokens = OrganisationName.tokens(school, .school)
            return !senderEducation.contains { OrganisationName.same(OrganisationName.tokens($0.school, .school), tokens, .school) }
        default:
            return false
        }
    }

    private func verdict(_ claim: ExtractedClaim) -> (ClaimVerdict, String) {
        switch claim.kind {
        case .colleague: years(of: claim, agreeWith: colleague(named: claim.specifics["company"], after: Self.word(before: claim.specifics["company"], in: claim.text),
                                                              placesCount: !claim.onlyIfBacked))
        case .classmate: years(of: claim, agreeWith: classmate(named: claim.specifics["school"], after: Self.word(before: claim.specifics["school"], in: claim.text),
                                                              alumni: Self.saysAlumni(claim)))
        case .friend: friend()
        case .business: claim.specifics["your_employer"].map(business(atYourEmployer:))
            ?? business(named: claim.specifics["company"], connectionsCount: !claim.onlyIfBacked)
        case .group: group(named: claim.specifics["group"])
        case .sharedConnection: claim.mention ? mentioned(claim.specifics["person"] ?? "") : sharedConnection(named: claim.specifics["person"])
        case .met: (.unverifiable, "an occasion is a reason, not a fact the records can check")
        }
    }

    // MARK: Employers and schools

    /// A backed claim that gives years ("we worked together at Modaro in 2015-2016") is false
    /// when your dates there are known and none comes within a year of them: the claim of
    /// someone who read the name off your profile.
    private func years(of claim: ExtractedClaim, agreeWith verdict: (ClaimVerdict, String)) -> (ClaimVerdict, String) {
        guard verdict.0 == .backed, let period = claim.specifics["period"] else { return verdict }
        let years = period.split(separator: "-").compactMap { Int($0) }
        guard let first = years.first, let last = years.last else { return verdict }
        let colleague = claim.kind == .colleague
        let (key, kind, names) = colleague ? ("company", OrganisationName.Kind.company, organisations.companies)
            : ("school", OrganisationName.Kind.school, organisations.schools)
        let records: [(start: String?, end: String?, tokens: [String])] = colleague
            ? zip(evidence.positions, organisations.positionTokens).map { ($0.start, $0.end, $1) }
            : zip(evidence.education, organisations.schoolingTokens).map { ($0.start, $0.end, $1) }
        guard let named = claim.specifics[key], let name = match(named, in: names, kind) else { return verdict }
        let tokens = OrganisationName.tokens(name, kind)
        let spans = records.filter { OrganisationName.same($0.tokens, tokens, kind) }
        guard !spans.isEmpty, spans.allSatisfy({ $0.start != nil }) else { return verdict }
        if spans.contains(where: { Self.overlap(String(first - 1), String(last + 1), $0.start, $0.end) }) { return verdict }
        let yours = spans.map { "\($0.start!)–\($0.end ?? "now")" }.joined(separator: ", ")
        return (.false, "you were at \(name) \(yours), not in \(period)")
    }

    /// The owner's and the sender's employers that match, with overlapping dates where known.
    func sharedEmployers() -> [String] {
        let theirs = senderPositions.map { ($0, OrganisationName.tokens($0.company, .company)) }
        guard !theirs.isEmpty else { return [] }
        return zip(evidence.positions, organisations.positionTokens).compactMap { mine, mineTokens in
            theirs.contains { theirs, theirTokens in
                OrganisationName.same(mineTokens, theirTokens, .company) && Self.overlap(mine.start, mine.end, theirs.start, theirs.end)
            } ? mine.company : nil
        }.uniqued()
    }

    func sharedSchools() -> [String] {
        let theirs = senderEducation.map { OrganisationName.tokens($0.school, .school) }
        guard !theirs.isEmpty else { return [] }
        return zip(evidence.education, organisations.schoolingTokens).compactMap { mine, mineTokens in
            theirs.contains { OrganisationName.same(mineTokens, $0, .school) } ? mine.school : nil
        }.uniqued()
    }

    func sharedGroups() -> [String] {
        let theirs = (facts.profile?.groups ?? []).map { OrganisationName.tokens($0, .group) }
        guard !theirs.isEmpty else { return [] }
        return organisations.groups.filter { mine in theirs.contains { OrganisationName.same(mine.tokens, $0, .group) } }.map(\.name)
    }

    /// The first of `names` that is the same organisation as `name`, or as its part before a
    /// place ("Helio in Berlin"), or that `name` abbreviates ("UoE"). A school only by that
    /// part: "Napier in Edinburgh" is no University of Edinburgh.
    private func match(_ name: String, in names: [OwnerOrganisations.Name], _ kind: OrganisationName.Kind) -> String? {
        var candidates = [name]
        // "Women in Platform Engineering" is a group's name, not "Women" somewhere.
        for place in [" in ", " at ", " en ", " em ", " im ", " am ", " a "] where kind != .group {
            if let cut = name.rangeOfBytes(place) {
                let before = String(name[..<cut.lowerBound])
                // "Milano in Accenture": the company may come after the place; "Uni in Leipzig":
                // the school is named by its place.
                if kind != .school { candidates += [before, String(name[cut.upperBound...])] }
                else if !OrganisationName.isGeneric(before, .school) { candidates = [before] }
                break
            }
        }
        for candidate in candidates {
            let tokens = OrganisationName.tokens(candidate, kind)
            if let found = names.first(where: { OrganisationName.same($0.tokens, tokens, kind) }) { return found.name }
        }
        // "Fellow UoE alum": the initials of one of yours.
        guard OrganisationName.isInitials(name) else { return nil }
        return names.first { OrganisationName.abbreviates(name, $0.name, kind) }?.name
    }

    /// Words that put a city after them as often as an organisation, where organisations
    /// mostly come after another ("at", "bei", "bij", "chez"): "we worked together in Berlin",
    /// "à Paris". Not the Spanish "en" or Portuguese "em", which name companies as often (the
    /// Italian "in" is the same word as the English: "in Accenture" goes unchecked).
    private static let placePrepositions: Set<String> = ["in", "a"]
    private static let articles: Set<String> = ["the", "der", "die", "das", "dem", "den", "de", "het"]

    /// The word just before `name` among the claim's words, articles skipped, folded.
    static func word(before name: String?, in text: String) -> String? {
        guard let name, let range = text.rangeOfBytes(name, backwards: true) else { return nil }
        let words = text[..<range.lowerBound].split(separator: " ").map { TextFolding.fold(String($0)) }
        return words.reversed().first { !articles.contains($0) }
    }

    /// The first of your positions whose location names `place`: "Berlin", "Berlín" or
    /// "Germany" in "Berlin, Germany", "Holland" in "South Holland", "the UK" or "Schottland"
    /// in "Edinburgh, Scotland, United Kingdom" (`PlaceNames`).
    private func position(in place: String) -> Position? {
        let folded = TextFolding.fold(place)
        let key = " " + folded + " "
        return zip(evidence.positions, organisations.positionPlaces).first { _, places in
            places.contains { $0.padded.rangeOfBytes(key) != nil || PlaceNames.same(folded, $0.part) }
        }?.0
    }

    /// `preposition`: the word before the name. The name may be where you worked ("in Berlin",
    /// "en Berlín"): backed by a position there (`placesCount`: not for words that claim
    /// nothing on their own — "it's Chen from Edinburgh" is no colleague). After "in" or "à" a
    /// name that is neither is not false: places have many names ("the UK", "Édimbourg"),
    /// and "in consulting" or "insieme a Marco" name no place at all.
    private func colleague(named company: String?, after preposition: String?, placesCount: Bool) -> (ClaimVerdict, String) {
        guard evidence.positionsKnown else { return (.unverifiable, "your positions were not imported (Positions.csv)") }
        if let company {
            if let match = match(company, in: organisations.companies, .company) { return (.backed, "\(match) is among your positions") }
            if placesCount, let position = position(in: company) { return (.backed, "you worked in \(company) (\(position.company))") }
            let positions = organisations.companies.map(\.name).joined(separator: ", ")
            if let preposition, Self.placePrepositions.contains(preposition) {
                return (.unverifiable, "\(company) is not among your positions (\(positions)); after “\(preposition)” it may be a place")
            }
            return (.false, "\(company) is not among your positions (\(positions))")
        }
        let shared = sharedEmployers()
        if !shared.isEmpty { return (.backed, "you both worked at \(shared.joined(separator: ", "))") }
        if !senderPositions.isEmpty { return (.false, "their positions and yours share no employer") }
        return (.unverifiable, "no company named, and their positions are unknown (no profile known)")
    }

    /// "Fellow Helio Systems alum": alumni of one of your employers, and of none of your
    /// schools, are former colleagues. Only alumni, and only of a name no school would bear
    /// ("Fellow Duke University alum" stays a school claim whatever "Duke Energy" is).
    private func employerAlumni(_ claim: ExtractedClaim) -> ExtractedClaim? {
        guard claim.kind == .classmate, Self.saysAlumni(claim), let name = claim.specifics["school"],
              !OrganisationName.looksLikeSchool(name), match(name, in: organisations.schools, .school) == nil,
              match(name, in: organisations.companies, .company) != nil else { return nil }
        return ExtractedClaim(kind: .colleague, text: claim.text, specifics: ["company": name])
    }

    /// "We did business when you were at Helio": a business claim that names no company is
    /// about the first of your employers its sentence says you were at.
    private func businessWithYourEmployer(_ claim: ExtractedClaim) -> ExtractedClaim? {
        guard claim.kind == .business, claim.specifics["company"] == nil,
              let name = claim.namesWhereYouWere.first(where: { match($0, in: organisations.companies, .company) != nil }) else { return nil }
        return ExtractedClaim(kind: .business, text: claim.text, specifics: ["company": name])
    }

    private static func saysAlumni(_ claim: ExtractedClaim) -> Bool { claim.text.lowercased().contains("alum") }

    /// `alumni`: the claim says alum(ni), which people say of employers too. `preposition`: as
    /// for `colleague`.
    private func classmate(named school: String?, after preposition: String?, alumni: Bool) -> (ClaimVerdict, String) {
        guard evidence.educationKnown else { return (.unverifiable, "your education was not imported (Education.csv)") }
        // "Wir waren zusammen an der Uni": a kind of school is no school named.
        if let school, !OrganisationName.isGeneric(school, .school) {
            if let match = match(school, in: organisations.schools, .school) { return (.backed, "\(match) is among your schools") }
            let schools = organisations.schools.map(\.name).joined(separator: ", ")
            if let preposition, Self.placePrepositions.contains(preposition), !OrganisationName.looksLikeSchool(school) {
                return (.unverifiable, "\(school) is not among your schools (\(schools)); after “\(preposition)” it may be a place")
            }
            // "Fellow Google alum" may be about an employer: only your positions can say it is false.
            if alumni, !OrganisationName.looksLikeSchool(school) {
                guard evidence.positionsKnown else {
                    return (.unverifiable, "\(school) is not among your schools (\(schools)); as an employer, your positions were not imported (Positions.csv)")
                }
                return (.false, "\(school) is not among your schools (\(schools)) or your employers (\(organisations.companies.map(\.name).joined(separator: ", ")))")
            }
            return (.false, "\(school) is not among your schools (\(schools))")
        }
        let shared = sharedSchools()
        if !shared.isEmpty { return (.backed, "you both studied at \(shared.joined(separator: ", "))") }
        if !senderEducation.isEmpty { return (.false, "their education and yours share no school") }
        return (.unverifiable, "no school named, and their education is unknown (no profile known)")
    }

    private func friend() -> (ClaimVerdict, String) {
        if let conversation, conversation.isTwoWay { return (.backed, "you have written to each other (\(conversation.total) messages)") }
        if isContact { return (.backed, "they are in your contacts") }
        if gaveRealEmail { return (.backed, "they gave your real e-mail address") }
        if mutualCount > 0 { return (.backed, "you have \(mutualCount) mutual connection(s)") }
        if facts.connectedOn != nil { return (.backed, "you are connected on LinkedIn") }
        guard evidence.connectionsKnown, evidence.messagesKnown else {
            return (.unverifiable, "connections and messages are needed to check it (\(missing([("Connections.csv", evidence.connectionsKnown), ("messages.csv", evidence.messagesKnown)])) not imported)")
        }
        return (.false, "no conversation, contact entry, real e-mail or mutual connection backs it")
    }

    /// `connectionsCount`: a company one of your connections works at backs it ("we did
    /// business with Parcelwise"), but not words that claim nothing on their own ("we've been
    /// supplying Parcelwise" is a supplier's list of customers).
    private func business(named company: String?, connectionsCount: Bool) -> (ClaimVerdict, String) {
        if let conversation, conversation.isTwoWay { return (.backed, "you have written to each other (\(conversation.total) messages)") }
        let shared = sharedEmployers()
        if !shared.isEmpty { return (.backed, "you both worked at \(shared.joined(separator: ", "))") }
        if let company {
            if let match = match(company, in: organisations.companies, .company) { return (.backed, "\(match) is among your positions") }
            if connectionsCount, evidence.connectionCompanies.containsSame(as: company) {
                return (.backed, "\(company) is the company of one of your connections")
            }
        }
        guard evidence.connectionsKnown, evidence.messagesKnown else {
            return (.unverifiable, "connections and messages are needed to check it (\(missing([("Connections.csv", evidence.connectionsKnown), ("messages.csv", evidence.messagesKnown)])) not imported)")
        }
        return (.false, "no conversation, shared employer or company of yours backs it")
    }

    /// "Your team at Helio was one of our clients": only if you were there.
    private func business(atYourEmployer company: String) -> (ClaimVerdict, String) {
        if let conversation, conversation.isTwoWay { return (.backed, "you have written to each other (\(conversation.total) messages)") }
        guard evidence.positionsKnown else { return (.unverifiable, "your positions were not imported (Positions.csv)") }
        if let match = match(company, in: organisations.companies, .company) { return (.backed, "\(match) is among your positions") }
        return (.false, "\(company) is not among your positions (\(organisations.companies.map(\.name).joined(separator: ", ")))")
    }

    private func group(named name: String?) -> (ClaimVerdict, String) {
        guard !evidence.groups.isEmpty else { return (.unverifiable, "no groups known — add them to the config (owner.groups)") }
        if let name {
            if let match = match(name, in: organisations.groups, .group) { return (.backed, "\(match) is among your groups") }
            return (.false, "\(name) is not among your groups (\(evidence.groups.joined(separator: ", ")))")
        }
        let shared = sharedGroups()
        if !shared.isEmpty { return (.backed, "you are both in \(shared.joined(separator: ", "))") }
        if !(facts.profile?.groups ?? []).isEmpty { return (.false, "their groups and yours share none") }
        return (.unverifiable, "no group named, and their groups are unknown")
    }

    /// A person named in passing: backed by a connection with the whole name, nothing else.
    private func mentioned(_ person: String) -> (ClaimVerdict, String) {
        // The sender signing with their own name names no one else.
        let key = TextFolding.fold(person)
        guard key != facts.senderKey, let connection = evidence.connections.find(url: nil, key: key) else {
            return (.unverifiable, "\(person) is not among your connections")
        }
        return (.backed, "\(connection.name), whom the note names, is among your connections")
    }

    private func sharedConnection(named person: String?) -> (ClaimVerdict, String) {
        if let person {
            let key = TextFolding.fold(person)
            // "Jacobs Wouter": family name first, as many write it.
            let words = key.split(separator: " ")
            let reversed = words.count == 2 ? "\(words[1]) \(words[0])" : nil
            // "Koehler" for "Köhler": umlauts spelled out, as on a keyboard without them.
            let spelledOut = ["ae", "oe", "ue"].contains(where: key.contains)
                ? key.replacingOccurrences(of: "ae", with: "a").replacingOccurrences(of: "oe", with: "o").replacingOccurrences(of: "ue", with: "u") : nil
            if let connection = evidence.connections.find(url: nil, key: key) ?? reversed.flatMap({ evidence.connections.find(url: nil, key: $0) })
                ?? spelledOut.flatMap({ evidence.connections.find(url: nil, key: $0) }) {
                return (.backed, "\(connection.name) is among your connections")
            }
            if !key.contains(" "), let matches = evidence.connectionsByFirstName[key] {
                return (.backed, "\(matches.count == 1 ? matches.first : "\(matches.count) connections named \(person)") among your connections")
            }
        }
        if mutualCount > 0 { return (.backed, "LinkedIn reports \(mutualCount) mutual connection(s)") }
        guard evidence.connectionsKnown else { return (.unverifiable, "your connections were not imported (Connections.csv)") }
        return (.false, person.map { "\($0) is not among your connections" } ?? "no mutual connection on record")
    }

    private func missing(_ sources: [(String, Bool)]) -> String {
        sources.filter { !$0.1 }.map(\.0).joined(separator: " and ")
    }

    /// Date ranges (`YYYY` / `YYYY-MM`, nil end = current) overlap; unknown dates do not rule it out.
    static func overlap(_ startA: String?, _ endA: String?, _ startB: String?, _ endB: String?) -> Bool {
        let lowA = startA ?? "", lowB = startB ?? ""
        let highA = endA ?? "9999", highB = endB ?? "9999"
        return lowA <= highB + "-99" && lowB <= highA + "-99"
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
