import Foundation
import Testing

/// An export's CSV files of different kinds are read side by side; the result, the report and
/// the error must be those of reading them one after the other.
@Suite struct SideBySideFilesTests {
    private let connectionsHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    private let invitationsHeader = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"

    /// `count` connections, one per line, after the header (line 1): connection i is on line i + 2.
    private func connections(_ count: Int, badAtEnd: Bool = false) -> String {
        var text = connectionsHeader
        for index in 0..<count {
            text += "Person,Number\(index),https://www.linkedin.com/in/person-\(index),,Acme,Engineer,08 Nov 2026\n"
        }
        if badAtEnd { text += "Broken,Date,https://www.linkedin.com/in/broken,,Acme,Engineer,not a date\n" }
        return text
    }

    private func invitation(from name: String, url: String, at time: String, message: String = "") -> String {
        "\(name),Ana Owner,\"\(time)\",\(message),INCOMING,https://www.linkedin.com/in/\(url),https://www.linkedin.com/in/ana-owner\n"
    }

    @Test func anEarlierFilesErrorComesBeforeALaterFilesError() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        // Connections.csv fails on its last line; Invitations.csv, read beside it, on its second.
        let connectionsPath = try sandbox.write("export/Connections.csv", text: connections(20_000, badAtEnd: true))
        _ = try sandbox.write("export/Invitations.csv", text: invitationsHeader + "Eve,Bad,not a time,,INCOMING,,\n")
        let result = try sandbox.triage(["import", sandbox.url("export").path])
        #expect(result.status == 65, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.contains("\(connectionsPath):20002"), "\(result)")
        #expect(!result.stderr.contains("Invitations.csv"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.database.path), "a failed first import leaves no database")
    }

    @Test func aLaterFilesErrorIsReportedWhenTheEarlierFilesAreFine() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        _ = try sandbox.write("export/Connections.csv", text: connections(20_000))
        let invitationsPath = try sandbox.write("export/Invitations.csv", text: invitationsHeader
            + invitation(from: "Dora Good", url: "dora", at: "11/01/26, 10:00 AM") + "Eve,Bad,not a time,,INCOMING,,\n")
        let result = try sandbox.triage(["import", sandbox.url("export").path])
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains("\(invitationsPath):3"), "\(result)")
    }

    @Test func everyFileIsReportedInFileOrder() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        _ = try sandbox.write("export/Connections.csv", text: connections(5_000))
        _ = try sandbox.write("export/Invitations.csv", text: invitationsHeader
            + invitation(from: "Dora Good", url: "dora", at: "11/01/26, 10:00 AM", message: "Hi Ana"))
        _ = try sandbox.write("export/Unknown.csv", text: "a,b\n1,2\n")
        let result = try sandbox.importing([sandbox.url("export").path])
        let folder = sandbox.url("export").path
        #expect(result.stdout.split(separator: "\n").prefix(3) == [
            "\(folder)/Connections.csv: connections: 5000 new",
            "\(folder)/Invitations.csv: invitations: 1 new",
            "skipped (not read): \(folder)/Unknown.csv",
        ], "\(result)")
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM connection") == 5_000)
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM invitation") == 1)
    }

    @Test func filesOfOneKindAreReadOneAfterTheOther() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        // The same invitation in both files, with different notes: the first file's note is
        // kept, as when the files are read in order, even though the second file's copy is
        // on its second line and the first file's on its last.
        var first = invitationsHeader
        for index in 0..<20_000 {
            first += invitation(from: "Sender \(index)", url: "sender-\(index)", at: "10/01/26, 10:00 AM")
        }
        first += invitation(from: "Dora Good", url: "dora", at: "11/01/26, 10:00 AM", message: "from the first file")
        _ = try sandbox.write("export/a.csv", text: first)
        _ = try sandbox.write("export/b.csv", text: invitationsHeader
            + invitation(from: "Dora Good", url: "dora", at: "11/01/26, 10:00 AM", message: "from the second file"))
        _ = try sandbox.importing([sandbox.url("export").path])
        #expect(try sqlite(sandbox.database, "SELECT message FROM invitation WHERE sender_name = 'Dora Good'")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "from the first file")
    }

    @Test func aDatabaseErrorStopsEveryFileAtOnceAndLeavesTheDatabaseAsItWas() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let first = try sandbox.write("first/Invitations.csv", text: invitationsHeader
            + invitation(from: "Dora Good", url: "dora", at: "11/01/26, 10:00 AM"))
        try sandbox.importing([first])
        // A failure for which SQLite rolls the whole transaction back, as for a full disk: the
        // rows of Invitations.csv, read beside, must not go on being written (each would be
        // committed on its own).
        _ = try sqlite(sandbox.database, "CREATE TRIGGER fail_messages BEFORE INSERT ON message BEGIN SELECT RAISE(ROLLBACK, 'simulated failure'); END;")
        let before = try dump(sandbox.database)
        var invitations = invitationsHeader
        for index in 0..<20_000 {
            invitations += invitation(from: "Sender \(index)", url: "sender-\(index)", at: "10/01/26, 10:00 AM")
        }
        _ = try sandbox.write("export/Invitations.csv", text: invitations)
        _ = try sandbox.write("export/messages.csv", text: """
            CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
            2-abc,,Sofia Brandt,https://www.linkedin.com/in/sofia-brandt,Ana Owner,https://www.linkedin.com/in/ana-owner,2026-11-18 17:22:40 UTC,,Hello,INBOX

            """)
        let result = try sandbox.triage(["import", sandbox.url("export").path])
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("simulated failure"), "\(result)")
        expectSameDump(before, try dump(sandbox.database))
    }
}
