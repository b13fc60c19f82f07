import Foundation
import Testing

/// `forget NAME` that matches several people lists them, asks for the URL (exit 64) and
/// deletes nothing.
@Suite struct ForgetAmbiguousNameTests {
    @Test func aNameOfTwoPeopleListsThemAndDeletesNothing() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let owner = ForgetFixture.owner
        let file = try sandbox.write("twins/Invitations.csv", text: """
            From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
            Jordan Twin,Elena Marsh,"11/20/26, 9:00 AM",First Jordan here,INCOMING,https://www.linkedin.com/in/jordan-twin-one,\(owner)
            Jordan Twin,Elena Marsh,"11/21/26, 9:00 AM",Second Jordan here,INCOMING,https://www.linkedin.com/in/jordan-twin-two,\(owner)

            """)
        try sandbox.importing([file])
        let before = try dump(sandbox.database)
        let result = try sandbox.triage(["forget", "jordan twin"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("https://www.linkedin.com/in/jordan-twin-one"), "\(result)")
        #expect(result.stderr.contains("https://www.linkedin.com/in/jordan-twin-two"), "\(result)")
        #expect(result.stderr.lowercased().contains("url"), "it does not ask for the URL: \(result)")
        expectSameDump(before, try dump(sandbox.database))
        #expect(try sandbox.listAll().filter { $0.name == "Jordan Twin" }.count == 2)
    }

    @Test func theURLThenForgetsOnlyThatOne() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let owner = ForgetFixture.owner
        let file = try sandbox.write("twins/Invitations.csv", text: """
            From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
            Jordan Twin,Elena Marsh,"11/20/26, 9:00 AM",First Jordan here,INCOMING,https://www.linkedin.com/in/jordan-twin-one,\(owner)
            Jordan Twin,Elena Marsh,"11/21/26, 9:00 AM",Second Jordan here,INCOMING,https://www.linkedin.com/in/jordan-twin-two,\(owner)

            """)
        try sandbox.importing([file])
        #expect(try sandbox.triage(["forget", "https://www.linkedin.com/in/jordan-twin-one"]).status == 0)
        let left = try sandbox.listAll().filter { $0.name == "Jordan Twin" }
        #expect(left.map(\.profileURL) == ["https://www.linkedin.com/in/jordan-twin-two"])
    }
}
