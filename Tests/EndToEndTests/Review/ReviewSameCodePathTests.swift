import Foundation
import Testing

/// A decision made in `review` is recorded exactly as `accept`/`ignore` by id records it:
/// the same history row (score, suggestion, reason codes, note), only the source and command differ.
@Suite struct ReviewSameCodePathTests {
    @Test func reviewAndAcceptRecordTheSameEvent() throws {
        let reviewed = try ReviewFixture.sandbox()
        defer { reviewed.remove() }
        let accepted = try ReviewFixture.sandbox()
        defer { accepted.remove() }

        let review = try reviewed.reviewFromPipe("n met at KubeCon\na\nq\n")
        try #require(review.status == 0, "\(review)")
        let accept = try accepted.triage(["accept", "1", "--note", "met at KubeCon"])
        try #require(accept.status == 0, "\(accept)")

        let viaReview = try #require(try reviewed.reviewHistory().first)
        let viaAccept = try #require(try accepted.reviewHistory().first)
        #expect(viaReview.source == "review" && viaAccept.source == "single")
        #expect(viaReview.command.hasPrefix("review"), "\(viaReview.command)")
        #expect(viaReview.invitation == viaAccept.invitation)
        #expect(viaReview.decision == viaAccept.decision)
        #expect(viaReview.note == viaAccept.note)
        #expect(viaReview.score == viaAccept.score)
        #expect(viaReview.suggestion == viaAccept.suggestion)
        #expect(viaReview.reasonCodes == viaAccept.reasonCodes)
        let columns = "id, status, decision, decided_at, decision_note, score, suggestion"
        #expect(try tableRows(reviewed.database, "invitation", columns: columns) == (try tableRows(accepted.database, "invitation", columns: columns)),
                "the invitations end up the same")
    }
}
