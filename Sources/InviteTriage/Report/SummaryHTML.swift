/// The weekly summary as one self-contained HTML file: inline CSS and SVG, no scripts, no
/// network; every piece of user text escaped.
public enum SummaryHTML {
    public static func render(_ summary: WeeklySummary) -> String {
        var body: [String] = []
        body.append("<h1>Invitations \(escape(summary.period))</h1>")
        body.append("<p class=\"period\">\(escape(String(summary.start.prefix(10)))) to \(escape(String(summary.end.prefix(10))))</p>")
        body.append("<section class=\"cards\">")
        body.append(card("received", summary.received.total, "\(summary.received.accept) accept · \(summary.received.review) review · \(summary.received.ignore) ignore"))
        body.append(card("accepted", summary.decided.accepted, "decided this period"))
        body.append(card("ignored", summary.decided.ignored, "decided this period"))
        body.append(card("pending", summary.backlog.pending, "\(summary.backlog.olderThanWeek) over a week · \(summary.backlog.olderThanMonth) over a month"))
        body.append("</section>")

        body.append("<h2>Trend</h2>")
        body.append(trendChart(summary.trend))

        body.append("<h2>What the ignored had in common</h2>")
        if summary.ignored.count == 0 {
            body.append("<p>Nothing ignored in this period.</p>")
        } else {
            body.append("<p>\(summary.ignored.count) ignored; \(SummaryText.percent(summary.ignored.genericShare)) had a generic note.</p><ul>")
            for reason in summary.ignored.topReasons { body.append("<li><code>\(escape(reason.code))</code> × \(reason.count)</li>") }
            for claim in summary.ignored.falseClaimsByKind { body.append("<li>false <code>\(escape(claim.code))</code> claims × \(claim.count)</li>") }
            body.append("</ul>")
        }

        body.append("<h2>To do on LinkedIn</h2>")
        if summary.linkedInToDo.isEmpty {
            body.append("<p>Nothing: every invitation accepted here is connected there.</p>")
        } else {
            body.append("<p>Accepted here, not yet connected there. Accept them at <a href=\"\(linkedInInvitationManager)\">LinkedIn's invitation manager</a>.</p><ul>")
            for item in summary.linkedInToDo {
                body.append("<li>#\(item.id) \(escape(item.name)) <span class=\"url\">\(escape(item.profileUrl ?? ""))</span></li>")
            }
            body.append("</ul>")
        }

        body.append("<h2>Agreement with the suggestions</h2>")
        let agreement = summary.agreement
        if agreement.decisions == 0 {
            body.append("<p>No decisions made one by one yet.</p>")
        } else {
            body.append("<p>\(agreement.decisions) decisions made one by one; \(agreement.agreed) of the \(agreement.suggestedAcceptOrIgnore) suggested accept or ignore agreed (\(agreement.rate.map(SummaryText.percent) ?? "–")); \(agreement.reviewShare.map(SummaryText.percent) ?? "–") were at review.</p>")
            body.append("<table><tr><th>reason</th><th>decisions</th><th>agreed</th></tr>")
            for code in agreement.byCode { body.append("<tr><td><code>\(escape(code.code))</code></td><td>\(code.decisions)</td><td>\(code.rate.map(SummaryText.percent) ?? "–")</td></tr>") }
            body.append("</table>")
        }

        if !summary.invitations.isEmpty {
            body.append("<h2>Received in this period</h2><table><tr><th>#</th><th>score</th><th>suggestion</th><th>from</th><th>note</th></tr>")
            for item in summary.invitations {
                body.append("<tr><td>\(item.id)</td><td>\(escape(ListTable.points(item.score)))</td><td class=\"\(escape(item.suggestion))\">\(escape(item.suggestion))</td><td>\(escape(item.name))</td><td>\(escape(item.message ?? ""))</td></tr>")
            }
            body.append("</table>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Invitations \(escape(summary.period))</title>
            <style>
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
            h1{margin-bottom:0}.period{color:#5b6b7b;margin-top:.2rem}h2{margin-top:2rem;border-bottom:1px solid #e3e8ee}
            .cards{display:flex;gap:1rem;flex-wrap:wrap}.card{flex:1;min-width:10rem;border:1px solid #e3e8ee;border-radius:8px;padding:.8rem}
            .card b{font-size:1.8rem;display:block}.card span{color:#5b6b7b;font-size:.85rem}
            table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eef1f4;vertical-align:top}
            .accept{color:#1a7f37}.ignore{color:#b42318}.review{color:#8a6100}.url{color:#5b6b7b;font-size:.85rem}
            </style></head><body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    private static func card(_ label: String, _ value: Int, _ detail: String) -> String {
        "<div class=\"card\">\(escape(label))<b>\(value)</b><span>\(escape(detail))</span></div>"
    }

    private static func trendChart(_ weeks: [WeeklySummary.Week]) -> String {
        let peak = max(1, weeks.map { max($0.received, $0.accepted + $0.ignored) }.max() ?? 1)
        let barWidth = 40, gap = 14, height = 120
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(weeks.count * (barWidth + gap) + gap)\" height=\"\(height + 40)\" role=\"img\" aria-label=\"received, accepted and ignored per week\">"
        for (index, week) in weeks.enumerated() {
            let x = gap + index * (barWidth + gap)
            let received = week.received * height / peak
            let accepted = week.accepted * height / peak
            let ignored = week.ignored * height / peak
            svg += "<rect x=\"\(x)\" y=\"\(height - received)\" width=\"\(barWidth / 2)\" height=\"\(received)\" fill=\"#7a8ea3\"><title>\(escape(week.week)): \(week.received) received</title></rect>"
            svg += "<rect x=\"\(x + barWidth / 2)\" y=\"\(height - accepted - ignored)\" width=\"\(barWidth / 2)\" height=\"\(ignored)\" fill=\"#d9534f\"><title>\(week.ignored) ignored</title></rect>"
            svg += "<rect x=\"\(x + barWidth / 2)\" y=\"\(height - accepted)\" width=\"\(barWidth / 2)\" height=\"\(accepted)\" fill=\"#2e9e5b\"><title>\(week.accepted) accepted</title></rect>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(height + 16)\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b6b7b\">\(escape(String(week.week.suffix(3))))</text>"
        }
        svg += "<text x=\"\(gap)\" y=\"\(height + 34)\" font-size=\"11\" fill=\"#5b6b7b\">grey: received · green: accepted · red: ignored</text></svg>"
        return svg
    }

    /// Text into HTML: the five characters HTML acts on, and controls made visible.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in TerminalText.sanitize(text) {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
