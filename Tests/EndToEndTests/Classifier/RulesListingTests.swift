import Foundation
import Testing

/// `invite-triage rules` lists every reason code of issue 3 (and `unread_note`, a reason of no
/// points) with its points and description.
@Suite struct RulesListingTests {
    static let codes = [
        "generic_message", "mass_message", "stranger_no_rationale", "false_claim", "sales_pitch", "repeat_invitation",
        "personal_note", "shared_connection", "shared_employer", "shared_school", "shared_group", "met_before",
        "prior_conversation", "known_contact", "profile_rationale", "unread_note", "learned",
    ]

    @Test func textListsEveryCodeOnItsOwnLine() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["rules"])
        try #require(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n")
        for code in Self.codes {
            let line = lines.first { $0.split(separator: " ").contains(Substring(code)) }
            #expect(line != nil, "\(code) is not listed")
        }
    }

    @Test func jsonListsExactlyTheSeventeenCodesWithPointsAndDescriptions() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["rules", "--format", "json"])
        try #require(result.status == 0, "\(result)")
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(Set(rules.compactMap { $0["code"] as? String }) == Set(Self.codes))
        #expect(rules.count == 17)
        for rule in rules {
            #expect(rule["points"] is NSNumber, "\(rule)")
            #expect(!((rule["description"] as? String) ?? "").isEmpty, "\(rule)")
        }
    }

    @Test func pointsFollowTheConfiguration() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let config = try sandbox.write("config.toml", text: "[points]\ngeneric_message = -5\n")
        let result = try sandbox.run(["rules", "--format", "json", "--config", config])
        try #require(result.status == 0, "\(result)")
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let generic = try #require(rules.first { $0["code"] as? String == "generic_message" })
        #expect((generic["points"] as? NSNumber)?.doubleValue == -5)
    }

    /// docs/rules.md is this listing as markdown: a rule or example changed without it
    /// regenerated leaves the document describing rules the tool no longer has.
    @Test func docsRulesIsTheCurrentListing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["rules", "--format", "markdown"])
        try #require(result.status == 0, "\(result)")
        let committed = try String(contentsOf: PackagePaths.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/rules.md is stale: `invite-triage rules --format markdown > docs/rules.md`")
    }
}
