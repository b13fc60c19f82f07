import Foundation
import Testing
import InviteTriage

/// Importing each sample input, checked through the import report and `list --format json`.
@Suite struct ImportSamplesTests {
    static let diacriticNames = ["Nguyễn Thị Lan", "Jürgen Weiß", "Matthias Köhler", "Amélie Girard", "João Pereira",
                                 "Ana Belén Ortiz", "王芳", "Bas de Vries, CISM", "Kevin O'Brien"]

    @Test func exportFolderGives36IncomingOf4Connected() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let report = try sandbox.importing([PackagePaths.sampleExport.path])
        #expect(report.stdout.contains("Invitations.csv: invitations: 36 new, 5 outgoing kept"))
        #expect(report.stdout.contains("Connections.csv: connections: 28 new, 2 hidden members"))
        #expect(report.stdout.contains("messages.csv: messages: 23 new, 1 skipped"))
        #expect(report.stdout.contains("Contacts.csv: contacts: 4 new"))
        #expect(report.stdout.contains("4 invitation(s) now shown as connected"))
        #expect(report.stdout.contains("32 pending invitation(s)"))
        let listed = try sandbox.listAll()
        #expect(listed.count == 36)
        let connected = listed.filter { $0.status == "connected" }.compactMap(\.name).sorted()
        #expect(connected == ["Aylin Demir", "Fiona MacLeod", "Matthias Köhler", "Pieter-Jan Smits"])
        #expect(listed.filter { $0.status == "pending" }.count == 32)
        #expect(try sqliteCount(sandbox.database, "SELECT COUNT(*) FROM sent_invitation") == 5)
    }

    @Test func exportFolderSkipsSubfoldersAndUnknownFilesAndSaysSo() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let report = try sandbox.importing([PackagePaths.sampleExport.path])
        let skipped = try #require(report.stdout.split(separator: "\n").first { $0.hasPrefix("skipped (not read):") })
        #expect(skipped.contains("Jobs/"))
        #expect(skipped.contains("Ad_Targeting.csv"))
        #expect(!skipped.contains("Invitations.csv"))
    }

    @Test func listedObjectsHaveEveryKeyAndWallClockTimes() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let listed = try sandbox.listAll()
        try #require(!listed.isEmpty)
        for invitation in listed {
            #expect(Set(invitation.object.keys) == ListedInvitation.keys, "\(invitation.object.keys.sorted())")
            #expect(Set(invitation.sender.keys) == ListedInvitation.senderKeys)
            let sentAt = try #require(invitation.sentAt)
            #expect(LocalDateTime(text: sentAt)?.text == sentAt, "sentAt \(sentAt) is not YYYY-MM-DDTHH:MM:SS")
        }
        let femke = try #require(listed.first { $0.name == "Femke de Boer" })
        #expect(femke.sentAt == "2026-11-24T08:12:00")
        #expect(femke.profileURL == "https://www.linkedin.com/in/femke-de-boer-4a19c2")
        let kevin = try #require(listed.first { $0.name == "Kevin O'Brien" })
        #expect(kevin.sentAt == "2026-11-14T11:58:00")
        let lan = try #require(listed.first { $0.name == "Nguyễn Thị Lan" })
        #expect(lan.sentAt == "2026-11-21T03:05:00")
    }

    @Test func sendersKeepTheirDiacriticsAndURLsAreNormalised() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let listed = try sandbox.listAll()
        let names = Set(listed.compactMap(\.name))
        for name in Self.diacriticNames {
            #expect(names.contains(name), "missing \(name)")
        }
        let matthias = try #require(listed.first { $0.name == "Matthias Köhler" })
        #expect(matthias.profileURL == "https://www.linkedin.com/in/matthias-köhler-4e1b09")
        #expect(matthias.connectedOn == "2026-09-25")
        #expect(listed.first { $0.name == "Lotte van Dijk" }?.profileURL == "https://www.linkedin.com/in/lotte-van-dijk-")
    }

    @Test func notesWithFormulasQuotesAndEmojiSurviveIntact() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.path])
        let listed = try sandbox.listAll()
        let formula = try #require(listed.first { $0.name == "Oleksandr Petrenko" }?.message)
        #expect(formula.hasPrefix("=HYPERLINK(\""))
        #expect(listed.first { $0.name == "Nguyễn Thị Lan" }?.object["message"] is NSNull)
        #expect(listed.contains { $0.message?.contains("€") == true })
    }

    @Test func zipGivesTheSameCounts() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let report = try sandbox.importing([PackagePaths.sampleZip.path])
        #expect(report.stdout.contains("Basic_LinkedInDataExport_11-24-2026.zip:Invitations.csv: invitations: 36 new, 5 outgoing kept"))
        #expect(report.stdout.contains("Jobs/Saved Jobs.csv"))
        let listed = try sandbox.listAll()
        #expect(listed.count == 36)
        #expect(listed.filter { $0.status == "connected" }.count == 4)
    }

    @Test func singleInvitationsCSVAloneLeavesAllPending() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let csv = PackagePaths.sampleExport.appendingPathComponent("Invitations.csv").path
        let report = try sandbox.importing([csv])
        #expect(report.stdout.contains("\(csv): invitations: 36 new, 5 outgoing kept"))
        let listed = try sandbox.listAll()
        #expect(listed.count == 36)
        #expect(listed.allSatisfy { $0.status == "pending" })
    }

    @Test func singleConnectionsCSVAfterwardsMarksTheFourConnected() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleExport.appendingPathComponent("Invitations.csv").path])
        let report = try sandbox.importing([PackagePaths.sampleExport.appendingPathComponent("Connections.csv").path])
        #expect(report.stdout.contains("4 invitation(s) now shown as connected"))
        #expect(try sandbox.listAll().filter { $0.status == "connected" }.count == 4)
    }

    @Test func ownJSONFormatGivesTenWithZonedTimesInLocalTime() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let report = try sandbox.importing([PackagePaths.sampleInvitationsJSON.path])
        #expect(report.stdout.contains("invitations.json: invite-triage JSON: 10 new"))
        let listed = try sandbox.listAll()
        #expect(listed.count == 10)
        // 2026-11-21T09:12:00Z is 10:12 in Amsterdam (winter); 2026-10-19T15:55:00Z is 17:55 (summer).
        #expect(listed.first { $0.name == "Tobias Lund" }?.sentAt == "2026-11-21T10:12:00")
        #expect(listed.first { $0.name == "Lena Hoffmann" }?.sentAt == "2026-10-19T17:55:00")
        #expect(listed.first { $0.name == "Tobias Lund" }?.headline == "Site Reliability Engineer at Fjordline")
    }

    @Test func voyagerGraphGivesSixSendersNotTheOwner() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let report = try sandbox.importing([PackagePaths.sampleVoyagerJSON.path])
        #expect(report.stdout.contains("voyager-invitations.json: LinkedIn API invitations: 6 new"))
        let listed = try sandbox.listAll()
        #expect(Set(listed.compactMap(\.name)) == ["Ingrid Solberg", "Carlos Mendes", "Anouk Peters", "Felix Braun", "Wei Zhang", "Marieke Bos"])
        let ingrid = try #require(listed.first { $0.name == "Ingrid Solberg" })
        #expect(ingrid.profileURL == "https://www.linkedin.com/in/ingrid-solberg-eng")
        #expect(ingrid.headline == "Engineering Manager at Nordlys Energy")
        #expect(ingrid.sentAt == "2026-11-20T09:41:12")
        #expect(listed.first { $0.name == "Anouk Peters" }?.object["message"] is NSNull)
    }

    /// The flat shape of tools built on LinkedIn's API (formats doc §2.2, scaleabm): "sentTime"
    /// and "fullName" for "sentAt" and "name".
    @Test func flatAPIShapeWithSentTimeAndFullName() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("received.json", text: """
            [{"invitationUrn":"urn:li:fsd_invitation:123456","sharedSecret":"abc123","from":{"fullName":"John Doe","headline":"CEO at StartupCo",            "vanityName":"johndoe","profileUrl":"https://www.linkedin.com/in/johndoe/"},"sentTime":"2026-03-16T10:30:00.000Z",            "message":"Hey, saw your talk at the conference. Would love to chat."}]
            """)
        try sandbox.importing([file])
        let john = try #require(try sandbox.listAll().first)
        #expect(john.name == "John Doe")
        #expect(john.headline == "CEO at StartupCo")
        #expect(john.sentAt?.hasPrefix("2026-03-16") == true)
    }

    @Test func allSampleInputsTogetherGive52() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleZip.path, PackagePaths.sampleInvitationsJSON.path, PackagePaths.sampleVoyagerJSON.path])
        #expect(try sandbox.listAll().count == 36 + 10 + 6)
    }
}
