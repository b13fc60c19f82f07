import Foundation
import Testing

/// Learned data is data about the person too: once forgotten, the personal model no longer
/// counts their decision or holds the words of their note.
@Suite struct ForgetLearnedModelTests {
    @Test func forgetRetrainsTheModelWithoutThePerson() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        try sandbox.importing([try ForgetFixture.write(into: sandbox)])
        let person = try ForgetFixture.id(of: ForgetFixture.name, in: sandbox)
        #expect(try sandbox.triage(["accept", String(person)]).status == 0)
        // Enough one-by-one decisions on the samples for the model to be active.
        for id in 2...16 { _ = try sandbox.triage(["ignore", String(id)]) }
        for id in 17...21 { _ = try sandbox.triage(["accept", String(id)]) }
        // Rescoring stores the model it trains.
        #expect(try sandbox.triage(["rescore"]).status == 0)
        let before = try sandbox.triage(["learn"])
        try #require(before.stdout.hasPrefix("learning active"), "the model did not become active: \(before)")
        let model = { try sqlite(sandbox.database, "SELECT model FROM learned_model").lowercased() }
        #expect(try model().contains("zebrafish"), "the model never learned the person's words: the check below would prove nothing")

        #expect(try sandbox.triage(["forget", ForgetFixture.url]).status == 0)
        let left = try ForgetFixture.traces.filter { try model().contains($0.lowercased()) }
        #expect(left.isEmpty, "the learned model still holds \(left)")
        let after = try sandbox.triage(["learn"])
        #expect(after.status == 0)
        #expect(!ForgetFixture.traces.contains { after.stdout.lowercased().contains($0.lowercased()) }, "\(after)")
    }
}
