import Foundation
import Testing

/// JSON output is for programs: it keeps the stranger's text exactly (JSON-escaped), with no
/// raw C0 control in the bytes.
@Suite struct JSONOutputExactTests {
    /// Control characters JSON requires escaped (RFC 8259): U+0000 to U+001F; newlines of the
    /// pretty-printing are allowed.
    func rawJSONControls(_ text: String) -> [UInt32] {
        text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }.map(\.value)
    }

    @Test func listJSONKeepsNamesAndNotesExactly() throws {
        let (sandbox, _) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list", "--status", "all", "--format", "json"])
        #expect(result.status == 0)
        #expect(rawJSONControls(result.stdout).isEmpty, "raw control characters in JSON output")
        let items = try ListedInvitation.decode(result.stdout)
        for sender in TerminalFixture.senders {
            let item = try #require(items.first { $0.name == sender.name }, "\(sender.name.debugDescription) not found exactly")
            #expect(item.message == sender.note, "note of \(sender.name.debugDescription) changed")
            #expect(item.profileURL == sender.url)
        }
        let hedda = try #require(items.first { $0.name == TerminalFixture.headlineName })
        #expect(hedda.headline == TerminalFixture.headline)
        #expect(hedda.message == TerminalFixture.headlineNote)
    }

    @Test func showJSONKeepsTheNoteExactly() throws {
        let (sandbox, ids) = try TerminalFixture.sandbox()
        defer { sandbox.remove() }
        let sender = TerminalFixture.senders[1]
        let result = try sandbox.triage(["show", String(try #require(ids[sender.name])), "--format", "json"])
        #expect(result.status == 0, "\(result)")
        #expect(rawJSONControls(result.stdout).isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["message"] as? String == sender.note)
        #expect((object["from"] as? [String: Any])?["name"] as? String == sender.name)
    }
}
