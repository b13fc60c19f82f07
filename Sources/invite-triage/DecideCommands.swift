import ArgumentParser
import Foundation
import InviteTriage

struct AcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Mark invitations accepted (a to-do on LinkedIn: the tool never acts there).",
        discussion: "Examples: invite-triage accept 12 14-16 --note \"met at KubeCon\"; invite-triage accept --suggestion accept --yes"
    )
    @OptionGroup var decision: DecisionOptions
    func run() throws { try decision.run(.accepted) }
}

struct IgnoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ignore",
        abstract: "Mark invitations ignored.",
        discussion: "Examples: invite-triage ignore 7; invite-triage ignore --suggestion ignore --before 2026-06-01"
    )
    @OptionGroup var decision: DecisionOptions
    func run() throws { try decision.run(.ignored) }
}

/// What accept and ignore share: ids or filters, a note, confirmation for bulk.
struct DecisionOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Invitation ids as `list` prints them; ranges like 12-15.", valueName: "id"))
    var ids: [String] = []

    @Option(help: "A note to keep with the decision.")
    var note: String?

    @Flag(help: "Decide what the filters select without asking (needed when stdin is not a terminal).")
    var yes = false

    @OptionGroup var filters: FilterOptions
    @OptionGroup var global: GlobalOptions

    func run(_ decision: DecisionKind) throws {
        try reportingErrors {
            let clock = try global.clock()
            let configuration = try global.configuration()
            guard ids.isEmpty == filters.isGiven else {
                throw TriageError(.usage, ids.isEmpty ? "give invitation ids, or filters (--suggestion, --status, --since, --before) to \(decision.verb) in bulk"
                                                     : "give either ids or filters, not both")
            }
            let store = try global.openStore(configuration)
            try Rescorer.rescore(store: store, configuration: configuration, clock: clock, learning: false)
            let log = DecisionLog(store: store, clock: clock)
            let command = ([decision.verb] + (ids.isEmpty ? filters.description : ids)).joined(separator: " ")
            let outcome: DecisionLog.Outcome
            if ids.isEmpty {
                let selected = try InvitationReader(store: store).list(try filters.filter(clock: clock)).items
                guard !selected.isEmpty else {
                    Terminal.note("no invitations match; nothing to \(decision.verb)")
                    return
                }
                try confirm(selected, decision: decision, now: clock.now)
                outcome = try log.decide(selected.map(\.id), as: decision, note: note, source: .bulk, command: command)
            } else {
                outcome = try log.decide(try IDList.parse(ids), as: decision, note: note, source: .single, command: command)
            }
            report(outcome, decision: decision)
            if !outcome.unknown.isEmpty, outcome.changed.isEmpty, outcome.unchanged.isEmpty {
                throw TriageError(.usage, "no invitation has id \(outcome.unknown.map(String.init).joined(separator: ", "))")
            }
        }
    }

    private func confirm(_ selected: [InvitationItem], decision: DecisionKind, now: LocalDateTime) throws {
        if yes { return }
        guard Terminal.stdinIsTerminal else {
            throw TriageError(.usage, "\(decision.verb) would change \(selected.count) invitation(s); stdin is not a terminal, so pass --yes to confirm")
        }
        FileHandle.standardError.write(Data("About to \(decision.verb) \(selected.count) invitation(s):\n".utf8))
        FileHandle.standardError.write(Data((ListTable(width: Terminal.width, now: now).render(Array(selected.prefix(20))) + "\n").utf8))
        if selected.count > 20 { FileHandle.standardError.write(Data("… and \(selected.count - 20) more\n".utf8)) }
        FileHandle.standardError.write(Data("Proceed? [y/N] ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "yes" else { throw TriageError(.usage, "nothing changed") }
    }

    private func report(_ outcome: DecisionLog.Outcome, decision: DecisionKind) {
        for change in outcome.changed {
            let name = TerminalText.singleLine(change.sender)
            if let before = change.before, before != decision {
                Terminal.print("\(change.id) \(name): \(before.rawValue) → \(decision.rawValue) (changed)")
            } else {
                Terminal.print("\(change.id) \(name): \(decision.rawValue)")
            }
        }
        for change in outcome.unchanged { Terminal.print("\(change.id) \(TerminalText.singleLine(change.sender)): already \(decision.rawValue)") }
        if !outcome.unknown.isEmpty { Terminal.note("skipped unknown id(s): \(outcome.unknown.map(String.init).joined(separator: ", "))") }
        if decision == .accepted, !outcome.changed.isEmpty {
            Terminal.note("accepting here is a to-do on LinkedIn: \(linkedInInvitationManager) (list them with: invite-triage list --status accepted)")
        }
    }
}

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Revert the last decision command (every invitation it changed); repeat to go further back."
    )
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(try global.configuration())
            guard let outcome = try DecisionLog(store: store, clock: try global.clock()).undo() else {
                Terminal.note("nothing to undo")
                return
            }
            Terminal.print("undid `\(TerminalText.singleLine(outcome.command))` of \(outcome.startedAt) (\(outcome.reverted.count) invitation(s)):")
            for change in outcome.reverted {
                Terminal.print("  \(change.id) \(TerminalText.singleLine(change.sender)): \(change.before?.rawValue ?? "undecided") → \(change.after?.rawValue ?? "undecided")")
            }
        }
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the decision history, of one invitation or of all (append-only)."
    )
    @Argument(help: "An invitation id.") var id: Int64?
    @Option(help: "text or json.") var format: OutputFormat = .text
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(try global.configuration())
            if let id, try InvitationReader(store: store).item(id: id) == nil {
                throw TriageError(.usage, "no invitation has id \(id)")
            }
            let events = try DecisionLog(store: store, clock: try global.clock()).history(of: id)
            switch format {
            case .json: Terminal.print(try jsonText(events))
            case .text:
                guard !events.isEmpty else { return Terminal.note("no decisions yet") }
                Terminal.print(HistoryText.render(events))
            }
        }
    }
}
