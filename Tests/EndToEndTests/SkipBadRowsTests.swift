import Foundation
import Testing

/// `--skip-bad-rows`: a bad row becomes a warning and a count; the rest is imported, exit 0.
@Suite struct SkipBadRowsTests {
    static let csv = """
        From,To,Sent At,Message,Direction
        Anna Good,Elena Marsh,"11/20/26, 9:00 AM",,INCOMING
        Carl Broken,Elena Marsh,"2/31/26, 9:00 AM",,INCOMING
        Dora Sideways,Elena Marsh,"11/19/26, 9:00 AM",,SIDEWAYS
        ,Elena Marsh,"11/18/26, 9:00 AM",,INCOMING
        Eve Good,Elena Marsh,"11/17/26, 9:00 AM",,INCOMING
        Finn Future,Elena Marsh,"1/1/29, 9:00 AM",,INCOMING

        """

    @Test func withoutTheFlagTheFirstBadRowFailsTheImport() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("rows.csv", text: Self.csv)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderrLines == ["invite-triage: error: \(file):3: Sent At: no such date or time in date \"2/31/26, 9:00 AM\""])
    }

    @Test func withTheFlagBadRowsAreCountedAndGoodOnesStored() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("rows.csv", text: Self.csv)
        let result = try sandbox.triage(["import", file, "--skip-bad-rows"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\(file): invitations: 2 new, 4 rejected"), "\(result)")
        #expect(Set(try sandbox.listAll().compactMap(\.name)) == ["Anna Good", "Eve Good"])
    }

    @Test func warningsNameTheLinesOfTheFirstThree() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("rows.csv", text: Self.csv)
        let result = try sandbox.triage(["import", "--skip-bad-rows", file])
        let warnings = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  warning: ") }
        #expect(warnings.count == 3, "\(result)")
        #expect(warnings.first?.contains("line 3: Sent At:") == true)
        #expect(warnings.dropFirst().first?.contains("line 4: Direction \"SIDEWAYS\" is neither INCOMING nor OUTGOING") == true)
        #expect(warnings.last?.contains("line 5: From is empty") == true)
        #expect(warnings.allSatisfy { $0.hasSuffix("(skipped)") })
    }

    @Test func flagDoesNotRescueAFileThatCannotBeRead() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("quote.csv", text: "From,To,Sent At,Message,Direction\nA,B,\"11/20/26, 9:00 AM,,INCOMING\n")
        let result = try sandbox.triage(["import", "--skip-bad-rows", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file):2: a quoted field is never closed"), "\(result)")
    }
}
