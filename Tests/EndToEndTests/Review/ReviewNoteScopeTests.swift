import Foundation
import Testing

/// A note written for one invitation goes with that invitation's decision only; skipping or
/// moving on must not carry it to the next person.
@Suite struct ReviewNoteScopeTests {
    @Test func aNoteDoesNotFollowASkipInLineMode() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.reviewFromPipe("n met Femke at the Chamber\ns\na\nq\n")
        #expect(result.status == 0, "\(result)")
        let history = try sandbox.reviewHistory()
        #expect(history.map(\.invitation) == [5], "\(history)")
        #expect(history.first?.note == nil, "Femke's note was recorded on #5: \(history.first?.note ?? "")")
    }

    @Test func aNoteDoesNotFollowASkipOnTheScreen() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("n")
        try pane.type("met Femke at the Chamber")
        try pane.waitFor("note: met Femke at the Chamber")
        try pane.press("Enter")
        try pane.waitFor("now a or i to decide")
        try pane.press("s")
        let next = try pane.waitFor("Ruben Meijer")
        try pane.press("a")
        try pane.waitFor("» #5 accepted")
        let history = try sandbox.reviewHistory()
        #expect(history.map(\.invitation) == [5], "\(history)")
        #expect(!next.contains("met Femke at the Chamber"), "the prompt still offers Femke's note on Ruben's screen")
        #expect(history.first?.note == nil, "Femke's note was recorded on #5: \(history.first?.note ?? "")")
    }
}
