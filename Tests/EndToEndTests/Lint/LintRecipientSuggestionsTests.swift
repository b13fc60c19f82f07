import Foundation
import Testing

/// With `--to`, lint names the common ground the records show with that person, so the note
/// can say it.
@Suite struct LintRecipientSuggestionsTests {
    @Test func anEarlierConversationIsSuggested() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let (_, report) = try sandbox.lintJSON(["Loved your talk on platform teams.", "--to", "Daan Hoekstra"])
        #expect(report.recipient == "Daan Hoekstra")
        #expect(report.suggestions.contains { $0.contains("written to each other") && $0.contains("9 messages") }, "\(report.suggestions)")
        let text = try sandbox.lint(["Loved your talk on platform teams.", "--to", "Daan Hoekstra"])
        #expect(text.stdout.contains("· to Daan Hoekstra"), "\(text.stdout)")
        #expect(text.stdout.contains("Common ground your records show:"), "\(text.stdout)")
    }

    @Test func sharedSkillsFromAnImportedProfileAreSuggested() throws {
        let sandbox = try LintFixture.sandbox(withJSON: true)
        defer { sandbox.remove() }
        for person in ["Tobias Lund", "https://www.linkedin.com/in/tobias-lund-sre"] {
            let (_, report) = try sandbox.lintJSON(["Loved your talk on platform teams.", "--to", person])
            let skills = try #require(report.suggestions.first { $0.hasPrefix("shared skills") }, "\(person): \(report.suggestions)")
            #expect(skills.contains("Swift") && skills.contains("Kubernetes"), "\(skills)")
            #expect(!skills.contains("Prometheus"), "not one of Elena's skills: \(skills)")
        }
    }

    @Test func aSharedEmployerFromAnImportedProfileIsSuggested() throws {
        let sandbox = try LintFixture.sandbox(withJSON: true)
        defer { sandbox.remove() }
        let (_, report) = try sandbox.lintJSON(["Loved your talk on payments.", "--to", "Katrin Vogel"])
        #expect(report.suggestions.contains { $0.contains("you both worked at Helio Systems") }, "\(report.suggestions)")
        #expect(report.suggestions.contains { $0.contains("2 mutual connection(s)") }, "\(report.suggestions)")
    }

    @Test func aContactAndAConnectionAreSuggested() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let lotte = try sandbox.lintJSON(["Loved your talk.", "--to", "Lotte van Dijk"])
        #expect(lotte.report.suggestions.contains("they are in your contacts"), "\(lotte.report.suggestions)")
        let sofia = try sandbox.lintJSON(["Loved your talk.", "--to", "Sofia Brandt"])
        #expect(sofia.report.suggestions.contains { $0.contains("Sofia Brandt is already among your connections") }, "\(sofia.report.suggestions)")
    }

    @Test func nobodyTheRecordsKnowGetsNoSuggestions() throws {
        let sandbox = try LintFixture.sandbox(withJSON: true)
        defer { sandbox.remove() }
        let (_, report) = try sandbox.lintJSON(["Loved your talk on platform teams.", "--to", "Nobody Known"])
        #expect(report.suggestions.isEmpty, "\(report.suggestions)")
        let (_, withoutRecipient) = try sandbox.lintJSON(["Loved your talk on platform teams."])
        #expect(withoutRecipient.recipient == nil && withoutRecipient.suggestions.isEmpty)
    }
}
