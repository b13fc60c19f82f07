import Foundation
import Testing

/// Where the stored hostile-input corpus lives (written by Tests/Hostile/make-corpus.py).
enum HostilePaths {
    static let corpus = PackagePaths.root.appendingPathComponent("Tests/Hostile")

    static func file(_ name: String) -> String { corpus.appendingPathComponent(name).path }
}

/// Sandboxes whose database already holds the sample export and one decision (`accept 1`), the
/// state the hardening tests must leave untouched. The state is built once per test run and
/// copied, so every test starts from the same bytes.
enum SeededSandbox {
    private static let template: Result<Sandbox, any Error> = Result {
        let sandbox = try Sandbox()
        atexit { try? SeededSandbox.templateRoot.map { try FileManager.default.removeItem(at: $0) } }
        let imported = try sandbox.triage(["import", PackagePaths.sampleExport.path])
        guard imported.status == 0 else { throw SetupFailure("import of the samples failed: \(imported)") }
        let accepted = try sandbox.triage(["accept", "1"])
        guard accepted.status == 0 else { throw SetupFailure("accept 1 failed: \(accepted)") }
        return sandbox
    }

    fileprivate static var templateRoot: URL? { try? template.get().root }

    /// A fresh sandbox holding a copy of the seeded database.
    static func make() throws -> Sandbox {
        let source = try template.get().database
        let sandbox = try Sandbox()
        let folder = sandbox.database.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: source.path + suffix) {
            try FileManager.default.copyItem(atPath: source.path + suffix, toPath: sandbox.database.path + suffix)
        }
        return sandbox
    }
}

struct SetupFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Polls `condition` every 20 ms until it holds or `limit` seconds have passed; returns whether
/// it held. Used to wait for a state, never to assert how long something took.
@discardableResult
func pollUntil(_ limit: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(limit)
    while true {
        if try condition() { return true }
        if Date() > deadline { return false }
        Thread.sleep(forTimeInterval: 0.02)
    }
}

/// The process ids below `pid` (children, grandchildren…), from /proc.
func descendantProcesses(of pid: Int32) -> [Int32] {
    let path = "/proc/\(pid)/task/\(pid)/children"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    let children = text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    return children.flatMap { [$0] + descendantProcesses(of: $0) }
}

/// A command started in the background, with its output captured in files, so a test can race
/// it against others or kill it.
final class BackgroundRun {
    let process = Process()
    private let capture: URL
    private var out: FileHandle?
    private var err: FileHandle?

    /// Starts `executable ARGUMENTS` in `sandbox` with the sandbox's environment plus `extra`.
    init(_ sandbox: Sandbox, executable: URL, _ arguments: [String], environment extra: [String: String] = [:]) throws {
        capture = sandbox.root.appendingPathComponent(".background-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: capture.appendingPathComponent("stdout").path, contents: nil)
        FileManager.default.createFile(atPath: capture.appendingPathComponent("stderr").path, contents: nil)
        let out = try FileHandle(forWritingTo: capture.appendingPathComponent("stdout"))
        let err = try FileHandle(forWritingTo: capture.appendingPathComponent("stderr"))
        self.out = out
        self.err = err
        process.executableURL = executable
        process.arguments = arguments
        process.environment = sandbox.environment(extra)
        process.currentDirectoryURL = sandbox.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
    }

    /// Starts invite-triage with `arguments` against the sandbox database.
    convenience init(triage sandbox: Sandbox, _ arguments: [String], environment extra: [String: String] = [:],
                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        let binary = try #require(Binary.url, "invite-triage is not built", sourceLocation: sourceLocation)
        try self.init(sandbox, executable: binary, arguments + ["--db", sandbox.database.path], environment: extra)
    }

    var isRunning: Bool { process.isRunning }
    var pid: Int32 { process.processIdentifier }

    /// What it has written to stderr so far.
    var stderrSoFar: String {
        (try? String(contentsOf: capture.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
    }

    /// SIGKILL to this process and everything it started, by process id.
    func kill() {
        guard process.isRunning else { return }
        let victims = descendantProcesses(of: pid)
        _ = Foundation.kill(pid, SIGKILL)
        for victim in victims { _ = Foundation.kill(victim, SIGKILL) }
    }

    /// Waits for the end (killing it after `limit` seconds, if given) and returns what it did.
    func finish(killAfter limit: TimeInterval? = nil) -> (result: RunResult, signal: Int32?) {
        if let limit, !pollUntil(limit, { !process.isRunning }) { kill() }
        process.waitUntilExit()
        try? out?.close()
        try? err?.close()
        out = nil
        err = nil
        defer { try? FileManager.default.removeItem(at: capture) }
        let stdout = (try? Data(contentsOf: capture.appendingPathComponent("stdout"))) ?? Data()
        let stderr = (try? Data(contentsOf: capture.appendingPathComponent("stderr"))) ?? Data()
        let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        return (RunResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                          stderr: String(decoding: stderr, as: UTF8.self)), signal)
    }
}

/// One run of invite-triage measured by GNU time: how it ended and its peak memory.
struct MeasuredRun: CustomStringConvertible {
    let result: RunResult
    /// The signal that ended it, if one did.
    let signal: Int32?
    /// Maximum resident set size in KiB; nil when /usr/bin/time is not installed.
    let peakKiB: Int?
    /// Whether it was still running at the limit and had to be killed (a hang).
    let timedOut: Bool

    var description: String {
        "\(result)\n--- signal \(signal.map(String.init) ?? "none"), peak \(peakKiB.map { "\($0) KiB" } ?? "unknown")\(timedOut ? ", KILLED AFTER THE TIME LIMIT" : "")"
    }

    /// Runs invite-triage `arguments --db SANDBOX-DB` under `/usr/bin/time -v`, killing it after
    /// `limit` seconds.
    static func triage(_ sandbox: Sandbox, _ arguments: [String], limit: TimeInterval = 300,
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> MeasuredRun {
        let binary = try #require(Binary.url, "invite-triage is not built", sourceLocation: sourceLocation)
        let time = URL(fileURLWithPath: "/usr/bin/time")
        let arguments = arguments + ["--db", sandbox.database.path]
        guard FileManager.default.isExecutableFile(atPath: time.path) else {
            let run = try BackgroundRun(sandbox, executable: binary, arguments)
            let (result, signal) = run.finish(killAfter: limit)
            return MeasuredRun(result: result, signal: signal, peakKiB: nil, timedOut: signal == SIGKILL)
        }
        let stats = sandbox.root.appendingPathComponent(".time-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: stats) }
        let run = try BackgroundRun(sandbox, executable: time, ["-v", "-o", stats.path, binary.path] + arguments)
        let timedOut = !pollUntil(limit) { !run.isRunning }
        let (result, timeSignal) = run.finish(killAfter: 0)
        let report = (try? String(contentsOf: stats, encoding: .utf8)) ?? ""
        func number(after label: String) -> Int? {
            guard let line = report.split(separator: "\n").first(where: { $0.contains(label) }) else { return nil }
            return Int(line.split(separator: " ").last ?? "")
        }
        let signal = number(after: "Command terminated by signal").map(Int32.init) ?? timeSignal
        let status = number(after: "Exit status:").map(Int32.init) ?? result.status
        return MeasuredRun(result: RunResult(status: status, stdout: result.stdout, stderr: result.stderr),
                           signal: signal, peakKiB: number(after: "Maximum resident set size"), timedOut: timedOut)
    }
}

/// Characters that must never reach a terminal raw: C0 controls except the newline, DEL, C1
/// controls, bidi embeddings, overrides and isolates, zero-width characters and the BOM.
func rawControlCharacters(in text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        // The joiners of emoji and of Persian spelling (U+200C, U+200D) are writing, not tricks.
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
}

/// Whether the raw bytes of the file at `path` hold `needle` (UTF-8), in any letter case.
func fileBytes(_ path: String, contain needle: String) -> Bool {
    guard let data = FileManager.default.contents(atPath: path) else { return false }
    return Set([needle, needle.lowercased(), needle.uppercased()]).contains { data.range(of: Data($0.utf8)) != nil }
}

/// Writes an Invitations.csv (7-column era) of incoming invitations numbered `rows`, one a
/// minute from 1 January 2025, each sender with their own profile URL.
func writeBulkInvitations(to url: URL, rows: Range<Int>) throws {
    FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    let monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    var text = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    for index in rows {
        var day = index / 1440
        let minuteOfDay = index % 1440
        var month = 0
        while day >= monthDays[month % 12] { day -= monthDays[month % 12]; month += 1 }
        let year = 25 + month / 12
        let hour = minuteOfDay / 60, minute = minuteOfDay % 60
        let clock = "\(hour % 12 == 0 ? 12 : hour % 12):\(minute < 10 ? "0" : "")\(minute) \(hour < 12 ? "AM" : "PM")"
        text += "Bulk Person \(index),Elena Marsh,\"\(month % 12 + 1)/\(day + 1)/\(year), \(clock)\",Hello number \(index),INCOMING,"
        text += "https://www.linkedin.com/in/bulk-person-\(index),https://www.linkedin.com/in/elena-marsh-7b21a4\n"
        if text.utf8.count > 1 << 20 {
            handle.write(Data(text.utf8))
            text = ""
        }
    }
    handle.write(Data(text.utf8))
}
