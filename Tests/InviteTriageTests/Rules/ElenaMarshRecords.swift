@testable import InviteTriage

/// The reader of every classifier unit test: Elena Marsh of samples/README.md, with the records a
/// full CSV export gives (positions, education, connections, messages and contacts imported),
/// built by hand so scoring is tested without a database.
enum ElenaMarsh {
    /// "Now" of every judgement: the day after the sample export.
    static let now = LocalDateTime(text: "2026-11-26T09:00:00")!
    /// When the invitation under test was sent.
    static let sentAt = LocalDateTime(text: "2026-11-20T10:00:00")!

    /// The sender of the invitation under test, unless a test names another.
    static let senderName = "Alex Morgan"
    static let senderURL = "https://www.linkedin.com/in/alex-morgan-4d2e1f"

    /// Her own records, as the CSV export gives them: no groups (the export has none).
    static func records() -> Evidence {
        var evidence = Evidence()
        evidence.ownerNames = ["elena marsh"]
        evidence.ownerEmails = ["elena.marsh@example.com"]
        evidence.headline = "Platform Engineering Lead at Northwind Analytics"
        evidence.positions = [
            Position(company: "Northwind Analytics B.V.", title: "Platform Engineering Lead", start: "2021-03", end: nil,
                     location: "Rotterdam, South Holland, Netherlands"),
            Position(company: "Helio Systems GmbH", title: "Senior Software Engineer", start: "2016-06", end: "2021-02",
                     location: "Berlin, Germany"),
            Position(company: "Brightline Consulting Ltd", title: "Software Developer", start: "2013-09", end: "2016-05",
                     location: "Edinburgh, United Kingdom"),
        ]
        evidence.education = [
            Schooling(school: "University of Edinburgh", degree: "BSc Computer Science", start: "2009", end: "2013"),
            Schooling(school: "Delft University of Technology", degree: "MSc Computer Science", start: "2013", end: "2015"),
        ]
        evidence.skills = ["Swift", "Kubernetes", "PostgreSQL"]
        evidence.positionsKnown = true
        evidence.educationKnown = true
        evidence.connectionsKnown = true
        evidence.messagesKnown = true
        evidence.addConnection(name: "Sofia Brandt", url: "https://www.linkedin.com/in/sofia-brandt", company: "Havenlijn", connectedOn: "2022-03-14")
        evidence.addConnection(name: "Chiara Lombardi", url: "https://www.linkedin.com/in/chiara-lombardi", company: "Helio Systems GmbH", connectedOn: "2019-05-02")
        evidence.addConnection(name: "Wouter Jacobs", url: "https://www.linkedin.com/in/wouterjacobs", company: "Portbase", connectedOn: "2026-10-14")
        return evidence
    }

    /// The invitation under test, with no profile (Invitations.csv carries none).
    static func invitation(_ note: String?, from name: String = senderName, url: String? = senderURL,
                           at time: LocalDateTime = sentAt) -> InvitationFacts {
        InvitationFacts(senderName: name, senderURL: url, sentAt: time, message: note)
    }

    /// Records the invitation among all received ones, as the loader does for every invitation
    /// (including the one being judged): that is what mass and repeat detection count.
    static func receive(_ facts: InvitationFacts, into evidence: inout Evidence) {
        evidence.addInvitation(from: facts.senderName, url: facts.senderURL, at: facts.sentAt,
                               massKey: NoteText(facts.message ?? "").core)
    }

    /// A conversation with the sender: `fromThem` messages from them, `fromOwner` from Elena.
    static func converse(with facts: InvitationFacts, fromThem: Int, fromOwner: Int, last: String,
                         into evidence: inout Evidence) {
        let conversation = Evidence.Conversation(fromThem: fromThem, fromOwner: fromOwner, last: LocalDateTime(text: last))
        evidence.addConversation(conversation, url: facts.senderURL, key: TextFolding.fold(facts.senderName))
    }

    static func judge(_ facts: InvitationFacts, _ evidence: Evidence,
                      configuration: Configuration = Configuration()) -> Classifier.Judgement {
        Classifier(configuration: configuration, evidence: evidence, now: now).judge(facts)
    }
}

extension Classifier.Judgement {
    var codes: [String] { verdict.reasons.map(\.code) }

    func has(_ code: ReasonCode) -> Bool { codes.contains(code.rawValue) }

    func points(of group: ReasonGroup) -> Double {
        verdict.reasons.filter { ReasonCode(rawValue: $0.code)?.group == group }.reduce(0) { $0 + $1.points }
    }

    func claims(_ kind: ClaimKind) -> [ClaimDetail] { verdict.claims.filter { $0.kind == kind } }

    /// One line for failure messages: score, suggestion, reasons and claims.
    var summary: String {
        let reasons = verdict.reasons.map { "\($0.code) \($0.points)" }.joined(separator: ", ")
        let claims = verdict.claims.map { "\($0.kind.rawValue)=\($0.verdict.rawValue)" }.joined(separator: ", ")
        return "score \(score), \(suggestion.rawValue); reasons [\(reasons)]; claims [\(claims)]"
    }
}
