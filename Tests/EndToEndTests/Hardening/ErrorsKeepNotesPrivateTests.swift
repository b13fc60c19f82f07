import Foundation
import Testing

/// An error about a row names where and what, never the whole note or an e-mail address from
/// the file.
@Suite struct ErrorsKeepNotesPrivateTests {
    static let email = "mallory.secret@example.org"
    static let note = "Please write to \(email) about the confidential merger of Vexcorp and Dunmore, details attached below"

    @Test func csvRowErrorDoesNotEchoTheNote() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let file = try sandbox.write("bad.csv", text: """
            From,To,Sent At,Message,Direction
            Mallory Leak,Elena Marsh,"2/31/26, 9:00 AM","\(Self.note)",INCOMING

            """)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        #expect(!result.stderr.contains(Self.email), "\(result)")
        #expect(!result.stderr.contains("confidential merger"), "\(result)")
    }

    @Test func jsonFieldErrorDoesNotEchoTheNoteOrEmail() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let file = try sandbox.write("bad.json", text: """
            {"invitations": [{"from": {"name": "Mallory Leak"}, "email": "\(Self.email)", "message": "\(Self.note)", "sentAt": "31 Feb 2026"}]}
            """)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        #expect(!result.stderr.contains(Self.email), "\(result)")
        #expect(!result.stderr.contains("confidential merger"), "\(result)")
    }

    @Test func directionErrorDoesNotEchoALongValue() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let file = try sandbox.write("bad-direction.csv", text: """
            From,To,Sent At,Message,Direction
            Mallory Leak,Elena Marsh,"11/20/26, 9:00 AM",hi,"\(Self.note)"

            """)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(!result.stderr.contains(Self.email), "\(result)")
        #expect(!result.stderr.lowercased().contains("confidential merger"), "\(result)")
    }
}
