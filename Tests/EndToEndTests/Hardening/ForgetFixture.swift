import Foundation
import Testing

/// An export naming one distinctive person everywhere an export can: an incoming and an
/// outgoing invitation, a connection, a message and a contact; plus a bystander whose data
/// must survive their being forgotten.
enum ForgetFixture {
    static let name = "Quirin Vexmoor-Zweistein"
    static let url = "https://www.linkedin.com/in/quirin-vexmoor-x7q"
    static let note = "Zebrafish marmalade protocol, Quirin here from Vexmoor Analytics"
    static let decisionNote = "met Quirin Vexmoor at the zebrafish summit"
    /// What the raw bytes must not hold after `forget` (searched in any letter case).
    static let traces = ["Quirin", "Vexmoor", "quirin-vexmoor-x7q", "Zebrafish", "marmalade"]

    static let bystander = "Wilma Keepsake"
    static let bystanderURL = "https://www.linkedin.com/in/wilma-keepsake"

    static let owner = "https://www.linkedin.com/in/elena-marsh-7b21a4"

    static func write(into sandbox: Sandbox, folder: String = "forget-export") throws -> String {
        try sandbox.write("\(folder)/Invitations.csv", text: """
            From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
            \(name),Elena Marsh,"11/20/26, 9:00 AM","\(note)",INCOMING,\(url),\(owner)
            \(bystander),Elena Marsh,"11/21/26, 10:00 AM",Hello from Wilma about the platform guild,INCOMING,\(bystanderURL),\(owner)
            Elena Marsh,\(name),"11/10/26, 8:00 AM",,OUTGOING,\(owner),\(url)

            """)
        try sandbox.write("\(folder)/Connections.csv", text: """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Quirin,Vexmoor-Zweistein,\(url),,Vexmoor Analytics,Zebrafish Wrangler,22 Nov 2026

            """)
        try sandbox.write("\(folder)/messages.csv", text: """
            CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT
            q-1,,\(name),\(url),Elena Marsh,\(owner),2026-11-19 10:00:00 UTC,,Zebrafish marmalade again,INBOX,,No
            q-1,,Elena Marsh,\(owner),\(name),\(url),2026-11-19 11:00:00 UTC,,Thanks Quirin,INBOX,,No

            """)
        try sandbox.write("\(folder)/Contacts.csv", text: """
            Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles
            MOBILE_CONTACTS,Quirin,Vexmoor-Zweistein,Vexmoor Analytics,,quirin@vexmoor.example,+31 6 00000000,"3/14/24, 9:02 PM",,,,\(name),,,,

            """)
        return sandbox.url(folder).path
    }

    /// The database and its -wal and -shm files, those that exist.
    static func databaseFiles(_ sandbox: Sandbox) -> [String] {
        ["", "-wal", "-shm"].map { sandbox.database.path + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// The traces found in the raw bytes of the database files, as "TRACE in FILE".
    static func tracesOnDisk(_ sandbox: Sandbox) -> [String] {
        databaseFiles(sandbox).flatMap { file in
            traces.filter { fileBytes(file, contain: $0) }.map { "\($0) in \((file as NSString).lastPathComponent)" }
        }
    }

    /// The id of the invitation from `name`, from `list --status all --format json`.
    static func id(of name: String, in sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let item = try #require(try sandbox.listAll(sourceLocation: sourceLocation).first { $0.name == name }, "\(name) not listed",
                                sourceLocation: sourceLocation)
        return try #require(item.id, sourceLocation: sourceLocation)
    }
}
