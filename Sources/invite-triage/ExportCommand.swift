import ArgumentParser
import InviteTriage

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write invitations with their decisions as CSV or JSON (the list keys); files are 0600.",
        discussion: "Every status unless --status is given. Example: invite-triage export --format csv --output decisions.csv"
    )
    enum Format: String, ExpressibleByArgument { case csv, json }

    @OptionGroup var filters: FilterOptions
    @Option(help: "csv or json.") var format: Format = .csv
    @Option(help: ArgumentHelp("Write to this file (created 0600) instead of stdout.", valueName: "file")) var output: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let clock = try global.clock()
            let configuration = try global.configuration()
            var filter = try filters.filter(clock: clock)
            if filters.status == nil { filter.status = nil }
            let store = try global.openStore(configuration)
            try global.warnIfStale(store, configuration)
            let items = try InvitationReader(store: store).list(filter).items
            let text = format == .csv ? CSVExport.render(items) : try jsonText(items) + "\n"
            if let output {
                try PrivateFile.write(text, to: output)
                Terminal.note("wrote \(items.count) invitation(s) to \(output)")
            } else {
                // Read on a terminal, a stranger's escape sequences would act there; piped or
                // redirected, the export stays exact.
                Terminal.printRaw(Terminal.stdoutIsTerminal ? TerminalText.sanitize(text) : text)
            }
        }
    }
}
