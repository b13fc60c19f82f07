import Testing
@testable import InviteTriage

/// `repeat_invitation`: the same sender invited before, more than a day earlier.
@Suite struct RepeatInvitationWindowTests {
    static func judge(earlier: String) -> Classifier.Judgement {
        let facts = ElenaMarsh.invitation(nil)
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(ElenaMarsh.invitation(nil, at: LocalDateTime(text: earlier)!), into: &evidence)
        ElenaMarsh.receive(facts, into: &evidence)
        return ElenaMarsh.judge(facts, evidence)
    }

    @Test func anInvitationTwoDaysEarlierMakesARepeat() {
        let judgement = Self.judge(earlier: "2026-11-18T09:00:00")
        #expect(judgement.has(.repeatInvitation), "\(judgement.summary)")
    }

    @Test func anInvitationTheSameMorningIsNoRepeat() {
        let judgement = Self.judge(earlier: "2026-11-20T08:00:00")
        #expect(!judgement.has(.repeatInvitation), "\(judgement.summary)")
    }

    @Test func theFirstInvitationIsNoRepeatOfTheSecond() {
        let first = ElenaMarsh.invitation(nil, at: LocalDateTime(text: "2026-06-03T17:55:00")!)
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(first, into: &evidence)
        ElenaMarsh.receive(ElenaMarsh.invitation(nil), into: &evidence)
        let judgement = ElenaMarsh.judge(first, evidence)
        #expect(!judgement.has(.repeatInvitation), "\(judgement.summary)")
    }
}
