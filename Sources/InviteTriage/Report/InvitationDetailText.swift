/// `show ID` as text: the invitation, its claims with verdicts, the score breakdown with each
/// reason's points and evidence, the suggestion, and the decision history.
public struct InvitationDetailText {
    public var now: LocalDateTime
    public var configuration: Configuration
    public var width: Int

    public init(now: LocalDateTime, configuration: Configuration, width: Int) {
        self.now = now
        self.configuration = configuration
        self.width = max(50, width)
    }

    public func render(_ item: InvitationItem, history: [DecisionLog.Event]) -> String {
        var lines: [String] = []
        lines.append("Invitation \(item.id) from \(TerminalText.singleLine(item.from.name))")
        func field(_ label: String, _ value: String) {
            lines.append("  " + label.padding(toLength: 10, withPad: " ", startingAt: 0) + value)
        }
        field("profile", item.from.profileUrl.map(TerminalText.singleLine) ?? "unknown")
        field("headline", item.from.headline.map(TerminalText.singleLine) ?? "unknown (no profile known)")
        let age = LocalDateTime(text: item.sentAt).map { " (" + Age.short(from: $0, to: now) + " ago)" } ?? ""
        field("sent", item.sentAt.replacingOccurrences(of: "T", with: " ") + age)
        var status = item.status
        if let connected = item.connectedOn { status += ", connected on LinkedIn since \(connected)" }
        if let decision = item.decision { status += ", decided \(decision.decidedAt.replacingOccurrences(of: "T", with: " "))" }
        field("status", status)
        if let message = item.message, !message.isEmpty {
            let wrapped = Self.wrap(TerminalText.sanitize(message), width: width - 14)
            field("note", "“" + wrapped[0])
            for line in wrapped.dropFirst() { lines.append(String(repeating: " ", count: 13) + line) }
            lines[lines.count - 1] += "”"
        } else {
            field("note", "(none)")
        }
        if !item.verdict.claims.isEmpty {
            lines.append("")
            lines.append("Claims")
            for claim in item.verdict.claims {
                lines.append("  \(claim.kind.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(claim.verdict.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) “\(TerminalText.singleLine(claim.text))”")
                lines.append(String(repeating: " ", count: 35) + TerminalText.singleLine(claim.evidence))
            }
        }
        lines.append("")
        lines.append("Score \(ListTable.points(item.score)) → \(item.suggestion.rawValue)   (accept at ≥ \(ListTable.points(configuration.acceptAt)), ignore at ≤ \(ListTable.points(configuration.ignoreAt)))")
        for reason in item.verdict.reasons {
            let points = ListTable.points(reason.points)
            lines.append("  " + String(repeating: " ", count: max(0, 5 - points.count)) + points + "  " + reason.code.padding(toLength: 22, withPad: " ", startingAt: 0) + TerminalText.singleLine(reason.detail))
        }
        if item.verdict.reasons.isEmpty { lines.append("  (no reason applies)") }
        if !history.isEmpty {
            lines.append("")
            lines.append("History")
            lines += HistoryText.render(history).split(separator: "\n").map { "  " + $0 }
        }
        if item.decision?.decidedAt != nil, item.status == "accepted", item.connectedOn == nil {
            lines.append("")
            lines.append("To do on LinkedIn: accept it at \(linkedInInvitationManager)")
        }
        return lines.joined(separator: "\n")
    }

    /// Greedy word wrap by display width.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if DisplayWidth.of(candidate) > width, !line.isEmpty {
                    lines.append(line)
                    line = String(word)
                } else {
                    line = candidate
                }
            }
            lines.append(line)
        }
        return lines.isEmpty ? [""] : lines
    }
}
