import Testing
@testable import InviteTriage

/// Related reasons are capped as a group, so overlapping signals do not pile up (issue 3, §4).
@Suite struct GroupCapTests {
    /// A stock note with a pitch, sent by three other senders too: generic (-2), mass (-1) and
    /// sales (-2) would be -5 uncapped.
    static let pitch = "Always looking to grow my network! We help platform teams cut cloud costs by 30% — can we book a 15-minute call?"

    static func judgePitch(configuration: Configuration = Configuration()) -> Classifier.Judgement {
        let facts = ElenaMarsh.invitation(pitch)
        var evidence = ElenaMarsh.records()
        for (name, slug) in [("Sam Holloway", "sam-holloway"), ("Carlos Mendes", "carlos-mendes"), ("Chad Morrison", "chad-morrison")] {
            ElenaMarsh.receive(ElenaMarsh.invitation(pitch, from: name, url: "https://www.linkedin.com/in/\(slug)"), into: &evidence)
        }
        ElenaMarsh.receive(facts, into: &evidence)
        return ElenaMarsh.judge(facts, evidence, configuration: configuration)
    }

    @Test func genericMassSalesNoteLosesNoMoreThanTheFormCap() {
        let judgement = Self.judgePitch()
        #expect(judgement.has(.genericMessage) && judgement.has(.salesPitch), "\(judgement.summary)")
        #expect(judgement.points(of: .form) == ReasonGroup.form.defaultCap, "\(judgement.summary)")
        #expect(ReasonGroup.form.defaultCap == -4)
    }

    @Test func theFormCapComesFromTheConfiguration() {
        var configuration = Configuration()
        configuration.caps[.form] = -3
        let judgement = Self.judgePitch(configuration: configuration)
        #expect(judgement.points(of: .form) == -3, "\(judgement.summary)")
    }

    @Test func cappingKeepsEveryReasonThatAppliesInTheExplanation() {
        let judgement = Self.judgePitch()
        #expect(judgement.has(.massMessage), "the cap may take its points, not the reason: \(judgement.summary)")
    }

    @Test func commonGroundAddsNoMoreThanItsCap() {
        var facts = ElenaMarsh.invitation("We worked together at Helio Systems, and Sofia Brandt suggested I say hello.")
        facts.mutualConnections = 6
        var profile = SenderProfile()
        profile.positions = [Position(company: "Helio Systems GmbH", title: "Senior Software Engineer", start: "2017-01", end: "2020-12")]
        profile.education = [Schooling(school: "TU Delft", start: "2013", end: "2015")]
        profile.skills = ["Kubernetes", "PostgreSQL"]
        facts.profile = profile
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.has(.sharedEmployer) && judgement.has(.sharedConnection), "\(judgement.summary)")
        #expect(judgement.points(of: .commonGround) == ReasonGroup.commonGround.defaultCap, "\(judgement.summary)")
    }

    @Test func acquaintanceAddsNoMoreThanItsCap() {
        let facts = ElenaMarsh.invitation("It was great to meet you at the Chamber of Commerce event last night.")
        var evidence = ElenaMarsh.records()
        ElenaMarsh.converse(with: facts, fromThem: 4, fromOwner: 4, last: "2026-11-12T18:30:00", into: &evidence)
        evidence.addContact(name: facts.senderName)
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.has(.priorConversation), "\(judgement.summary)")
        #expect(judgement.points(of: .acquaintance) == ReasonGroup.acquaintance.defaultCap, "\(judgement.summary)")
    }
}
