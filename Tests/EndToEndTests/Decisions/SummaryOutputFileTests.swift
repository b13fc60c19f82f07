import Foundation
import Testing

/// `summary --output FILE` in every format: the same text as stdout, in a file only the owner
/// can read.
@Suite struct SummaryOutputFileTests {
    @Test(arguments: ["text", "json", "markdown", "html"])
    func fileIsOwnerOnlyAndHoldsWhatStdoutWould(format: String) throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try DecisionsFixture.decideTheStandardSet(sandbox)
        let file = sandbox.url("summary.\(format)")
        let written = try sandbox.triage(["summary", "--format", format, "--output", file.path])
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty)
        #expect(written.stderr.contains(file.path), "\(written)")
        #expect(posixPermissions(file) == 0o600)
        let printed = try sandbox.triage(["summary", "--format", format])
        #expect(try String(contentsOf: file, encoding: .utf8) == printed.stdout)
    }

    @Test func unwritableOutputIsAnIOError() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["summary", "--output", sandbox.url("no/such/folder/summary.txt").path])
        #expect(result.status == 74, "\(result)")
    }
}
