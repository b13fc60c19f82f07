import ArgumentParser
import InviteTriage

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List received invitations, pending ones best first.",
        discussion: "Example: invite-triage list --suggestion ignore --since 2026-11-01 --format json"
    )

    @OptionGroup var filters: FilterOptions

    @Option(help: "text (a table) or json (every key always present).")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    static let defaultTextRows = 50

    func run() throws {
        try reportingErrors {
            let clock = try global.clock()
            var filter = try filters.filter(clock: clock)
            let configuration = try global.configuration()
            let store = try global.openStore(configuration)
            try global.warnIfStale(store, configuration)
            let reader = InvitationReader(store: store)
            switch format {
            case .json:
                Terminal.print(try jsonText(reader.list(filter).items))
            case .text:
                if filter.limit == nil { filter.limit = Self.defaultTextRows }
                let (items, total) = try reader.list(filter)
                guard !items.isEmpty else {
                    Terminal.note("no invitations match")
                    return
                }
                Terminal.print(ListTable(width: Terminal.width, now: clock.now).render(items))
                if total > items.count { Terminal.print("… and \(total - items.count) more (use --limit)") }
                let toDo = items.filter { $0.status == InvitationStatus.accepted.rawValue && $0.connectedOn == nil }
                if !toDo.isEmpty {
                    Terminal.print("\nTo do on LinkedIn (accepted here, not yet connected there): accept them at \(linkedInInvitationManager)")
                    for item in toDo { Terminal.print("  #\(item.id) \(TerminalText.singleLine(item.from.name))  \(item.from.profileUrl ?? "(no profile URL)")") }
                }
            }
        }
    }
}
