/// The one CSV writer: invitations with their decisions, under the `list` JSON keys (nested
/// keys dotted). Cells a spreadsheet would run as a formula are neutralised.
public enum CSVExport {
    public static let header = [
        "id", "status", "connectedOn", "score", "suggestion", "from.name", "from.profileUrl", "from.headline", "sentAt",
        "message", "claims", "reasons", "decision.decidedAt", "decision.note",
    ]

    public static func render(_ items: [InvitationItem]) -> String {
        var lines = [header.map(cell).joined(separator: ",")]
        for item in items {
            let values: [String] = [
                String(item.id), item.status, item.connectedOn ?? "", ListTable.points(item.score), item.suggestion.rawValue,
                item.from.name, item.from.profileUrl ?? "", item.from.headline ?? "", item.sentAt, item.message ?? "",
                item.claims.map(\.rawValue).joined(separator: " "),
                item.verdict.reasons.map { "\($0.code) \(ListTable.points($0.points))" }.joined(separator: "; "),
                item.decision?.decidedAt ?? "", item.decision?.note ?? "",
            ]
            lines.append(values.map(cell).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes as RFC 4180 asks, after prefixing `'` to text that begins with `=`, `+`, `-`,
    /// `@`, tab or carriage return (OWASP's advice against formula injection).
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        // Scalars, not Characters: "\r\n" is one Character equal to neither "\r" nor "\n".
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
