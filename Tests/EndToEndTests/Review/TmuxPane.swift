import Foundation
import Testing

/// A real pseudo-terminal for `review`: a private tmux server (its socket inside the sandbox)
/// with one detached session whose only pane runs a shell script. Keys go in with `send-keys`,
/// the screen comes back with `capture-pane`. Every wait polls with a generous bound; nothing
/// here asserts on timing.
final class TmuxPane {
    let sandbox: Sandbox
    let socket = "review-\(UUID().uuidString.prefix(8))"
    static let session = "review"

    /// Starts `sh script` in a `width`×`height` pane, with the sandbox environment.
    init(_ sandbox: Sandbox, script: String, width: Int = 100, height: Int = 30,
         sourceLocation: SourceLocation = #_sourceLocation) throws {
        self.sandbox = sandbox
        let path = try sandbox.write("pane-\(socket).sh", text: script)
        let started = try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "-s", Self.session, "sh", path],
                               closingInheritedFiles: true)
        try #require(started.status == 0, "tmux did not start: \(started)", sourceLocation: sourceLocation)
        serverPID = pid_t(try format("#{pid}"))
    }

    /// The tmux server's pid, to end it for sure in `close()`.
    private var serverPID: pid_t?

    /// The script that runs `review ARGUMENTS` on the sandbox database in the pane, writing the
    /// review's own pid to `review.pid`; after it ends: `EXIT=status`, the terminal settings
    /// (`stty -a`, in the same pane) into `stty-after.txt`, then `PANE-DONE`, then it waits.
    static func reviewScript(_ sandbox: Sandbox, _ arguments: [String] = []) throws -> String {
        let binary = try #require(Binary.url, "invite-triage is not built: run swift build, or set INVITE_TRIAGE_BIN")
        let words = [binary.path, "review"] + arguments + ["--db", sandbox.database.path]
        return """
            sh -c 'echo $$ > "$0"; exec "$@"' \(quoted(sandbox.url("review.pid").path)) \(words.map(quoted).joined(separator: " "))
            echo "EXIT=$?"
            stty -a > \(quoted(sandbox.url("stty-after.txt").path))
            echo PANE-DONE
            exec sleep 600
            """
    }

    static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Ends the tmux server (and with it the pane): `kill-server`, and should the server still
    /// run a few seconds later, SIGKILL (closing the pane's terminal hangs up what runs in it).
    func close() {
        _ = try? tmux(["kill-server"])
        guard let pid = serverPID, pid > 1 else { return }
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, Self.isRunning(pid) { Thread.sleep(forTimeInterval: 0.05) }
        if Self.isRunning(pid) { kill(pid, SIGKILL) }
    }

    /// Whether `pid` is a live process (not gone, not a zombie).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: end)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    /// Runs a tmux command against this pane's server. The command that starts the server goes
    /// through python3, which clears what the server would otherwise inherit from the test
    /// process: every descriptor but 0-2 (Foundation notices the end of a process by one of
    /// them, and a server holding it open kept `waitUntilExit` from returning) and the signal
    /// mask (with SIGTERM blocked, `kill-server` never ended the server).
    @discardableResult
    func tmux(_ arguments: [String], closingInheritedFiles: Bool = false) throws -> RunResult {
        var environment = sandbox.environment(["TMUX_TMPDIR": sandbox.root.path])
        environment["TMUX"] = nil
        let command = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        let launcher = ["python3", "-c", """
            import signal, subprocess, sys
            signal.pthread_sigmask(signal.SIG_SETMASK, [])
            sys.exit(subprocess.call(sys.argv[1:], close_fds=True))
            """]
        return try runProcess(URL(fileURLWithPath: "/usr/bin/env"), (closingInheritedFiles ? launcher : []) + command,
                              environment: environment, in: sandbox.root)
    }

    /// Presses tmux key names (`a`, `Enter`, `C-c`, `Down`).
    func press(_ keys: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        for key in keys {
            let result = try tmux(["send-keys", "-t", Self.session, key])
            try #require(result.status == 0, "send-keys \(key): \(result)", sourceLocation: sourceLocation)
        }
    }

    /// Types `text` literally.
    func type(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try tmux(["send-keys", "-t", Self.session, "-l", text])
        try #require(result.status == 0, "send-keys -l: \(result)", sourceLocation: sourceLocation)
    }

    /// What the pane shows now (the alternate screen while one is active), wrapped lines joined.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-t", Self.session]).stdout
    }

    /// The screen's lines, trailing blanks kept as tmux prints them.
    func lines() throws -> [String] {
        try screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A tmux format of the pane: `#{alternate_on}`, `#{pane_tty}`, `#{cursor_flag}`.
    func format(_ text: String) throws -> String {
        try tmux(["display-message", "-p", "-t", Self.session, text]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var alternateScreenOn: Bool { get throws { try format("#{alternate_on}") == "1" } }

    /// Polls the screen until `condition` holds (at most `seconds`); returns that screen, or
    /// fails the test with the last screen seen.
    @discardableResult
    func waitForScreen(_ what: String, seconds: Double = 60, sourceLocation: SourceLocation = #_sourceLocation,
                       _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        Issue.record("timed out waiting for \(what); the screen:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    /// Waits for the screen to contain `text`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 60, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitForScreen("“\(text)”", seconds: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the review has ended and the script has recorded the terminal settings.
    @discardableResult
    func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("PANE-DONE", sourceLocation: sourceLocation)
    }

    /// The review's pid, once the pane script has written it.
    func reviewPID(sourceLocation: SourceLocation = #_sourceLocation) throws -> pid_t {
        let file = sandbox.url("review.pid")
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let text = try? String(contentsOf: file, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("the pane never wrote the review's pid", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    /// The local-mode flags of the pane's terminal as `stty -a` words (`icanon`, `-echo`, …),
    /// read from outside the pane.
    func terminalFlags() throws -> Set<String> {
        let tty = try format("#{pane_tty}")
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["stty", "-F", tty, "-a"],
                                    environment: ProcessInfo.processInfo.environment, in: sandbox.root)
        return Self.flags(result.stdout)
    }

    /// The flags the pane script recorded with `stty -a` after the review ended.
    func terminalFlagsAfterExit() throws -> Set<String> {
        Self.flags(try String(contentsOf: sandbox.url("stty-after.txt"), encoding: .utf8))
    }

    static func flags(_ sttyOutput: String) -> Set<String> {
        Set(sttyOutput.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    }
}

struct TmuxTimeout: Error {}
