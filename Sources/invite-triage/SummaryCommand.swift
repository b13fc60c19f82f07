import ArgumentParser
import Foundation
import InviteTriage

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The weekly summary: received, decided, backlog, what the ignored shared, the LinkedIn to-do, trend, agreement.",
        discussion: "By default the current ISO week in local time. Example: invite-triage summary --week 2026-W47 --format html --output week.html"
    )
    enum Format: String, ExpressibleByArgument { case text, json, markdown, html }

    @Option(help: ArgumentHelp("An ISO week such as 2026-W47.", valueName: "week")) var week: String?
    @Option(help: ArgumentHelp("From this date (YYYY-MM-DD) until now, instead of a week.", valueName: "date")) var since: String?
    @Option(help: "text, json, markdown or html.") var format: Format = .text
    @Option(help: ArgumentHelp("Write to this file (created 0600) instead of stdout.", valueName: "file")) var output: String?
    @Flag(help: "Draw the trend with ASCII instead of Unicode blocks.") var ascii = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let clock = try global.clock()
            guard week == nil || since == nil else { throw TriageError(.usage, "give --week or --since, not both") }
            let period: ReportPeriod
            if let week {
                guard let parsed = ReportPeriod.parseWeek(week) else { throw TriageError(.usage, "--week takes an ISO week such as 2026-W47") }
                period = parsed
            } else if let since {
                period = ReportPeriod.since(try FilterOptions.date(since, option: "--since", clock: clock), until: clock.now)
            } else {
                period = ReportPeriod.week(of: clock.now)
            }
            let configuration = try global.configuration()
            let store = try global.openStore(configuration)
            try global.warnIfStale(store, configuration)
            let summary = try WeeklySummary.compute(store: store, period: period, now: clock.now)
            let text: String
            switch format {
            case .json: text = try jsonText(summary) + "\n"
            case .html: text = SummaryHTML.render(summary)
            case .markdown: text = SummaryText(unicode: true, markdown: true).render(summary) + "\n"
            case .text: text = SummaryText(unicode: !ascii && Terminal.showsUnicode).render(summary) + "\n"
            }
            if let output {
                try PrivateFile.write(text, to: output)
                Terminal.note("wrote the summary of \(period.label) to \(output)")
            } else {
                Terminal.printRaw(text)
            }
        }
    }
}
