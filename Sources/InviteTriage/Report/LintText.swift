/// `lint` as text: a one-line verdict, then the findings, claims and common ground.
public enum LintText {
    public static func render(_ report: LintReport) -> String {
        var lines: [String] = []
        let verdict = report.passes ? "passes" : "\(report.findings.count) finding(s)"
        lines.append("\(verdict): \(report.length)/\(report.limit) characters" + (report.recipient.map { " · to \(TerminalText.singleLine($0))" } ?? ""))
        for finding in report.findings { lines.append("  ✗ \(finding.code): \(TerminalText.singleLine(finding.message))") }
        for claim in report.claims where claim.verdict != .false {
            if claim.kind == .met {
                lines.append("  ✓ names the occasion where you met: “\(TerminalText.singleLine(claim.specifics["event"] ?? claim.text))”")
                continue
            }
            lines.append("  ✓ \(claim.kind.rawValue) claim (“\(TerminalText.singleLine(claim.text))”): \(claim.verdict.rawValue) — \(TerminalText.singleLine(claim.evidence))")
        }
        for note in report.notes { lines.append("  · \(TerminalText.singleLine(note))") }
        if !report.suggestions.isEmpty {
            lines.append("Common ground your records show:")
            for suggestion in report.suggestions { lines.append("  → \(TerminalText.singleLine(suggestion))") }
        }
        return lines.joined(separator: "\n")
    }
}
