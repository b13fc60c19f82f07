import Foundation
import InviteTriage

/// What the command knows of the terminal: whether stdout/stdin are terminals, its width. Results go to stdout, everything else to stderr.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 100
    }

    /// Whether the locale can show Unicode blocks (UTF-8 in LC_ALL, LC_CTYPE or LANG).
    static var showsUnicode: Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["TERM"] == "dumb" { return false }
        let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.uppercased().contains("UTF-8") || locale.uppercased().contains("UTF8")
    }


    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Output exactly as given (exports), no newline added.
    static func printRaw(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One line, whatever the text holds: a message may quote a field whose quotes span lines.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data(("invite-triage: " + TerminalText.singleLine(text) + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("invite-triage: error: " + TerminalText.singleLine(text) + "\n").utf8))
    }
}
