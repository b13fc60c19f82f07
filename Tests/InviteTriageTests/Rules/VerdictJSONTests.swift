import Foundation
import Testing
@testable import InviteTriage

/// The hand-written stored form of a verdict reads back as the same verdict, whatever the
/// stranger wrote: quotes, backslashes, control characters, line separators, any script.
@Suite struct VerdictJSONTests {
    static let texts = [
        "plain", "", "say \"hi\"", #"C:\temp\new"#, "tab\there\nnew line\r", "bell \u{7} nul \u{0}",
        "line\u{2028}separator\u{2029}paragraph", "dash — and … ellipsis", "王芳 👋🏽 Nguyễn", "=HYPERLINK(\"x\")",
        "\u{1B}[31mred\u{1B}[0m",
    ]

    @Test(arguments: texts) func verdictReadsBackUnchanged(_ text: String) throws {
        let verdict = Verdict(
            claims: [ClaimDetail(kind: .colleague, text: text, specifics: ["company": text, "period": "2019"], verdict: .false, evidence: text)],
            reasons: [Reason(code: "false_claim", points: -4, detail: text, evidence: text),
                      Reason(code: "generic_message", points: -1.5, detail: "d", evidence: nil)])
        let json = verdict.jsonText
        let decoded = try JSONDecoder().decode(Verdict.self, from: Data(json.utf8))
        #expect(decoded == verdict)
        // Nothing that breaks a line or a terminal is stored raw.
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x2028 || $0.value == 0x2029 })
    }
}
