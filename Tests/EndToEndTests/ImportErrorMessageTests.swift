import Foundation
import Testing

/// Errors a user can act on: where (`file:line:col` and a JSON path) and what is wrong.
@Suite struct ImportErrorMessageTests {
    private func importFailure(_ name: String, _ text: String) throws -> (path: String, result: RunResult) {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = try sandbox.write(name, text: text)
        return (path, try sandbox.triage(["import", path]))
    }

    @Test func jsonBadSentAtNamesLineColumnAndPath() throws {
        let (path, result) = try importFailure("bad.json", """
            {
              "invitations": [
                {"from": {"name": "Dora Good"}, "sentAt": "2026-11-01T10:00:00"},
                {"from": {"name": "Eve Bad"}, "sentAt": "31 Feb 2026"}
              ]
            }

            """)
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrLines.first?.hasPrefix("invite-triage: error: \(path):4:45: $.invitations[1].sentAt: ") == true, "\(result)")
    }

    @Test func jsonSentAtOutsideTheRangeIsRefused() throws {
        let (path, result) = try importFailure("future.json", #"[{"from": {"name": "Eve"}, "sentAt": "9999-01-01T00:00:00"}]"#)
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):1:38: $[0].sentAt: "), "\(result)")
        #expect(result.stderr.contains("outside 2002–2027"))
    }

    @Test func jsonMissingSentAtPointsAtTheInvitation() throws {
        let (path, result) = try importFailure("missing.json", "{\"invitations\": [\n  {\"from\": {\"name\": \"Eve\"}}\n]}")
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):2:3: $.invitations[0].sentAt: missing"), "\(result)")
    }

    @Test func unknownRelationshipListsTheAllowedValues() throws {
        let (path, result) = try importFailure("rel.json", """
            {"invitations": [{"from": {"name": "Dora"}, "sentAt": "2026-11-01T10:00:00", "relationship": "cousin"}]}
            """)
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):1:"))
        #expect(result.stderr.contains("$.invitations[0].relationship: unknown relationship \"cousin\""))
        #expect(result.stderr.contains("allowed: friend, colleague, classmate, business, group, other"), "\(result)")
    }

    @Test func objectOfAnotherShapeNamesItsKeysAndTheFormatDoc() throws {
        let (path, result) = try importFailure("shape.json", #"{"people": [], "count": 3}"#)
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):1:1: $: not a known JSON shape"), "\(result)")
        #expect(result.stderr.contains("\"people\", \"count\""))
        #expect(result.stderr.contains("docs/json-format.md"))
    }

    @Test func jsonSyntaxErrorNamesLineAndColumn() throws {
        let (path, result) = try importFailure("syntax.json", "{\"invitations\": [\n  {\"from\": }\n]}")
        #expect(result.status == 65)
        #expect(result.stderrLines.first?.hasPrefix("invite-triage: error: \(path):2:12: ") == true, "\(result)")
    }

    @Test func jsonFileThatIsNotJSON() throws {
        let (path, result) = try importFailure("notes.json", "hello")
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):1:1: not JSON"), "\(result)")
    }

    @Test func csvOfUnknownKindIsRefusedWhenGivenAlone() throws {
        let (path, result) = try importFailure("Invitations.csv", "ID,username,invitation,role\n1,bob,yes,admin\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):1: not a LinkedIn export file"), "\(result)")
    }

    @Test func emptyCSVIsRefused() throws {
        let (path, result) = try importFailure("empty.csv", "")
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):1: the file is empty"), "\(result)")
    }

    @Test func controlCharactersInMessagesAreEscaped() throws {
        let (_, result) = try importFailure("evil.json", "{\"\\u001b[31mred\": 1}")
        #expect(result.status == 65)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("\\u{1B}"), "\(result)")
    }
}
