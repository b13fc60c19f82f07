import ArgumentParser
import Foundation
import InviteTriage

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a note before you send an invitation: length, generic phrasing, pitch, claims against your records.",
        discussion: """
            Exit 0 when the note passes, 1 when it has findings.
            Examples: invite-triage lint "We met at the Rotterdam Swift Meetup last week" --to https://www.linkedin.com/in/ana
                      invite-triage lint --file note.txt --limit 200
            """
    )
    @Argument(help: ArgumentHelp("The note; `-` reads it from stdin.", valueName: "text")) var text: String?
    @Option(help: ArgumentHelp("Read the note from this file.", valueName: "file")) var file: String?
    @Option(help: ArgumentHelp("The person you are about to invite: profile URL or name.", valueName: "person")) var to: String?
    @Option(help: "The character limit: 300, or 200 for free accounts.") var limit: Int = 300
    @Option(help: "text or json.") var format: OutputFormat = .text
    @OptionGroup var global: GlobalOptions

    func run() throws {
        var failed = false
        try reportingErrors {
            guard limit == 300 || limit == 200 else { throw TriageError(.usage, "--limit is 300 or 200") }
            let note = try readNote()
            let configuration = try global.configuration()
            let store = try global.openStore(configuration)
            let report = try NoteLinter.lint(note, to: to, limit: limit, store: store, configuration: configuration, now: try global.clock().now)
            switch format {
            case .json: Terminal.print(try jsonText(report))
            case .text: Terminal.print(LintText.render(report))
            }
            failed = !report.passes
        }
        if failed { throw ExitCode(1) }
    }

    private func readNote() throws -> String {
        switch (text, file) {
        case (nil, nil): throw TriageError(.usage, "give the note as an argument, with --file, or `-` for stdin")
        case (.some, .some): throw TriageError(.usage, "give the note either as an argument or with --file")
        case (let text?, nil) where text != "-": return text
        case (nil, let path?):
            guard FileManager.default.fileExists(atPath: path) else { throw TriageError(.missingInput, "\(path): no such file") }
            guard let data = FileManager.default.contents(atPath: path), let note = String(data: data, encoding: .utf8) else {
                throw TriageError(.badInput, "\(path): not UTF-8 text")
            }
            return note.trimmingCharacters(in: .whitespacesAndNewlines)
        default:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let note = String(data: data, encoding: .utf8) else { throw TriageError(.badInput, "stdin: not UTF-8 text") }
            return note.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
