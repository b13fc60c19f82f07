import Foundation
import Testing

/// A decision does not rescore every invitation: it only makes the learned points stale;
/// `list` says so on stderr and keeps showing the stored points; `rescore` brings them up to
/// date and the note goes away.
@Suite struct StaleLearnedPointsTests {
    static func learnedPoints(_ items: [ListedInvitation]) -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: items.compactMap { item in item.id.map { ($0, item.learnedPoints) } })
    }

    @Test func acceptMarksLearnedPointsStaleAndRescoreClearsIt() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        try sandbox.rescoreAll()
        let fresh = try sandbox.listWithNotes()
        #expect(!fresh.stderr.contains("stale") && !fresh.stderr.contains("rescore"), "fresh after rescore: \(fresh.stderr)")

        // Against the taste: accepting a recruiter changes what the model says of recruiters.
        let recruiter = try #require(fresh.items.first { GeneratedPerson.isRecruiter(note: $0.message) }?.id)
        let accept = try sandbox.triage(["accept", String(recruiter)])
        try #require(accept.status == 0, "\(accept)")

        let stale = try sandbox.listWithNotes()
        #expect(stale.stderr.contains("stale") && stale.stderr.contains("invite-triage rescore"), "list says the scores are stale: \(stale.stderr)")
        var expected = Self.learnedPoints(fresh.items)
        expected[recruiter] = nil
        #expect(Self.learnedPoints(stale.items) == expected, "accept rescored the other invitations")

        try sandbox.rescoreAll()
        let current = try sandbox.listWithNotes()
        #expect(!current.stderr.contains("stale") && !current.stderr.contains("rescore"), "the note is gone: \(current.stderr)")
        #expect(Self.learnedPoints(current.items) != expected, "rescore did not bring the new model in")
        let recruitersBefore = fresh.items.filter { GeneratedPerson.isRecruiter(note: $0.message) && $0.id != recruiter }
        let now = Self.learnedPoints(current.items)
        let moved = recruitersBefore.filter { item in item.id.map { now[$0] ?? 0 } ?? 0 > item.learnedPoints }
        #expect(!moved.isEmpty, "no recruiter leans less toward ignore after a recruiter was accepted")
    }

    @Test func reviewBringsStaleLearnedPointsUpToDate() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        let stale = try sandbox.listWithNotes()
        #expect(stale.stderr.contains("rescore"), "decisions since the last scoring: \(stale.stderr)")
        let review = try sandbox.reviewFromPipe("q\n")
        try #require(review.status == 0, "\(review)")
        let current = try sandbox.listWithNotes()
        #expect(!current.stderr.contains("rescore"), "review rescored: \(current.stderr)")
        #expect(current.items.contains { $0.learnedReason != nil })
    }
}
