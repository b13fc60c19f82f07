import Foundation
import Testing

/// No command opens a network connection: traced with `strace -f -e trace=network`, no
/// internet socket is created and nothing connects anywhere but a local (AF_UNIX) socket.
@Suite struct NoNetworkTests {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The network system calls of `executable ARGUMENTS` that reach beyond the machine.
    private func networkCalls(_ sandbox: Sandbox, _ executable: String, _ arguments: [String]) throws -> (RunResult, [String]) {
        let tracer = try #require(Self.strace)
        let log = sandbox.url(".strace-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: log) }
        let result = try runProcess(URL(fileURLWithPath: tracer), ["-f", "-qq", "-e", "trace=network", "-o", log.path, executable] + arguments,
                                    environment: sandbox.environment(), in: sandbox.root)
        let lines = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        let remote = lines.filter { line in
            line.contains("AF_INET") || line.contains("AF_INET6") || line.contains("AF_PACKET")
                || (line.contains("connect(") && !line.contains("AF_UNIX"))
        }
        return (result, remote)
    }

    @Test(.enabled(if: strace != nil, "skipped: strace is not installed (apt-get install strace), so network calls cannot be traced"))
    func theDetectorSeesAnInternetSocket() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (_, calls) = try networkCalls(sandbox, "/usr/bin/env", ["python3", "-c", "import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM)"])
        #expect(!calls.isEmpty, "strace did not report a socket(AF_INET) call: the check below would prove nothing")
    }

    @Test(.enabled(if: strace != nil, "skipped: strace is not installed (apt-get install strace), so network calls cannot be traced"))
    func importListShowSummaryAndLintOpenNoConnection() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let binary = try #require(Binary.url).path
        let database = ["--db", sandbox.database.path]
        for arguments in [["import", PackagePaths.sampleZip.path], ["import", PackagePaths.sampleInvitationsJSON.path], ["list"], ["show", "1"],
                          ["summary", "--format", "html"], ["export", "--format", "json"], ["lint", "We met at KubeCon"], ["accept", "1"]] {
            let (result, calls) = try networkCalls(sandbox, binary, arguments + database)
            #expect(result.status == 0, "\(arguments): \(result)")
            #expect(calls.isEmpty, "\(arguments.joined(separator: " ")) made network calls: \(calls)")
        }
    }
}
