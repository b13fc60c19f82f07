/// The `list` table: id, score, suggestion, status (when not every row is pending), sender,
/// headline, age, strongest reason; fitted to the terminal width by shortening the text
/// columns. Every cell goes through the sanitiser.
public struct ListTable {
    public var width: Int
    public var now: LocalDateTime

    public init(width: Int, now: LocalDateTime) {
        self.width = max(60, width)
        self.now = now
    }

    public func render(_ items: [InvitationItem]) -> String {
        // `--status all`: an ignored row would look like a pending one with the suggestion ignore.
        let showsStatus = items.contains { $0.status != InvitationStatus.pending.rawValue }
        let header = ["ID", "SCORE", "SUGGEST"] + (showsStatus ? ["STATUS"] : []) + ["SENDER", "HEADLINE", "AGE", "REASON"]
        var rows = items.map { item -> [String] in
            let toDo = item.status == InvitationStatus.accepted.rawValue && item.connectedOn == nil
            let reason = toDo ? "to do on LinkedIn" : item.verdict.reasons.first.map { "\($0.code) (\(Self.points($0.points)))" } ?? ""
            let sentAt = LocalDateTime(text: item.sentAt)
            return [String(item.id), Self.points(item.score), item.suggestion.rawValue] + (showsStatus ? [item.status] : [])
                + [TerminalText.singleLine(item.from.name), TerminalText.singleLine(item.from.headline ?? ""),
                   sentAt.map { Age.short(from: $0, to: now) } ?? "", reason]
        }
        rows.insert(header, at: 0)
        var widths = header.indices.map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        // Shrink the widest text columns (headline, reason, sender) until the row fits.
        let flexible = ["HEADLINE", "REASON", "SENDER"].compactMap { header.firstIndex(of: $0) }
        while widths.reduce(0, +) + 2 * (widths.count - 1) > width {
            guard let column = flexible.max(by: { widths[$0] < widths[$1] }), widths[column] > 8 else { break }
            widths[column] -= 1
        }
        let rightAligned: Set<Int> = [0, 1]
        return rows.map { row in
            row.indices.map { column in
                let cell = DisplayWidth.truncate(row[column], to: widths[column])
                let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cell)))
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// Points as people read them: `+2`, `-3.5`, `0`.
    public static func points(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return rounded > 0 ? "+" + text : text
    }
}

/// Columns a string takes in a terminal: wide East Asian characters and emoji take two,
/// combining marks none.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark || value == 0x200D || (0xFE00...0xFE0F).contains(value) { return 0 }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
            || (0x1F300...0x1F64F).contains(value) || (0x1F900...0x1F9FF).contains(value) || (0x20000...0x3FFFD).contains(value) {
            return 2
        }
        return 1
    }

    public static func truncate(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(String(character))
            if used + characterWidth > columns - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
