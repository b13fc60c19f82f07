import Foundation
import Testing

/// `j`/`k` and the arrow keys move through the queue without deciding.
@Suite struct ReviewMoveKeysTests {
    @Test func jAndKMoveForwardAndBack() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("j")
        #expect(try pane.waitFor("2 of \(ReviewFixture.pending)").contains("Ruben Meijer"))
        try pane.press("j")
        #expect(try pane.waitFor("3 of \(ReviewFixture.pending)").contains("Daan Hoekstra"))
        try pane.press("k")
        #expect(try pane.waitFor("2 of \(ReviewFixture.pending)").contains("Ruben Meijer"))
        try pane.press("k")
        #expect(try pane.waitFor("1 of \(ReviewFixture.pending)").contains("Femke de Boer"))
        try pane.press("k")
        try pane.waitFor("this is the first one")
        #expect(try sandbox.reviewHistory().isEmpty)
    }

    @Test func arrowKeysMoveToo() throws {
        let sandbox = try ReviewFixture.sandbox()
        defer { sandbox.remove() }
        let pane = try ReviewFixture.pane(sandbox)
        defer { pane.close() }
        try pane.waitFor("Femke de Boer")
        try pane.press("Down")
        try pane.waitFor("2 of \(ReviewFixture.pending)")
        try pane.press("Right")
        try pane.waitFor("3 of \(ReviewFixture.pending)")
        try pane.press("Up")
        try pane.waitFor("2 of \(ReviewFixture.pending)")
        try pane.press("Left")
        #expect(try pane.waitFor("1 of \(ReviewFixture.pending)").contains("Femke de Boer"))
        #expect(try sandbox.reviewHistory().isEmpty)
    }
}
