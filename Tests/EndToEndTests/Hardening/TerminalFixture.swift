import Foundation
import Testing

/// Invitations whose names, headlines and notes carry what a stranger could use against a
/// terminal: ANSI CSI and OSC sequences, C1 controls, bidi overrides, zero-width characters,
/// HTML, and a 5,000-character note. Sent this week (the sandbox's week), so the summary
/// shows them too.
enum TerminalFixture {
    struct Sender {
        let name: String
        let url: String
        let note: String
    }

    static let longNote = "Long \u{1B}[1A note " + String(repeating: "lorem ipsum ", count: 416) + "\u{07}end"

    static let senders: [Sender] = [
        Sender(name: "Eve \u{1B}[31mRed\u{1B}[0m Hacker", url: "https://www.linkedin.com/in/eve-red-hacker",
               note: "Hi \u{1B}]0;pwned\u{07} we met <script>alert(\"x\")</script> at the meetup \u{1B}[2J"),
        Sender(name: "Oscar \u{1B}]0;pwned\u{07}Title", url: "https://www.linkedin.com/in/oscar-title",
               note: "Cursor \u{1B}[10;10H moves \u{9B}31m here \u{1B}[1A up"),
        Sender(name: "Cee \u{9B}2J One\u{85}Two", url: "https://www.linkedin.com/in/cee-one-two",
               note: "Reversed \u{202E}gnp.exe\u{202C} and \u{2066}isolated\u{2069} text"),
        Sender(name: "Bidi \u{202E}nosrep\u{202C} Override", url: "https://www.linkedin.com/in/bidi-override",
               note: "Hid\u{200B}den zero\u{200D}width \u{2060}joiner\u{FEFF} text"),
        Sender(name: "Zero\u{200B}Width\u{200F} Person", url: "https://www.linkedin.com/in/zero-width-person",
               note: longNote),
    ]

    /// An invitation in the JSON format, for a hostile headline.
    static let headlineName = "Hedda \u{1B}[5mBlink"
    static let headline = "CEO \u{1B}]8;;https://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\ \u{202E}dlrow"
    static let headlineNote = "Headline test \u{1B}[?1049h alternate screen"

    /// Quotes a CSV field, doubling its quotes.
    static func quoted(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static var csv: String {
        var text = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        for (index, sender) in senders.enumerated() {
            text += [sender.name, "Elena Marsh", "11/25/26, \(index + 1):15 PM", sender.note, "INCOMING", sender.url,
                     "https://www.linkedin.com/in/elena-marsh-7b21a4"].map(quoted).joined(separator: ",") + "\n"
        }
        return text
    }

    static var json: String {
        func escaped(_ text: String) -> String {
            text.unicodeScalars.map { $0.value < 0x20 || $0 == "\"" || $0 == "\\" ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
        }
        return """
            {"invitations": [{"from": {"name": "\(escaped(headlineName))", "profileUrl": "https://www.linkedin.com/in/hedda-blink",
              "headline": "\(escaped(headline))"}, "sentAt": "2026-11-24T18:30:00", "message": "\(escaped(headlineNote))"}]}
            """
    }

    /// Every stranger-written text of the fixture.
    static var allNames: [String] { senders.map(\.name) + [headlineName] }

    /// A seeded sandbox with the fixture imported; returns it with the ids of the fixture's
    /// invitations by sender name.
    static func sandbox(sourceLocation: SourceLocation = #_sourceLocation) throws -> (Sandbox, [String: Int]) {
        let sandbox = try SeededSandbox.make()
        let csvPath = try sandbox.write("hostile-text/Invitations.csv", text: csv)
        let jsonPath = try sandbox.write("hostile-text/headline.json", text: json)
        try sandbox.importing([csvPath, jsonPath], sourceLocation: sourceLocation)
        var ids: [String: Int] = [:]
        for item in try sandbox.listAll(sourceLocation: sourceLocation) where allNames.contains(item.name ?? "") {
            ids[item.name!] = item.id
        }
        try #require(ids.count == allNames.count, "fixture names not found exactly in list --format json: \(ids)", sourceLocation: sourceLocation)
        return (sandbox, ids)
    }
}

/// Expects `text` to hold no raw control, bidi or zero-width characters, and to show at least one
/// of them escaped (`\u{1B}`), so the stranger's text was rendered inert rather than dropped.
func expectInert(_ text: String, _ what: String, showsEscapes: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
    let raw = rawControlCharacters(in: text)
    #expect(raw.isEmpty, "\(what): raw \(Set(raw).sorted()) in output:\n\(text.prefix(3000))", sourceLocation: sourceLocation)
    if showsEscapes {
        #expect(text.contains("\\u{1B}") || text.contains("\\u{202E}") || text.contains("\\u{200B}") || text.contains("\\u{9B}"),
                "\(what): no escaped sequence visible:\n\(text.prefix(3000))", sourceLocation: sourceLocation)
    }
}
