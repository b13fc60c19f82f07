import Foundation
import Testing

/// An accept here is a to-do on LinkedIn: `list --status accepted` marks those not yet
/// connected; the next import that shows them connected checks them off, and flags ignored
/// ones that are connected there.
@Suite struct LinkedInToDoTests {
    private func decidedSandbox() throws -> Sandbox {
        let sandbox = try DecisionsFixture.sandbox()
        try sandbox.decide(["accept", "1", "3", "9"])
        try sandbox.decide(["ignore", "4"])
        return sandbox
    }

    @Test func acceptedListShowsTheToDoWithProfileURLsAndTheInvitationManager() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list", "--status", "accepted"])
        #expect(result.status == 0, "\(result)")
        let rows = result.stdout.split(separator: "\n").map(String.init)
        for id in [1, 3, 9] {
            let row = try #require(rows.first { $0.hasPrefix(String(repeating: " ", count: 2 - String(id).count) + "\(id) ") }, "\(result)")
            #expect(row.hasSuffix("to do on LinkedIn"), "\(row)")
        }
        #expect(result.stdout.contains(DecisionsFixture.invitationManager))
        #expect(rows.contains("  #1 Anouk Visser  https://www.linkedin.com/in/anouk-visser"), "\(result)")
        #expect(rows.contains("  #3 Carla Mendes  https://www.linkedin.com/in/carla-mendes"), "\(result)")
        #expect(rows.contains("  #9 Hugo Brandt  https://www.linkedin.com/in/hugo-brandt"), "\(result)")
    }

    @Test func importShowingThemConnectedSaysTheyAreDoneAndFlagsTheIgnored() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let report = try sandbox.importing([DecisionsFixture.connections])
        #expect(report.stdout.contains("done on LinkedIn: 2 invitation(s) you accepted here are now connected (#1, #3)"), "\(report)")
        #expect(report.stdout.contains("you ignored 1 invitation(s) here that are connected on LinkedIn (#4)"), "\(report)")
    }

    @Test func connectedOnesLeaveTheToDo() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        try sandbox.importing([DecisionsFixture.connections])
        let result = try sandbox.triage(["list", "--status", "accepted"])
        let toDo = result.stdout.components(separatedBy: "To do on LinkedIn").dropFirst().joined()
        #expect(toDo.contains("#9 Hugo Brandt"), "\(result)")
        #expect(!toDo.contains("#1 "), "\(result)")
        #expect(!toDo.contains("#3 "), "\(result)")
        #expect(try sandbox.summary(now: "2026-11-26T10:00:00").linkedInToDo.map(\.id) == [9])
    }

    @Test func connectingNeverChangesTheDecision() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        try sandbox.importing([DecisionsFixture.connections])
        let one = try sandbox.listed(1)
        #expect(one.status == "accepted")
        #expect(one.connectedOn == "2026-11-26")
        let four = try sandbox.listed(4)
        #expect(four.status == "ignored")
        #expect(four.connectedOn == "2026-11-25")
    }

    @Test func aSecondImportDoesNotReportThemAgain() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        try sandbox.importing([DecisionsFixture.connections])
        let again = try sandbox.importing([DecisionsFixture.connections])
        #expect(!again.stdout.contains("done on LinkedIn"), "\(again)")
        #expect(!again.stdout.contains("you ignored"), "\(again)")
    }
}
