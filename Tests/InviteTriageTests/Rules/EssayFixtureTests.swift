import Testing
@testable import InviteTriage

/// The essay's own cases, with the results issue 3 requires, on CSV-only evidence: the sender
/// has no profile, only a name, URL, note and (in one case) a headline.
@Suite struct EssayFixtureTests {
    static let defaultTexts: [String?] = [
        nil,
        "I'd like to add you to my professional network on LinkedIn.",
        "I'd like to add you to my professional network on LinkedIn.  - Joost Bakker",
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    ]

    @Test(arguments: defaultTexts)
    func defaultTextFromAStrangerInYourIndustryAndCityIsIgnored(_ note: String?) {
        var facts = ElenaMarsh.invitation(note, from: "Joost Bakker", url: "https://www.linkedin.com/in/joost-bakker-rotterdam-software")
        facts.headline = "Account Manager | Software Development | Rotterdam, South Holland"
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.suggestion == .ignore, "\(judgement.summary)")
        #expect(judgement.has(.genericMessage), "\(judgement.summary)")
    }

    static let businessNotes = [
        "Hi Elena, we've done business together in the past and I'd like to keep in touch.  Kind regards,  Mark Jansen  Veldhuis Verzekeringen",
        "We've done business together with Veldhuis Verzekeringen, your insurance. Let's connect!",
    ]

    @Test(arguments: businessNotes)
    func businessClaimFromAnInsuranceAgentNeverDealtWithIsIgnored(_ note: String) throws {
        var facts = ElenaMarsh.invitation(note, from: "Mark Jansen", url: "https://www.linkedin.com/in/mark-jansen-verzekeringen")
        facts.headline = "Insurance Advisor at Veldhuis Verzekeringen"
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.suggestion == .ignore, "\(judgement.summary)")
        let claim = try #require(judgement.claims(.business).first, "no business claim: \(judgement.summary)")
        #expect(claim.verdict == .false)
        #expect(judgement.has(.falseClaim))
    }

    static let friendNotes = ["As a friend I'd like to add you.", "Hi Elena, as a friend I'd love to connect"]

    @Test(arguments: friendNotes)
    func friendClaimWithNothingToBackItIsIgnored(_ note: String) {
        let facts = ElenaMarsh.invitation(note, from: "Kevin O'Brien", url: "https://www.linkedin.com/in/kevin-obrien-91d3a2")
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.suggestion == .ignore, "\(judgement.summary)")
        #expect(judgement.claims(.friend).map(\.verdict) == [.false], "\(judgement.summary)")
    }

    @Test func friendAnsweredToHowDoYouKnowWithoutANoteIsIgnored() {
        var facts = ElenaMarsh.invitation(nil)
        facts.relationship = .friend
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.suggestion == .ignore, "\(judgement.summary)")
        #expect(judgement.claims(.friend).map(\.verdict) == [.false], "\(judgement.summary)")
    }

    static let occasionNotes = [
        "It was great to meet you at the Chamber of Commerce event last night",
        "It was great to meet you at the Chamber of Commerce event last night.",
        "It was great to meet you on the webinar yesterday.",
    ]

    @Test(arguments: occasionNotes)
    func noteNamingWhereYouMetIsAccepted(_ note: String) {
        let facts = ElenaMarsh.invitation(note, from: "Femke de Boer", url: "https://www.linkedin.com/in/femke-de-boer")
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.suggestion == .accept, "\(judgement.summary)")
        #expect(judgement.has(.metBefore), "\(judgement.summary)")
        #expect(!judgement.has(.strangerNoRationale), "\(judgement.summary)")
    }

    @Test func noNoteFromSomeoneYouConverseWithRegularlyIsAccepted() {
        let facts = ElenaMarsh.invitation(nil, from: "Daan Hoekstra", url: "https://www.linkedin.com/in/daanhoekstra")
        var evidence = ElenaMarsh.records()
        ElenaMarsh.converse(with: facts, fromThem: 5, fromOwner: 4, last: "2026-11-15T20:02:00", into: &evidence)
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.suggestion == .accept, "\(judgement.summary)")
        #expect(!judgement.has(.genericMessage), "someone you write to regularly need not write a note: \(judgement.summary)")
    }

    static let suggestedNotes = [
        "Sofia Brandt suggested I reach out.",
        "Hi Elena, Sofia Brandt suggested I reach out to you about internal developer platforms.",
        "Chiara Lombardi suggested I reach out to you.",
    ]

    @Test(arguments: suggestedNotes)
    func someoneSuggestedByAConnectionIsAccepted(_ note: String) throws {
        let facts = ElenaMarsh.invitation(note, from: "Ruben Meijer", url: "https://www.linkedin.com/in/rubenmeijer")
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.suggestion == .accept, "\(judgement.summary)")
        let claim = try #require(judgement.claims(.sharedConnection).first, "no shared-connection claim: \(judgement.summary)")
        #expect(claim.verdict == .backed)
    }
}
