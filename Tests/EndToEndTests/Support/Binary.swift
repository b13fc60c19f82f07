import Foundation

/// The built `invite-triage` executable: `INVITE_TRIAGE_BIN` when set, else beside the test
/// bundle, else `.build/debug/invite-triage` under the package root.
enum Binary {
    static let url: URL? = {
        let fileManager = FileManager.default
        if let given = ProcessInfo.processInfo.environment["INVITE_TRIAGE_BIN"], !given.isEmpty {
            return URL(fileURLWithPath: given)
        }
        var candidates: [URL] = []
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("invite-triage"))
        }
        if let first = CommandLine.arguments.first {
            let executable = URL(fileURLWithPath: first).resolvingSymlinksInPath()
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("invite-triage"))
        }
        candidates.append(PackagePaths.root.appendingPathComponent(".build/debug/invite-triage"))
        return candidates.first { fileManager.isExecutableFile(atPath: $0.path) }
    }()
}

/// What one run of a command did.
struct RunResult: CustomStringConvertible {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Non-empty lines of standard error.
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
}

/// Runs `executable` with exactly `environment`, no standard input, and output captured in files
/// (pipes could fill up and block a large output).
func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String], in folder: URL) throws -> RunResult {
    let capture = folder.appendingPathComponent(".capture-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: capture) }
    let outURL = capture.appendingPathComponent("stdout")
    let errURL = capture.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = folder
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return RunResult(status: process.terminationStatus,
                     stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                     stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}
