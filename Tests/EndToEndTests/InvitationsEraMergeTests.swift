import Foundation
import Testing

private let fiveColumns = PackagePaths.fixture("invitations-5-columns.csv").path
private let sevenColumns = PackagePaths.fixture("invitations-7-columns.csv").path

/// A 2018-era Invitations.csv (5 columns, no URLs) and a 2023+ one (7 columns) holding the same
/// invitations are one set of invitations, whichever comes first; the URLs are filled in.
@Suite struct InvitationsEraMergeTests {
    static let expectedURLs: [String: String] = [
        "Femke de Boer 2026-11-24T08:12:00": "https://www.linkedin.com/in/femke-de-boer-4a19c2",
        "Jürgen Weiß 2026-11-06T13:55:00": "https://www.linkedin.com/in/jürgen-weiß-5c8d21",
        "Victor Lindqvist 2026-10-28T12:07:00": "https://www.linkedin.com/in/victor-lindqvist-a1b2c3",
        "Victor Lindqvist 2026-06-03T17:55:00": "https://www.linkedin.com/in/victor-lindqvist-a1b2c3",
    ]

    private func urlsBySenderAndTime(_ sandbox: Sandbox) throws -> [String: String] {
        var urls: [String: String] = [:]
        for invitation in try sandbox.listAll() {
            urls["\(invitation.name ?? "?") \(invitation.sentAt ?? "?")"] = invitation.profileURL ?? "none"
        }
        return urls
    }

    @Test(arguments: [[fiveColumns, sevenColumns], [sevenColumns, fiveColumns]])
    func eitherOrderInTwoImportsGivesNoDuplicates(files: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([files[0]])
        let second = try sandbox.importing([files[1]])
        #expect(second.stdout.contains("invitations: 4 already known, 1 outgoing kept"))
        #expect(try urlsBySenderAndTime(sandbox) == Self.expectedURLs)
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM sent_invitation") == 1)
    }

    @Test(arguments: [[fiveColumns, sevenColumns], [sevenColumns, fiveColumns]])
    func eitherOrderInOneImportGivesNoDuplicates(files: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing(files)
        #expect(try urlsBySenderAndTime(sandbox) == Self.expectedURLs)
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM sent_invitation") == 1)
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM sent_invitation WHERE recipient_url IS NOT NULL") == 1)
    }

    @Test func fiveColumnsAloneHaveNoURLs() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([fiveColumns])
        let listed = try sandbox.listAll()
        #expect(listed.count == 4)
        #expect(listed.allSatisfy { $0.sender["profileUrl"] is NSNull })
    }

    @Test func repeatInvitationFromOnePersonStaysTwoInvitations() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([sevenColumns, fiveColumns])
        #expect(try sandbox.listAll().filter { $0.name == "Victor Lindqvist" }.count == 2)
    }

    @Test func sameMinuteDifferentSpellingOfTheNameWithoutURLsIsOneInvitation() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let respelled = try sandbox.write("respelled.csv", text: """
            From,To,Sent At,Message,Direction
            JURGEN  WEISS,Elena Marsh,"11/6/26, 1:55 PM",,INCOMING

            """)
        try sandbox.importing([fiveColumns])
        let second = try sandbox.importing([respelled])
        #expect(second.stdout.contains("invitations: 1 already known"))
        #expect(try sandbox.listAll().count == 4)
    }

    @Test func sameNameButDifferentURLsAreTwoPeople() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let namesake = try sandbox.write("namesake.csv", text: """
            From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
            Femke de Boer,Elena Marsh,"11/24/26, 8:12 AM",,INCOMING,https://www.linkedin.com/in/femke-de-boer-other,https://www.linkedin.com/in/elena-marsh-7b21a4

            """)
        try sandbox.importing([sevenColumns])
        try sandbox.importing([namesake])
        #expect(try sandbox.listAll().filter { $0.name == "Femke de Boer" }.count == 2)
    }
}
