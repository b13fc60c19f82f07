import ArgumentParser
import Foundation
import InviteTriage

/// The command line: argument parsing and printing only; everything else is in InviteTriage.
struct InviteTriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite-triage",
        abstract: "Triage the LinkedIn invitations you received: import your export, read the reasons, decide.",
        discussion: """
            The tool never acts on LinkedIn: it suggests and explains; you decide.

            Exit status: 0 ok; 64 usage (unknown option, unknown id); 65 bad input data; 66 missing \
            input file; 69 database busy past the timeout; 74 I/O error; 75 database written by a \
            newer version; 78 bad configuration.
            """,
        subcommands: [ImportCommand.self, ListCommand.self, ShowCommand.self, ReviewCommand.self, AcceptCommand.self, IgnoreCommand.self, UndoCommand.self, HistoryCommand.self, ExportCommand.self, SummaryCommand.self, LintCommand.self, ForgetCommand.self, LearnCommand.self, EvalCommand.self, RescoreCommand.self, RulesCommand.self, ConfigCommand.self]
    )
}

// ArgumentParser's own messages quote what was typed: they go through the sanitiser too.
do {
    var command = try InviteTriageCommand.parseAsRoot()
    try command.run()
} catch {
    let code = InviteTriageCommand.exitCode(for: error)
    let message = InviteTriageCommand.fullMessage(for: error)
    if !message.isEmpty {
        if code == .success {
            print(message)
        } else {
            FileHandle.standardError.write(Data((TerminalText.sanitize(message) + "\n").utf8))
        }
    }
    exit(code.rawValue)
}
