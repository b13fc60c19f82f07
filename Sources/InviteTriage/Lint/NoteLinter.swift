import Foundation
import GRDB

/// Checks a note before you send it, with the classifier's own rules: the length against
/// LinkedIn's limit, generic phrasing, a sales pitch, and every relationship claim checked
/// against your records about the person you are inviting. It also says what common ground
/// the records show, so the note can name it.
public struct LintReport: AlwaysPresentKeys, Sendable {
    public struct Finding: AlwaysPresentKeys, Sendable {
        public var code: String
        public var message: String
    }

    public var length: Int
    public var limit: Int
    public var recipient: String?
    public var passes = true
    public var findings: [Finding] = [] {
        didSet { passes = findings.isEmpty }
    }
    public var claims: [ClaimDetail] = []
    /// Common ground the records show with the recipient.
    public var suggestions: [String] = []
    /// Things worth knowing that are not faults (an unverifiable claim).
    public var notes: [String] = []
}

public enum NoteLinter {
    /// Characters as a person counts them (grapheme clusters), not bytes.
    public static func length(_ note: String) -> Int { note.count }

    public static func lint(_ note: String, to recipient: String?, limit: Int, store: Store, configuration: Configuration, now: LocalDateTime) throws -> LintReport {
        let (evidence, invitations) = try store.read { db in
            let evidence = try EvidenceLoader.load(db, configuration: configuration).evidence
            guard let recipient else { return (evidence, [InvitationFacts]()) }
            return (evidence, try EvidenceLoader.invitations(db, fromURL: ProfileURL.normalize(recipient), key: TextFolding.fold(recipient)))
        }
        return lint(note, to: recipient, limit: limit, evidence: evidence, invitations: invitations, now: now)
    }

    static func lint(_ note: String, to recipient: String?, limit: Int, evidence: Evidence, invitations: [InvitationFacts], now: LocalDateTime) -> LintReport {
        var report = LintReport(length: length(note), limit: limit, recipient: recipient)
        if report.length > limit {
            report.findings.append(.init(code: "too_long", message: "\(report.length) characters: LinkedIn allows \(limit); cut \(report.length - limit)"))
        }
        let person = recipient.map { facts(for: $0, invitations: invitations, now: now) }
        let analysis = NoteAnalysis(note, ownerNames: evidence.ownerNameWords)
        let subject = person ?? InvitationFacts(senderName: "", sentAt: now)
        let conversation = person.flatMap { evidence.conversations.find(url: $0.senderURL, key: $0.senderKey) }
        let verifier = ClaimVerifier(evidence: evidence, facts: subject, conversation: conversation, organisations: OwnerOrganisations(evidence))
        let claims = verifier.details(of: analysis.claims, ifBacked: analysis.claimsIfBacked)
        if analysis.isEmpty {
            report.findings.append(.init(code: ReasonCode.genericMessage.rawValue, message: "no note: say why you want to connect (what you share, where you met)"))
        } else if analysis.isDefaultText {
            report.findings.append(.init(code: ReasonCode.genericMessage.rawValue, message: "LinkedIn's default text: it tells the reader nothing about why you invite them"))
        } else if analysis.isOtherLanguage {
            report.notes.append("written in a language the rules do not read: nothing is said of its wording")
        } else if analysis.isGeneric(verified: claims) {
            let unplaced = UnplacedNames.Placed(evidence).unplaced(analysis.nameCandidates)
            if unplaced.isEmpty {
                report.findings.append(.init(code: ReasonCode.genericMessage.rawValue, message: "a stock note that could go to anyone: name something specific to them"))
            } else {
                report.notes.append("names \(unplaced.prefix(4).joined(separator: ", ")) in words the rules do not read: nothing is said of its wording")
            }
        }
        if analysis.isSalesPitch {
            report.findings.append(.init(code: ReasonCode.salesPitch.rawValue, message: "reads as a pitch (“\(analysis.salesMarkers.prefix(2).joined(separator: "”, “"))”): invitations that sell get ignored"))
        }
        for detail in claims {
            report.claims.append(detail)
            switch detail.verdict {
            case .false:
                report.findings.append(.init(code: ReasonCode.falseClaim.rawValue, message: "claims \(detail.kind.rawValue) (“\(detail.text)”) but \(detail.evidence)"))
            case .unverifiable where detail.kind != .met:
                report.notes.append("\(detail.kind.rawValue) claim cannot be checked: \(detail.evidence)")
            default:
                break
            }
        }
        if let person { report.suggestions = commonGround(person, evidence: evidence, verifier: verifier, conversation: conversation) }
        return report
    }

    /// What the records know of the person: a received invitation's profile, else name and URL.
    static func facts(for recipient: String, invitations: [InvitationFacts], now: LocalDateTime) -> InvitationFacts {
        let url = ProfileURL.normalize(recipient)
        let key = TextFolding.fold(recipient)
        if let known = invitations.last(where: { url != nil ? $0.senderURL == url : $0.senderKey == key }) { return known }
        return InvitationFacts(senderName: url == nil ? recipient : FieldReader.nameFromURL(url!), senderURL: url, sentAt: now)
    }

    static func commonGround(_ person: InvitationFacts, evidence: Evidence, verifier: ClaimVerifier, conversation: Evidence.Conversation?) -> [String] {
        var ground: [String] = []
        if let conversation, conversation.isTwoWay { ground.append("you have written to each other (\(conversation.total) messages): mention it") }
        if let connection = evidence.connections.find(url: person.senderURL, key: person.senderKey) {
            ground.append("\(connection.name) is already among your connections")
        }
        if let count = person.mutualConnections, count > 0 { ground.append("\(count) mutual connection(s): name one you really know") }
        let employers = verifier.sharedEmployers()
        if !employers.isEmpty { ground.append("you both worked at \(employers.joined(separator: ", "))") }
        let schools = verifier.sharedSchools()
        if !schools.isEmpty { ground.append("you both studied at \(schools.joined(separator: ", "))") }
        let groups = verifier.sharedGroups()
        if !groups.isEmpty { ground.append("you are both in \(groups.joined(separator: ", "))") }
        if verifier.isContact { ground.append("they are in your contacts") }
        if let profile = person.profile {
            let mine = Set(evidence.skills.map(TextFolding.fold))
            let skills = profile.skills.filter { mine.contains(TextFolding.fold($0)) }
            if !skills.isEmpty { ground.append("shared skills: \(skills.prefix(4).joined(separator: ", "))") }
        }
        return ground
    }
}
