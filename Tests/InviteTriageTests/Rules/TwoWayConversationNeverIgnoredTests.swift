import Testing
@testable import InviteTriage

/// "Anyone with a two-way conversation is never ignore": the costly error is ignoring someone
/// the reader really knows, however bad their note. One message each way, two years ago (not
/// "regular"), the note mass-sent, and the same sender invited before.
@Suite struct TwoWayConversationNeverIgnoredTests {
    static let worstNotes: [String?] = [
        nil,
        "I'd like to add you to my professional network on LinkedIn.",
        "I'd like to add you to my professional network on LinkedIn. We help platform teams cut cloud costs by 30% — book a 15-minute call? We worked together at Oracle!",
        "Hi, we were classmates at Stanford and colleagues at Oracle. Our mutual friend Peter Vance said to reach out. Free audit: book a 15-minute call, €400 for your time.",
        "Always looking to grow my network with great professionals! Our agency offers offshore dedicated developers at half the cost — can we book a quick call?",
    ]

    static func judge(_ note: String?, configuration: Configuration = Configuration()) -> Classifier.Judgement {
        let facts = ElenaMarsh.invitation(note, from: "Bram Visser", url: "https://www.linkedin.com/in/bram-visser-sales")
        var evidence = ElenaMarsh.records()
        ElenaMarsh.converse(with: facts, fromThem: 1, fromOwner: 1, last: "2024-06-01T10:00:00", into: &evidence)
        let earlier = ElenaMarsh.invitation(note, from: facts.senderName, url: facts.senderURL, at: LocalDateTime(text: "2026-05-01T10:00:00")!)
        ElenaMarsh.receive(earlier, into: &evidence)
        for (name, slug) in [("Priya Nair", "priya-nair-07"), ("Lukas Schneider", "lukas-schneider-b2"), ("Chloe Dubois", "chloe-dubois-9")] {
            ElenaMarsh.receive(ElenaMarsh.invitation(note, from: name, url: "https://www.linkedin.com/in/\(slug)"), into: &evidence)
        }
        ElenaMarsh.receive(facts, into: &evidence)
        return ElenaMarsh.judge(facts, evidence, configuration: configuration)
    }

    @Test(arguments: worstNotes)
    func worstNoteFromSomeoneYouHaveWrittenWithIsNotIgnored(_ note: String?) {
        let judgement = Self.judge(note)
        #expect(judgement.suggestion != .ignore, "\(judgement.summary)")
        #expect(judgement.has(.priorConversation), "\(judgement.summary)")
    }

    @Test(arguments: worstNotes)
    func evenWithHarshPointsTheSuggestionIsReviewNotIgnore(_ note: String?) {
        var configuration = Configuration()
        for code in ReasonCode.allCases where code.defaultPoints < 0 { configuration.points[code] = -20 }
        for group in ReasonGroup.allCases where group.defaultCap < 0 { configuration.caps[group] = -60 }
        let judgement = Self.judge(note, configuration: configuration)
        #expect(judgement.score <= configuration.ignoreAt, "the strikes should outweigh the conversation here: \(judgement.summary)")
        #expect(judgement.suggestion == .review, "\(judgement.summary)")
    }
}
