import Foundation
import Testing

/// A bulk decision on a terminal first shows what it will do and asks; only "y" proceeds.
/// The terminal is a pseudo-terminal made by python3's pty module.
@Suite struct BulkConfirmationTests {
    static let script = """
        import os, pty, select, sys
        answer = sys.argv[1].encode() + b"\\n"
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(sys.argv[2], sys.argv[2:])
        out, sent = b"", False
        while True:
            try:
                ready, _, _ = select.select([fd], [], [], 60)
                data = os.read(fd, 4096) if ready else b""
            except OSError:
                data = b""
            if not data:
                break
            out += data
            if not sent and b"[y/N]" in out:
                os.write(fd, answer)
                sent = True
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(out.decode("utf-8", "replace"))
        sys.exit(os.waitstatus_to_exitcode(status))
        """

    /// Runs a bulk ignore of 14 and 15 on a terminal, answering `answer` to the question.
    private func bulkOnATerminal(_ sandbox: Sandbox, answer: String) throws -> RunResult {
        let binary = try #require(Binary.url, "invite-triage is not built")
        let arguments = ["ignore", "--suggestion", "ignore", "--before", "2026-10-01", "--db", sandbox.database.path]
        return try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.script, answer, binary.path] + arguments,
                              environment: sandbox.environment(["COLUMNS": "100"]), in: sandbox.root)
    }

    @Test func itShowsWhatItWillDoAndAsks() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try bulkOnATerminal(sandbox, answer: "n")
        #expect(result.stdout.contains("About to ignore 2 invitation(s)"), "\(result)")
        #expect(result.stdout.contains("Mats Olsen"), "\(result)")
        #expect(result.stdout.contains("Nora Quist"), "\(result)")
        #expect(result.stdout.contains("Proceed? [y/N]"), "\(result)")
    }

    @Test func answeringNoChangesNothing() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        let result = try bulkOnATerminal(sandbox, answer: "n")
        #expect(result.status != 0, "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }

    @Test func answeringYesDecidesThemAsBulk() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try bulkOnATerminal(sandbox, answer: "y")
        #expect(result.status == 0, "\(result)")
        #expect(Set(try sandbox.statuses().filter { $0.value == "ignored" }.keys) == [14, 15])
        #expect(try sandbox.history().allSatisfy { $0.source == "bulk" })
    }
}
