import ArgumentParser
import InviteTriage

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import LinkedIn exports (ZIP, extracted folder, single CSVs) and JSON invitation files.",
        discussion: """
            One import is one transaction: if any file is bad, nothing is stored. Importing the \
            same or an overlapping export again adds nothing twice and never changes a decision.
            Example: invite-triage import ~/Downloads/Basic_LinkedInDataExport_11-26-2026.zip
            """
    )

    @Argument(help: ArgumentHelp("Export ZIPs, export folders, CSV or JSON files.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Skip rows that cannot be read (counted and reported) instead of failing.")
    var skipBadRows = false

    @Flag(help: "Read every file again, even one unchanged since it was imported into the database as it is.")
    var reread = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let clock = try global.clock()
            let configuration = try global.configuration()
            let store = try global.openOrCreateStore(configuration)
            let showProgress = Terminal.stderrIsTerminal
            let context = ImportContext(clock: clock, configuration: configuration, skipBadRows: skipBadRows, rereadUnchanged: reread,
                                        onProgress: showProgress ? { Terminal.note("importing… \($0)") } : nil)
            let report: ImportReport
            do { report = try Importer.run(paths: paths, store: store, context: context) } catch {
                store.discardIfCreated()
                throw error
            }
            Terminal.print(ImportReportText.render(report))
            if Terminal.stdoutIsTerminal, report.pending > 0 {
                var filter = InvitationFilter()
                filter.limit = 5
                let top = try InvitationReader(store: store).list(filter)
                Terminal.print("\nTop of the pending list (invite-triage list for all):")
                Terminal.print(ListTable(width: Terminal.width, now: clock.now).render(top.items))
            }
        }
    }
}
