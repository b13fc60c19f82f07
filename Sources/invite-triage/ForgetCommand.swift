import ArgumentParser
import InviteTriage

struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove a person from every table (invitations, history, evidence) and from the bytes on disk.",
        discussion: """
            Later imports skip them (a salted hash is kept, not their name). This is the one \
            exception to "decisions are never lost". Example: invite-triage forget https://www.linkedin.com/in/someone
            """
    )
    @Argument(help: ArgumentHelp("Their profile URL, or their name.", valueName: "person")) var person: String
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let configuration = try global.configuration()
            let store = try global.openStore(configuration)
            switch try Forgetting.forget(person, store: store, configuration: configuration, clock: try global.clock()) {
            case .forgotten(let who, let rows):
                Terminal.print("forgot \(TerminalText.singleLine(who.name))\(who.url.map { " (\($0))" } ?? ""): \(rows) row(s) removed; later imports will skip them")
            case .ambiguous(let people):
                Terminal.error("several people are called that; give the profile URL of the one to forget:")
                for candidate in people { Terminal.error("  \(TerminalText.singleLine(candidate.name))  \(candidate.url ?? "(no URL)")") }
                throw ExitCode(ExitStatus.usage.rawValue)
            case .notFound:
                throw TriageError(.usage, "nobody matches \"\(TerminalText.singleLine(String(person.prefix(60))))\"")
            }
        }
    }
}
