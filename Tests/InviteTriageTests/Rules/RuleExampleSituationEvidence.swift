@testable import InviteTriage

/// Turns a rule example's situation into the records it describes (see the doc comments of
/// `RuleExample.Situation`), on top of Elena Marsh's records.
extension RuleExample {
    /// The invitation and the evidence the example is judged on.
    func setUp() -> (facts: InvitationFacts, evidence: Evidence) {
        var facts = ElenaMarsh.invitation(note)
        var evidence = ElenaMarsh.records()
        switch situation {
        case .stranger:
            break
        case .regularConversation:
            // Eight messages both ways in the last months.
            ElenaMarsh.converse(with: facts, fromThem: 4, fromOwner: 4, last: "2026-11-12T18:30:00", into: &evidence)
        case .connectionSofiaBrandt:
            // Sofia Brandt is among Elena's connections in every situation; nothing to add.
            break
        case .inContacts:
            evidence.addContact(name: facts.senderName)
        case .mutualConnections:
            facts.mutualConnections = 4
        case .sharedSkills:
            var profile = SenderProfile()
            profile.skills = ["Kubernetes", "Swift", "Figma"]
            facts.profile = profile
        case .sharedEmployerInProfile:
            var profile = SenderProfile()
            profile.positions = [Position(company: "Helio Systems GmbH", title: "Backend Developer", start: "2017", end: "2019")]
            facts.profile = profile
        case .invitedBefore:
            let earlier = ElenaMarsh.invitation(note, at: LocalDateTime(text: "2026-08-20T10:00:00")!)
            ElenaMarsh.receive(earlier, into: &evidence)
        case .sameNoteFromOthers:
            let others = [("Priya Nair", "priya-nair-07"), ("Lukas Schneider", "lukas-schneider-b2"), ("Chloe Dubois", "chloe-dubois-9")]
            for (name, slug) in others {
                let other = ElenaMarsh.invitation(note, from: name, url: "https://www.linkedin.com/in/\(slug)",
                                                  at: LocalDateTime(text: "2026-10-03T16:26:00")!)
                ElenaMarsh.receive(other, into: &evidence)
            }
        case .groupsConfigured:
            evidence.groups = ["Rotterdam Swift Meetup"]
        }
        ElenaMarsh.receive(facts, into: &evidence)
        return (facts, evidence)
    }
}
