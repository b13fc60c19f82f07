import Foundation
import Testing

/// What the model learned from the hidden taste: `learn` names the features each way, and after
/// `rescore` the pending invitations carry a bounded `learned` reason that explains itself.
@Suite struct HiddenTasteModelTests {
    @Test func learnShowsTheTasteInItsTopFeatures() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        let report = try sandbox.learnedModelJSON()
        #expect(report.active)
        #expect(report.decisions == 60 && report.accepted == 30 && report.ignored == 30, "\(report)")
        #expect(report.minDecisions == 20 && report.minEach == 5 && report.maxPoints == 3, "the defaults: \(report)")
        #expect(report.warning == nil, "30:30 is balanced: \(report.warning ?? "")")
        let swift = try #require(report.towardAccept.first { $0.feature.contains("swift") }, "\(report.towardAccept)")
        #expect(swift.accepted == 30 && swift.ignored == 0, "\(swift)")
        #expect(swift.weight > 0)
        let recruiting = try #require(report.towardIgnore.first { $0.feature.contains("recruiting") }, "\(report.towardIgnore)")
        #expect(recruiting.accepted == 0 && recruiting.ignored == 30, "\(recruiting)")
        #expect(recruiting.weight < 0)
        #expect(!report.towardAccept.contains { $0.feature.contains("recruiting") })
        #expect(!report.towardIgnore.contains { $0.feature.contains("swift") })

        let text = try sandbox.triage(["learn"])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("learning active: 60 decisions (30 accepted, 30 ignored)"), "\(text.stdout)")
        #expect(text.stdout.contains("toward accept:") && text.stdout.contains("toward ignore:"), "\(text.stdout)")
    }

    @Test func pendingInvitationsLeanTheWayOfTheTasteWithinTheBound() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        try sandbox.rescoreAll()
        let (pending, _) = try sandbox.listWithNotes()
        #expect(pending.count == 80 - LearningFixture.decidedCount)
        for item in pending {
            let (points, _) = try #require(item.learnedReason, "no learned reason: \(item.summary)")
            #expect(abs(points) <= 3, "beyond the ±3 bound: \(points)")
            if GeneratedPerson.mentionsSwift(note: item.message) {
                #expect(points > 0, "a Swift person leans toward accept: \(points) \(item.summary)")
            } else {
                #expect(points < 0, "a recruiter leans toward ignore: \(points) \(item.summary)")
            }
            // The score is the rules' 0 plus the learned points.
            #expect(item.listedScore == points, "\(item.listedScore ?? .nan) vs \(points)")
        }
        // A consistent taste moves the points well away from 0 (compare the random decisions).
        let meanSize = pending.map { abs($0.learnedPoints) }.reduce(0, +) / Double(pending.count)
        #expect(meanSize > 1.5, "mean |learned| \(meanSize)")
        #expect(pending.contains { $0.listedSuggestion == "accept" }, "some Swift person is tipped to accept")
        #expect(pending.contains { $0.listedSuggestion == "ignore" }, "some recruiter is tipped to ignore")
    }

    @Test func theLearnedDetailSaysHowSimilarInvitationsWereDecided() throws {
        let sandbox = try LearningFixture.sandbox(copying: LearningFixture.hiddenTasteTemplate)
        defer { sandbox.remove() }
        try sandbox.rescoreAll()
        let (pending, _) = try sandbox.listWithNotes()
        let words = try Regex(#"you (accepted|ignored) \d+ of \d+"#)
        for item in pending {
            let (points, detail) = try #require(item.learnedReason)
            #expect(detail.contains(words), "\(detail)")
            #expect(detail.contains(points > 0 ? "you accepted" : "you ignored"), "\(points): \(detail)")
        }
        let swift = try #require(pending.first { GeneratedPerson.mentionsSwift(note: $0.message) })
        #expect(swift.learnedReason?.detail.contains("swift") == true, "names the feature: \(swift.learnedReason?.detail ?? "")")
        let recruiter = try #require(pending.first { GeneratedPerson.isRecruiter(note: $0.message) })
        #expect(recruiter.learnedReason?.detail.contains("recruiting") == true, "names the feature: \(recruiter.learnedReason?.detail ?? "")")

        let id = try #require(swift.id)
        let shown = try sandbox.triage(["show", String(id)])
        #expect(shown.status == 0, "\(shown)")
        #expect(shown.stdout.contains("learned") && shown.stdout.contains("you accepted"), "show explains it too: \(shown.stdout)")
    }
}
