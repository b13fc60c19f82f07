/// Which reasons apply to one invitation, each with its evidence in words. One function per
/// reason code; `Classifier` adds them up.
struct RuleEvaluation {
    let classifier: Classifier
    let facts: InvitationFacts
    let analysis: NoteAnalysis
    let claims: [ClaimDetail]
    /// The reader's skills the note names, when they are common ground (`OwnerSkills`).
    let namedSkills: [String]
    /// Names the note gives that the rules cannot place (`UnplacedNames`).
    let unplacedNames: [String]
    let conversation: Evidence.Conversation?
    let verifier: ClaimVerifier

    var evidence: Evidence { classifier.evidence }
    var configuration: Configuration { classifier.configuration }

    func reasons() -> [Reason] {
        var reasons: [Reason] = []
        func add(_ code: ReasonCode, _ detail: String?, evidence: @autoclosure () -> String? = nil) {
            guard let detail else { return }
            let points = configuration.points(code)
            guard points != 0 || code.defaultPoints == 0 else { return }
            reasons.append(Reason(code: code.rawValue, points: points, detail: detail, evidence: evidence()))
        }
        add(.priorConversation, priorConversation())
        add(.knownContact, knownContact())
        add(.metBefore, metBefore())
        add(.sharedConnection, sharedConnection())
        add(.sharedEmployer, shared(.colleague, records: verifier.sharedEmployers(), word: "worked at"))
        add(.sharedSchool, shared(.classmate, records: verifier.sharedSchools(), word: "studied at"))
        add(.sharedGroup, shared(.group, records: verifier.sharedGroups(), word: "are members of"))
        add(.profileRationale, profileRationale())
        add(.personalNote, personalNote())
        add(.falseClaim, falseClaims())
        add(.genericMessage, genericMessage(), evidence: quote(facts.message))
        add(.massMessage, massMessage())
        add(.salesPitch, analysis.isSalesPitch ? "the note sells: “\(analysis.salesMarkers.prefix(2).joined(separator: "”, “"))”" : nil)
        add(.repeatInvitation, repeatInvitation())
        let unread = unreadNote()
        add(.unreadNote, unread)
        let credits = reasons.filter { $0.points > 0 }.map(\.code)
        if unread == nil { add(.strangerNoRationale, stranger(credits: Set(credits))) }
        return reasons
    }

    // MARK: Credits

    private var isRegular: Bool {
        guard let conversation, conversation.isTwoWay, conversation.total >= configuration.regularMessages,
              let last = conversation.last else { return false }
        return last.seconds(until: classifier.now) <= configuration.regularDays * 86_400
    }

    private func priorConversation() -> String? {
        guard let conversation, conversation.isTwoWay else { return nil }
        let last = conversation.last.map { ", last on \($0.dateText)" } ?? ""
        return "\(conversation.total) messages between you (\(conversation.fromOwner) from you)\(last)\(isRegular ? ": regular interaction" : "")"
    }

    private func knownContact() -> String? {
        if verifier.isContact { return "\(facts.senderName) is in your contacts" }
        if verifier.gaveRealEmail { return "they gave your real e-mail address (\(facts.givenEmail ?? ""))" }
        return nil
    }

    private func metBefore() -> String? {
        guard let met = claims.first(where: { $0.kind == .met }) else { return nil }
        if let event = met.specifics["event"] { return "the note names where you met: \(event)" }
        return "the note refers to an occasion where you met: “\(met.text)”"
    }

    private func sharedConnection() -> String? {
        let backed = claims.filter { $0.kind == .sharedConnection && $0.verdict == .backed }
        if let claim = backed.first { return claim.evidence }
        if let count = facts.mutualConnections, count > 0 { return "\(count) mutual connection(s) reported" }
        return nil
    }

    private func shared(_ kind: ClaimKind, records: [String], word: String) -> String? {
        if let claim = claims.first(where: { $0.kind == kind && $0.verdict == .backed }) { return "their claim is backed: \(claim.evidence)" }
        if !records.isEmpty { return "you both \(word) \(records.joined(separator: ", "))" }
        return nil
    }

    private static let roleWords: Set<String> = [
        "at", "the", "and", "for", "of", "lead", "senior", "junior", "head", "manager", "director", "chief", "officer", "vp",
        "president", "founder", "cofounder", "co", "ceo", "cto", "coo", "cfo", "owner", "partner", "consultant", "specialist",
        "associate", "principal", "staff", "intern", "team", "group", "company", "helping", "help", "with", "in", "to", "on",
        "my", "our", "student", "professional", "expert", "freelance", "freelancer", "independent", "global", "international",
        "b.v", "bv", "inc", "ltd", "gmbh", "open", "looking", "opportunities", "new", "former", "ex", "passionate", "about",
        "you", "your", "who", "i", "we", "a", "an", "by", "from", "talent", "acquisition", "recruiter", "recruiting", "sales",
    ]

    private func profileRationale() -> String? {
        guard let profile = facts.profile else { return nil }
        let mine = Set(evidence.skills.map(TextFolding.fold))
        let sharedSkills = profile.skills.filter { mine.contains(TextFolding.fold($0)) }
        if !sharedSkills.isEmpty { return "shared skills: \(sharedSkills.prefix(5).joined(separator: ", "))" }
        let ownWords = Self.fieldWords(([evidence.headline] + evidence.positions.map(\.title)).compactMap { $0 })
        let theirWords = Self.fieldWords(([facts.headline] + profile.positions.map(\.title)).compactMap { $0 })
        let shared = ownWords.intersection(theirWords).sorted()
        return shared.isEmpty ? nil : "same field of work: \(shared.prefix(4).joined(separator: ", "))"
    }

    static func fieldWords(_ texts: [String]) -> Set<String> {
        Set(texts.flatMap { text in
            TextFolding.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }.filter { $0.count >= 3 && !roleWords.contains($0) })
    }

    private func personalNote() -> String? {
        if let marker = analysis.personalMarkers.first { return "the note names something of yours: “\(marker)”" }
        if let claim = claims.first(where: { !$0.specifics.isEmpty && $0.verdict != .false && $0.kind != .met || ($0.kind == .met && $0.specifics["event"] != nil) }) {
            return "the note names common ground: “\(claim.text)”"
        }
        if !namedSkills.isEmpty { return "the note names your skills: \(namedSkills.joined(separator: ", "))" }
        return nil
    }

    // MARK: Strikes

    private func falseClaims() -> String? {
        let falseOnes = claims.filter { $0.verdict == .false }
        guard !falseOnes.isEmpty else { return nil }
        return falseOnes.map { "claims \($0.kind.rawValue) (“\($0.text)”) but \($0.evidence)" }.joined(separator: "; ")
    }

    /// Nothing read in the note names anything of the reader's.
    private var namesNothing: Bool { analysis.isGeneric(verified: claims) && namedSkills.isEmpty }

    private func genericMessage() -> String? {
        guard namesNothing, unplacedNames.isEmpty else { return nil }
        // Someone you write to regularly need not write a note (the essay's exception).
        if isRegular { return nil }
        if analysis.isEmpty { return "no note" }
        if analysis.isDefaultText { return "LinkedIn's default invitation text" }
        return "a stock note that names nothing specific to you"
    }

    /// A note the rules cannot judge: it may give a reason in words they do not read, so
    /// neither the generic nor the stranger strike applies.
    private func unreadNote() -> String? {
        if analysis.isOtherLanguage { return "written in a language the rules do not read: read it yourself" }
        guard namesNothing, !unplacedNames.isEmpty else { return nil }
        return "names \(unplacedNames.prefix(4).joined(separator: ", ")) in words the rules do not read: read it yourself"
    }

    private func massMessage() -> String? {
        let senders = evidence.senderCount(massKey: analysis.massKey)
        guard senders >= Evidence.massSenders else { return nil }
        return "the same note came from \(senders) different senders"
    }

    private func repeatInvitation() -> String? {
        guard let times = evidence.invitationTimes.find(facts.sender) else { return nil }
        let earlier = times.filter { $0.seconds(until: facts.sentAt) > 86_400 }.sorted()
        guard let first = earlier.first else { return nil }
        return "they invited you before, on \(first.dateText)\(earlier.count > 1 ? " (and \(earlier.count - 1) more time(s))" : "")"
    }

    private func stranger(credits: Set<String>) -> String? {
        guard credits.isDisjoint(with: Self.knowing) else { return nil }
        if facts.connectedOn != nil || evidence.connections.find(facts.sender) != nil { return nil }
        if let conversation, conversation.isTwoWay { return nil }
        if evidence.invitedByOwner.find(facts.sender) != nil { return nil }
        // A claim the records cannot check is still a reason the sender gave, if it names
        // something: "we are in the same group" names no group, and gives none.
        if claims.contains(where: { $0.verdict == .unverifiable && $0.kind != .met && !$0.specifics.isEmpty }) { return nil }
        let profile = facts.profile == nil && facts.headline == nil ? "no profile known" : "their profile shows no shared skills or field"
        return "no connection, two-way conversation, contact, shared connection, employer, school or group on record; the note gives no reason; \(profile)"
    }

    /// Credits that show the sender knows the owner, or says why they should.
    private static let knowing: Set<String> = ["prior_conversation", "known_contact", "met_before", "shared_connection", "shared_employer",
                                               "shared_school", "shared_group", "personal_note", "profile_rationale"]

    private func quote(_ message: String?) -> String? {
        guard let message, !message.isEmpty else { return nil }
        // No more bytes than the limit: no more characters either, without counting them.
        return message.utf8.count > 120 && message.count > 120 ? String(message.prefix(119)) + "…" : message
    }
}
