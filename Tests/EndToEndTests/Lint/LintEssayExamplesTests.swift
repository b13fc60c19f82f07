import Foundation
import Testing

/// The essay's examples, checked before sending: exit 1 and the finding when the note has one,
/// exit 0 when it passes.
@Suite struct LintEssayExamplesTests {
    @Test func theDefaultTextFails() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.lint([LintFixture.defaultText])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.hasPrefix("1 finding(s)"), "a one-line verdict first: \(result.stdout)")
        #expect(result.stdout.contains("generic_message"), "\(result.stdout)")
        let (_, report) = try sandbox.lintJSON([LintFixture.defaultText])
        #expect(!report.passes && report.codes == ["generic_message"], "\(report.codes)")
    }

    @Test func anUnbackedFriendFails() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let (status, report) = try sandbox.lintJSON(["As a friend I'd like to add you."])
        #expect(status == 1)
        #expect(report.codes == ["false_claim"], "\(report.codes)")
        let claim = try #require(report.claims.first)
        #expect(claim.kind == "friend" && claim.verdict == "false", "\(claim)")
    }

    @Test func meetingAtTheChamberOfCommercePasses() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.lint([LintFixture.metAtTheChamber])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("passes"), "\(result.stdout)")
        #expect(result.stdout.contains("Chamber of Commerce"), "names the occasion: \(result.stdout)")
        let (_, report) = try sandbox.lintJSON([LintFixture.metAtTheChamber])
        #expect(report.passes && report.findings.isEmpty)
        #expect(report.claims.map(\.kind) == ["met"], "\(report.claims)")
    }

    @Test func noNoteAndAStockNoteFail() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        for note in ["", "Hi Elena, I came across your profile and would love to connect."] {
            let (status, report) = try sandbox.lintJSON([note])
            #expect(status == 1, "“\(note)”")
            #expect(report.codes.contains("generic_message"), "“\(note)”: \(report.codes)")
        }
    }

    @Test func aSalesPitchFails() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let (status, report) = try sandbox.lintJSON(["We help platform teams cut cloud costs by 30% — can we book a 15-minute call?"])
        #expect(status == 1)
        #expect(report.codes.contains("sales_pitch"), "\(report.codes)")
    }

    @Test func aGroupYouShareFromTheConfigurationPasses() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let (status, report) = try sandbox.lintJSON(["As a fellow member of the Rotterdam Swift Meetup, I'd like to connect."])
        #expect(status == 0, "\(report.findings)")
        #expect(report.claims.first?.kind == "group" && report.claims.first?.verdict == "backed", "\(report.claims)")
    }

    @Test func lintReadsTheDatabaseWithoutChangingIt() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        _ = try sandbox.lint(["Sofia Brandt suggested I reach out.", "--to", "Daan Hoekstra"])
        _ = try sandbox.lint([LintFixture.defaultText])
        expectSameDump(before, try dump(sandbox.database))
    }
}
