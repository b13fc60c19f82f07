import Foundation
import Testing

/// The generated person is what the learning tests assume: the rules alone leave every
/// invitation at 0 → review (personal_note +2, sales_pitch -2), half recruiters, half Swift.
@Suite struct GeneratedPersonBaseScoreTests {
    @Test func theRulesAloneLeaveEveryInvitationAtZeroAndReview() throws {
        let sandbox = try LearningFixture.sandbox()
        defer { sandbox.remove() }
        let (pending, _) = try sandbox.listWithNotes()
        #expect(pending.count == 80)
        for item in pending {
            #expect(item.listedScore == 0, "\(item.summary)")
            #expect(item.listedSuggestion == "review", "\(item.summary)")
            #expect(item.listedReasonCodes.sorted() == ["personal_note", "sales_pitch"], "\(item.listedReasonCodes) \(item.summary)")
        }
        let recruiters = pending.filter { GeneratedPerson.isRecruiter(note: $0.message) }
        let swift = pending.filter { GeneratedPerson.mentionsSwift(note: $0.message) }
        #expect(recruiters.count == 40 && swift.count == 40)
        #expect(Set(recruiters.compactMap(\.id)).isDisjoint(with: swift.compactMap(\.id)))
    }

    @Test func theSameSeedGivesTheSamePerson() {
        #expect(GeneratedPerson(seed: 42).invitationsCSV == GeneratedPerson(seed: 42).invitationsCSV)
        #expect(GeneratedPerson(seed: 42).invitationsCSV != GeneratedPerson(seed: 43).invitationsCSV)
    }
}
