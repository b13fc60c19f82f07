/// The weekly summary as text (the default) or Markdown: the same sections, two layouts.
public struct SummaryText {
    public var unicode: Bool
    public var markdown: Bool

    public init(unicode: Bool, markdown: Bool = false) {
        self.unicode = unicode
        self.markdown = markdown
    }

    public func render(_ summary: WeeklySummary) -> String {
        var out: [String] = []
        func heading(_ text: String) { out.append(markdown ? "\n## \(text)" : "\n\(text)") }
        func line(_ text: String) { out.append(markdown ? "- \(text)" : "  \(text)") }
        let markdown = self.markdown
        func clean(_ text: String) -> String { markdown ? Self.markdownText(text) : TerminalText.singleLine(text) }
        out.append(markdown ? "# Invitations \(summary.period)" : "Invitations \(summary.period) (\(summary.start.prefix(10)) to \(summary.end.prefix(10)))")

        heading("Received")
        line("\(summary.received.total) received: \(summary.received.accept) suggested accept, \(summary.received.review) review, \(summary.received.ignore) ignore")
        line("decided: \(summary.decided.accepted) accepted, \(summary.decided.ignored) ignored")

        heading("Backlog")
        line("\(summary.backlog.pending) pending; \(summary.backlog.olderThanWeek) waiting more than a week, \(summary.backlog.olderThanMonth) more than a month"
             + (summary.backlog.oldestSentAt.map { "; oldest from \($0.prefix(10))" } ?? ""))
        // Advice, not a figure of yours: the essay's author had one accepted after seven months.
        if summary.backlog.olderThanMonth > 0 {
            line("old is not bad: an invitation can still be accepted months after it was sent. The export cannot tell which are still pending on LinkedIn.")
        }

        heading("What the ignored had in common")
        if summary.ignored.count == 0 {
            line("nothing ignored in this period")
        } else {
            line("\(summary.ignored.count) ignored; \(Self.percent(summary.ignored.genericShare)) had a generic note")
            if !summary.ignored.topReasons.isEmpty { line("top reasons: " + summary.ignored.topReasons.map { "\($0.code) ×\($0.count)" }.joined(separator: ", ")) }
            if !summary.ignored.falseClaimsByKind.isEmpty { line("false claims: " + summary.ignored.falseClaimsByKind.map { "\($0.code) ×\($0.count)" }.joined(separator: ", ")) }
        }

        heading("To do on LinkedIn")
        if summary.linkedInToDo.isEmpty {
            line("nothing: every invitation accepted here is connected there")
        } else {
            line("accepted here, not yet connected there — accept them at \(linkedInInvitationManager)")
            for item in summary.linkedInToDo.prefix(20) { line("#\(item.id) \(clean(item.name)) \(item.profileUrl.map(clean) ?? "")") }
        }

        heading("Trend")
        let peak = summary.trend.map { max($0.received, $0.accepted + $0.ignored) }.max() ?? 0
        if markdown { out.append("\n| week | received | accepted | ignored |\n|---|---:|---:|---:|") }
        for week in summary.trend {
            if markdown {
                out.append("| \(week.week) | \(week.received) | \(week.accepted) | \(week.ignored) |")
            } else {
                let bar = BarChart.bar(week.received, max: peak, width: 24, unicode: unicode)
                out.append("  \(week.week)  \(bar.padding(toLength: 25, withPad: " ", startingAt: 0)) \(week.received) received, \(week.accepted) accepted, \(week.ignored) ignored")
            }
        }

        heading("Agreement with the suggestions")
        let agreement = summary.agreement
        if agreement.decisions == 0 {
            line("no decisions made one by one yet")
        } else {
            line("\(agreement.decisions) decisions made one by one; of the \(agreement.suggestedAcceptOrIgnore) suggested accept or ignore, \(agreement.agreed) agreed (\(agreement.rate.map(Self.percent) ?? "–")); \(agreement.reviewShare.map(Self.percent) ?? "–") were at review")
            for code in agreement.byCode.prefix(8) {
                line("\(code.code): \(code.agreed) of \(code.decisions) agreed (\(code.rate.map(Self.percent) ?? "–"))")
            }
        }

        if !summary.invitations.isEmpty {
            heading("Received in this period")
            let shown = markdown ? 50 : 10
            for item in summary.invitations.prefix(shown) {
                let note = item.message.map { " — “\(clean(String($0.prefix(80))))\($0.count > 80 ? "…" : "")”" } ?? ""
                line("#\(item.id) \(ListTable.points(item.score)) \(item.suggestion) \(clean(item.name))\(note)")
            }
            if summary.invitations.count > shown {
                line("… and \(summary.invitations.count - shown) more (invite-triage list --status all --since \(summary.start.prefix(10)))")
            }
        }
        return out.joined(separator: "\n")
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// User text made inert in Markdown: one line, sanitised, and the characters Markdown and
    /// HTML act on escaped.
    static func markdownText(_ text: String) -> String {
        var result = ""
        for character in TerminalText.singleLine(text) {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "|", "!": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
