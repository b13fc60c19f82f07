/// Judges one invitation the way the essay does: strikes for a generic note, a stranger with no
/// reason to connect, false relationship claims; credits for what you really share. Pure: the
/// same facts, evidence and configuration give the same judgement. A class: every judgement
/// hands it on to the rules, and a reference is one retain where the evidence and configuration
/// were dozens.
public final class Classifier: Sendable {
    public struct Judgement: Sendable, Equatable {
        public var verdict: Verdict
        public var score: Double
        public var suggestion: Suggestion
    }

    public let configuration: Configuration
    public let evidence: Evidence
    public let now: LocalDateTime
    /// The personal model, when learning is active.
    public let learned: LearnedModel?
    let organisations: OwnerOrganisations
    let skills: OwnerSkills
    let placed: UnplacedNames.Placed

    public init(configuration: Configuration, evidence: Evidence, now: LocalDateTime, learned: LearnedModel? = nil) {
        self.configuration = configuration
        self.evidence = evidence
        self.now = now
        self.learned = learned
        self.organisations = OwnerOrganisations(evidence)
        self.skills = OwnerSkills(evidence.skills)
        self.placed = UnplacedNames.Placed(evidence)
    }

    public func judge(_ facts: InvitationFacts) -> Judgement { judge(facts, analysis: nil) }

    /// `analysis`: the note's analysis when the caller already has it (rescoring caches it per
    /// distinct note: stock notes repeat thousands of times).
    func judge(_ facts: InvitationFacts, analysis given: NoteAnalysis?) -> Judgement {
        let analysis = given ?? NoteAnalysis(facts.message, ownerNames: evidence.ownerNameWords)
        let conversation = evidence.conversations.find(facts.sender)
        let verifier = ClaimVerifier(evidence: evidence, facts: facts, conversation: conversation, organisations: organisations)
        var extracted = analysis.claims
        if let relationship = facts.relationship, let kind = Self.claimKind(relationship), !extracted.contains(where: { $0.kind == kind }) {
            extracted.append(ExtractedClaim(kind: kind, text: "“How do you know …?”: \(relationship.rawValue)", specifics: [:]))
        }
        let claims = verifier.details(of: extracted, ifBacked: analysis.claimsIfBacked)
        // A pitch or a job names your skills to sell to you or to fill a role, not as common ground.
        var namedSkills = analysis.isEmpty || analysis.isPersonal || analysis.isSalesPitch ? [] : skills.commonGround(inCore: analysis.massKey)
        if !namedSkills.isEmpty, NotePatterns.jobs.matchesAny(analysis.massKey) { namedSkills = [] }
        var reasons = RuleEvaluation(classifier: self, facts: facts, analysis: analysis, claims: claims, namedSkills: namedSkills,
                                     unplacedNames: placed.unplaced(analysis.nameCandidates), conversation: conversation,
                                     verifier: verifier).reasons()
        reasons = applyCaps(reasons)
        if let reason = learned?.reason(note: facts.message, headline: facts.headline, codes: reasons.map(\.code)) {
            reasons.append(reason)
        }
        reasons.sort { abs($0.points) != abs($1.points) ? abs($0.points) > abs($1.points) : $0.code < $1.code }
        let score = (reasons.reduce(0) { $0 + $1.points } * 100).rounded() / 100
        return Judgement(verdict: Verdict(claims: claims, reasons: reasons), score: score,
                         suggestion: suggestion(score: score, reasons: reasons))
    }

    static func claimKind(_ relationship: Relationship) -> ClaimKind? {
        switch relationship {
        case .friend: .friend
        case .colleague: .colleague
        case .classmate: .classmate
        case .business: .business
        case .group: .group
        case .other: nil
        }
    }

    func suggestion(score: Double, reasons: [Reason]) -> Suggestion {
        Self.suggestion(score: score, codes: reasons.filter { $0.points > 0 }.map(\.code), configuration: configuration)
    }

    /// `codes`: the reasons that count for the invitation. Someone you really know is never
    /// suggested for ignoring: review instead.
    static func suggestion(score: Double, codes: [String], configuration: Configuration) -> Suggestion {
        if score >= configuration.acceptAt { return .accept }
        if score <= configuration.ignoreAt {
            let knows = codes.contains { ReasonCode(rawValue: $0)?.showsRelationship == true }
            return knows ? .review : .ignore
        }
        return .review
    }

    /// Caps a group's sum by trimming its weakest reasons' points, so the points shown always
    /// add up to the score.
    func applyCaps(_ reasons: [Reason]) -> [Reason] {
        var result = reasons
        // Once per reason, not once per group: a code is found by comparing strings.
        let groups = reasons.map { ReasonCode(rawValue: $0.code)?.group }
        for group in ReasonGroup.allCases where groups.contains(group) {
            let cap = configuration.caps[group] ?? group.defaultCap
            let members = result.indices.filter { groups[$0] == group }
            var excess = members.reduce(0) { $0 + result[$1].points } - cap
            guard cap < 0 ? excess < 0 : excess > 0 else { continue }
            for index in members.sorted(by: { abs(result[$0].points) < abs(result[$1].points) }) {
                let cut = cap < 0 ? max(excess, result[index].points) : min(excess, result[index].points)
                result[index].points -= cut
                result[index].detail += " (capped: \(group.rawValue) reasons add up to \(ListTable.points(cap)) at most)"
                excess -= cut
                if excess == 0 { break }
            }
        }
        // A reason trimmed to 0 stays listed: it still applies, the cap took its points.
        return result
    }
}
