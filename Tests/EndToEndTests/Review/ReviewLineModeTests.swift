import Foundation
import Testing

/// Without a terminal on stdin `review` prints each invitation and reads one answer a line:
/// the letters or the words, `n TEXT` for a note; end of input quits cleanly.
@Suite struct ReviewLineModeTests {
    @Test(arguments: ["a\ni\ns\nu\nq\n", "accept\nignore\nskip\nundo\nquit\n", "ACCEPT\n  Ignore \nskip\nUndo\nQ\n"])
    func answersDecideSkipUndoAndQuit(_ answers: String) throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.reviewFromPipe(answers)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("[1 of \(ReviewFixture.pending)]"), "\(result.stdout)")
        #expect(result.stdout.contains("Invitation 1 from Femke de Boer"), "\(result.stdout)")
        #expect(result.stdout.contains("» #1 accepted") && result.stdout.contains("» #5 ignored"), "\(result.stdout)")
        #expect(result.stdout.contains("» undid #5 (ignored)"), "\(result.stdout)")
        #expect(result.stdout.contains("review ended: 1 accepted, 0 ignored"), "\(result.stdout)")
        #expect(result.stdout.contains("#1 Femke de Boer: accepted"), "\(result.stdout)")

        let statuses = try sandbox.reviewStatuses()
        #expect(statuses[1] == "accepted" && statuses[5] == "pending" && statuses[6] == "pending", "\(statuses)")
        let history = try sandbox.reviewHistory()
        #expect(history.map(\.invitation) == [1, 5, 5], "\(history)")
        #expect(history.prefix(2).allSatisfy { $0.source == "review" }, "\(history)")
        #expect(history.last?.source == "undo", "\(history)")
        #expect(Set(history.map(\.operation)).count == 3, "one operation each: \(history)")
    }

    @Test(arguments: ["n met at KubeCon\na\nq\n", "note met at KubeCon\naccept\nquit\n"])
    func aNoteLineGoesWithTheNextDecision(_ answers: String) throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.reviewFromPipe(answers)
        #expect(result.status == 0, "\(result)")
        let history = try sandbox.reviewHistory()
        #expect(history.count == 1, "\(history)")
        #expect(history.first?.invitation == 1 && history.first?.decision == "accepted", "\(history)")
        #expect(history.first?.note == "met at KubeCon", "\(history)")
    }

    @Test func endOfInputQuitsCleanlyWithTheSummary() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.reviewFromPipe("a\ni\n")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("review ended: 1 accepted, 1 ignored"), "\(result.stdout)")
        #expect(!result.stderr.contains("error"), "\(result.stderr)")
        let statuses = try sandbox.reviewStatuses()
        #expect(statuses[1] == "accepted" && statuses[5] == "ignored", "\(statuses)")
    }

    @Test func noInputAtAllEndsWithNothingDecided() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        let result = try sandbox.reviewFromPipe("")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("review ended: nothing decided"), "\(result.stdout)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func anUnknownAnswerIsSaidAndDecidesNothing() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.reviewFromPipe("maybe\nq\n")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("unknown answer"), "\(result.stderr)")
        #expect(try sandbox.reviewHistory().isEmpty)
    }

    @Test func noColorMeansNoEscapeSequences() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.reviewFromPipe("a\ns\ni\nq\n", environment: ["NO_COLOR": "1", "TERM": "xterm-256color"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("review ended: 1 accepted, 1 ignored"), "\(result.stdout)")
        #expect(!result.stdout.contains("\u{1B}"), "ESC in stdout")
        #expect(!result.stderr.contains("\u{1B}"), "ESC in stderr")
    }
}
