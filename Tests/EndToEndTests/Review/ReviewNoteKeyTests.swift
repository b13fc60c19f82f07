import Foundation
import Testing

/// `n`, a note, Enter, then `a` or `i`: the decision is recorded with the note.
@Suite struct ReviewNoteKeyTests {
    @Test func noteThenAcceptStoresTheNote() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("n")
        try pane.waitFor("note: ")
        try pane.type("met at KubeCon")
        try pane.waitFor("note: met at KubeCon")
        try pane.press("Enter")
        try pane.waitFor("now a or i to decide")
        #expect(try sandbox.reviewHistory().isEmpty, "writing a note decides nothing")
        try pane.press("a")
        try pane.waitFor("» #1 accepted")

        let history = try sandbox.reviewHistory()
        #expect(history.count == 1, "\(history)")
        #expect(history.first?.note == "met at KubeCon", "\(history)")
        #expect(history.first?.decision == "accepted" && history.first?.source == "review", "\(history)")
        let listed = try #require(try sandbox.listAll().first { $0.id == 1 })
        #expect((listed.object["decision"] as? [String: Any])?["note"] as? String == "met at KubeCon", "\(listed.object)")
    }

    @Test func escapeCancelsTheNote() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("n")
        try pane.type("never mind")
        try pane.waitFor("note: never mind")
        try pane.press("Escape")
        try pane.waitForScreen("the note prompt to go") { !$0.contains("note: ") }
        try pane.press("i")
        try pane.waitFor("» #1 ignored")
        let history = try sandbox.reviewHistory()
        #expect(history.count == 1 && history.first?.note == nil, "\(history)")
    }
}
