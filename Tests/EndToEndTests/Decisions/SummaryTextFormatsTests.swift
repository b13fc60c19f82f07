import Foundation
import Testing

/// `summary` as text (the default) and `--format markdown`: the same sections and figures.
@Suite struct SummaryTextFormatsTests {
    static let sections = ["Received", "Backlog", "What the ignored had in common", "To do on LinkedIn", "Trend", "Agreement with the suggestions"]

    private func decidedSandbox() throws -> Sandbox {
        let sandbox = try DecisionsFixture.sandbox()
        try DecisionsFixture.decideTheStandardSet(sandbox)
        return sandbox
    }

    @Test func textHasEverySectionWithItsFigures() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["summary"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Invitations 2026-W48 (2026-11-23 to 2026-11-30)")
        for section in Self.sections {
            #expect(lines.contains(section), "no section \(section):\n\(result.stdout)")
        }
        #expect(result.stdout.contains("2 received: 1 suggested accept, 0 review, 1 ignore"))
        #expect(result.stdout.contains("decided: 4 accepted, 3 ignored"))
        #expect(result.stdout.contains("3 pending; 2 waiting more than a week, 1 more than a month; oldest from 2026-10-14"))
        #expect(result.stdout.contains("top reasons: stranger_no_rationale ×3, generic_message ×2, false_claim ×1, sales_pitch ×1"))
        #expect(result.stdout.contains("false claims: colleague ×1"))
        #expect(result.stdout.contains(DecisionsFixture.invitationManager))
        #expect(result.stdout.contains("#9 Hugo Brandt https://www.linkedin.com/in/hugo-brandt"))
        #expect(result.stdout.contains("10 decisions made one by one; of the 9 suggested accept or ignore, 8 agreed (89%); 10% were at review"))
    }

    @Test func trendIsOneBarLinePerWeekInUnicodeBlocks() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let output = try sandbox.triage(["summary"]).stdout
        let trend = output.split(separator: "\n").filter { $0.hasPrefix("  2026-W") }
        #expect(trend.count == 9)
        let w47 = try #require(trend.first { $0.hasPrefix("  2026-W47") })
        #expect(w47.contains("█"))
        #expect(w47.hasSuffix("5 received, 1 accepted, 4 ignored"))
        // A week with nothing received has no bar at all.
        let w40 = try #require(trend.first { $0.hasPrefix("  2026-W40") })
        #expect(!w40.contains("█") && !w40.contains("#"))
    }

    @Test(arguments: [(["--ascii"], ["LANG": "C.UTF-8"]), ([], ["LANG": "C"]), ([], ["LANG": "C.UTF-8", "TERM": "dumb"])])
    func trendFallsBackToASCII(options: [String], environment: [String: String]) throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["summary"] + options, environment: environment)
        #expect(result.status == 0, "\(result)")
        let w47 = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  2026-W47") })
        #expect(w47.contains("#"))
        #expect(!result.stdout.unicodeScalars.contains { (0x2580...0x259F).contains($0.value) }, "block characters in:\n\(result.stdout)")
    }

    @Test func markdownHasTheSameSectionsAsHeadingsAndATrendTable() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["summary", "--format", "markdown"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "# Invitations 2026-W48")
        for section in Self.sections {
            #expect(lines.contains("## " + section), "no heading \(section):\n\(result.stdout)")
        }
        #expect(lines.contains("| week | received | accepted | ignored |"))
        #expect(lines.contains("| 2026-W47 | 5 | 1 | 4 |"))
        #expect(lines.contains("| 2026-W48 | 2 | 4 | 3 |"))
        #expect(result.stdout.contains("- decided: 4 accepted, 3 ignored"))
    }

    @Test func markdownEscapesTheSendersText() throws {
        let sandbox = try decidedSandbox()
        defer { sandbox.remove() }
        let output = try sandbox.triage(["summary", "--week", "2026-W47", "--format", "markdown"]).stdout
        // The note is cut at 80 characters, inside the script element.
        #expect(output.contains("&lt;script&gt;alert(1"))
        #expect(!output.contains("<script"))
    }
}
