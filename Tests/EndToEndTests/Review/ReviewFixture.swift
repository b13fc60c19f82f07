import Foundation
import Testing

/// The fixed database of the review tests: the sample export imported at the sandbox's "now"
/// (2026-11-26T09:00:00, Europe/Amsterdam). Pending, best first, it starts:
///  1 of 32  #1  Femke de Boer   +6 accept  met_before, personal_note
///  2 of 32  #5  Ruben Meijer    +5 accept  shared_connection, personal_note
///  3 of 32  #6  Daan Hoekstra   +5 accept  prior_conversation
///  4 of 32  #30 Lotte van Dijk  +3 accept  friend claim backed
enum ReviewFixture {
    static let pending = 32

    static func sandbox(sourceLocation: SourceLocation = #_sourceLocation) throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.importing([PackagePaths.sampleExport.path], sourceLocation: sourceLocation)
        return sandbox
    }

    /// A tmux pane running `review ARGUMENTS` on the sandbox database, its first screen drawn.
    static func pane(_ sandbox: Sandbox, _ arguments: [String] = [], width: Int = 100, height: Int = 30,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> TmuxPane {
        let pane = try TmuxPane(sandbox, script: try TmuxPane.reviewScript(sandbox, arguments), width: width, height: height,
                                sourceLocation: sourceLocation)
        do {
            try pane.waitFor("invite-triage review — ", sourceLocation: sourceLocation)
        } catch {
            pane.close()
            throw error
        }
        return pane
    }
}

/// One row of `history --format json`, as the review tests read it.
struct ReviewedEvent: Decodable {
    var invitation: Int
    var sender: String
    var decision: String?
    var note: String?
    var score: Double
    var suggestion: String
    var reasonCodes: [String]
    var source: String
    var operation: Int
    var command: String
    var undone: Bool
}

extension Sandbox {
    /// The whole decision history, oldest first.
    func reviewHistory(sourceLocation: SourceLocation = #_sourceLocation) throws -> [ReviewedEvent] {
        let result = try triage(["history", "--format", "json"], sourceLocation: sourceLocation)
        try #require(result.status == 0, "history failed: \(result)", sourceLocation: sourceLocation)
        return try JSONDecoder().decode([ReviewedEvent].self, from: Data(result.stdout.utf8))
    }

    /// Each invitation's status by id.
    func reviewStatuses(sourceLocation: SourceLocation = #_sourceLocation) throws -> [Int: String] {
        Dictionary(uniqueKeysWithValues: try listAll(sourceLocation: sourceLocation).compactMap { item in
            item.id.map { ($0, item.status ?? "?") }
        })
    }

    /// Runs `review ARGUMENTS` on the sandbox database with `input` on a pipe as its standard input
    /// (not a terminal: line mode).
    func reviewFromPipe(_ input: String, _ arguments: [String] = [], environment extra: [String: String] = [:],
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let executable = try #require(Binary.url, "invite-triage is not built", sourceLocation: sourceLocation)
        return try runFeeding(executable, ["review"] + arguments + ["--db", database.path], input: Data(input.utf8),
                              environment: environment(extra), in: root)
    }
}

/// Like `runProcess`, with `input` written to a pipe on standard input (then closed: end of input).
func runFeeding(_ executable: URL, _ arguments: [String], input: Data, environment: [String: String], in folder: URL) throws -> RunResult {
    let capture = folder.appendingPathComponent(".feed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: capture) }
    let outURL = capture.appendingPathComponent("stdout")
    let errURL = capture.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let stdin = Pipe()
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = folder
    process.standardInput = stdin
    process.standardOutput = out
    process.standardError = err
    // Written before the start: a test's few lines fit the pipe's buffer, and a reader that
    // stops early can then never block the writer.
    precondition(input.count < 16_384, "input too large for the pipe's buffer")
    try stdin.fileHandleForWriting.write(contentsOf: input)
    try stdin.fileHandleForWriting.close()
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return RunResult(status: process.terminationStatus,
                     stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                     stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}
