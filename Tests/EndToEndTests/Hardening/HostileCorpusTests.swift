import Foundation
import Testing

/// Every input of the hostile corpus, imported into a database that already holds the samples
/// and a decision: a clear one-line error naming the file (or the documented recovery), the
/// documented exit status, no crash or hang, bounded memory, and the database byte for byte as
/// it was (`sqlite3 .dump` before and after).
@Suite struct HostileCorpusTests {
    static let peakLimitKiB = 400 * 1024

    @Test func theCorpusHasAtLeastThirtyInputs() {
        #expect(HostileCorpus.all.count >= 30)
        #expect(Set(HostileCorpus.all.map(\.name)).count == HostileCorpus.all.count, "names must be unique")
    }

    @Test func everyStoredCorpusFileIsInTheTable() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: HostilePaths.corpus.path).filter { !$0.hasSuffix(".py") && !$0.hasPrefix(".") }
        let listed = Set(HostileCorpus.stored.map(\.name))
        #expect(Set(files) == listed, "Tests/Hostile and the table differ: run Tests/Hostile/make-corpus.py")
    }

    @Test(arguments: HostileCorpus.all)
    func importOfAHostileInput(_ input: HostileInput) throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let path = try input.make(sandbox)
        let before = try dump(sandbox.database)
        let run = try MeasuredRun.triage(sandbox, ["import", path], limit: input.limit)

        // Whatever the input: no crash, bounded memory, nothing raw on the terminal.
        if input.knownIssue == nil || !run.timedOut {
            #expect(run.signal == nil, "ended by a signal: \(run)")
            #expect(run.result.status < 128, "\(run)")
        }
        if let peak = run.peakKiB {
            #expect(peak < Self.peakLimitKiB, "peak memory \(peak) KiB")
        }
        #expect(rawControlCharacters(in: run.result.stderr + run.result.stdout).isEmpty, "raw control characters: \(run)")

        let after = try dump(sandbox.database)
        if let issue = input.knownIssue {
            withKnownIssue(Comment(rawValue: issue)) { expectOutcome(input, path: path, run: run, before: before, after: after) }
        } else {
            expectOutcome(input, path: path, run: run, before: before, after: after)
        }
    }

    private func expectOutcome(_ input: HostileInput, path: String, run: MeasuredRun, before: String, after: String) {
        #expect(!run.timedOut, "still running after \(Int(input.limit)) s: killed")
        #expect(input.statuses.contains(run.result.status), "\(run)")
        expectSameDump(before, after)
        if input.isRecovery {
            #expect(run.result.stderr.isEmpty, "\(run)")
            #expect(run.result.stdout.contains(input.expected), "\(run)")
        } else {
            #expect(run.result.stdout.isEmpty, "\(run)")
            #expect(run.result.stderrLines.count == 1, "not one line on stderr: \(run)")
            let line = run.result.stderrLines.first ?? ""
            #expect(line.hasPrefix("invite-triage: error: \(path)"), "the error does not start by naming the file: \(line)")
            #expect(line.contains("invite-triage: error: \(path)\(input.expected)"), "expected …\(input.expected)…: \(line)")
        }
    }
}
