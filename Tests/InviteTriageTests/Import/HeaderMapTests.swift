import Testing
@testable import InviteTriage

/// Export files are recognised by their header row, verbatim from real exports of each era
/// (shared/docs/linkedin-export-formats.md), never by file name.
@Suite struct HeaderMapTests {
    private func recognise(_ header: String) -> HeaderMap? {
        HeaderMap.recognise(header.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
    }

    @Test(arguments: [
        ("From,To,Sent At,Message,Direction", ExportFileKind.invitations),
        ("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl", .invitations),
        ("First Name,Last Name,Email Address,Company,Position,Connected On", .connections),
        ("First Name,Last Name,URL,Email Address,Company,Position,Connected On", .connections),
        ("From,To,Date,Subject,Content,Direction,Folder", .messages),
        ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER", .messages),
        ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT", .messages),
        ("First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,Industry,Country,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers", .profile),
        ("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers", .profile),
        ("Company Name,Title,Description,Location,Started On,Finished On", .positions),
        ("School Name,Start Date,End Date,Notes,Degree Name,Activities", .education),
        ("Name", .skills),
        ("Email Address,Confirmed,Primary,Updated On", .emailAddresses),
        ("Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles", .contacts),
        ("First Name,Last Name,Companies,Title,Email Address,Phone Numbers,Created At,Instant Message Handles,Addresses,Sites,Full Name,Birthday,Location,Bookmarked At,Profiles", .contacts),
    ])
    func realHeaderIsRecognised(header: String, kind: ExportFileKind) {
        #expect(recognise(header)?.kind == kind)
    }

    @Test(arguments: [
        "ID,username,invitation,role",
        "Member Age,Company Names,Company Category,Company Size,Degrees,Fields of Study,Job Functions,Member Gender,Member Groups",
        "Saved Date,Job Url,Job Title,Company Name",
        "Name,Description",
        "Notes:",
        "",
        "From,To,Message,Direction",
    ])
    func otherHeaderIsNotRecognised(header: String) {
        #expect(recognise(header) == nil)
    }

    @Test func invitationColumnsAreMappedByName() throws {
        let map = try #require(recognise("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"))
        #expect(map.index[.from] == 0)
        #expect(map.index[.to] == 1)
        #expect(map.index[.sentAt] == 2)
        #expect(map.index[.message] == 3)
        #expect(map.index[.direction] == 4)
        #expect(map.index[.inviterURL] == 5)
        #expect(map.index[.inviteeURL] == 6)
    }

    @Test func fiveColumnInvitationsHaveNoURLColumns() throws {
        let map = try #require(recognise("From,To,Sent At,Message,Direction"))
        #expect(map.index[.inviterURL] == nil)
        #expect(map.index[.inviteeURL] == nil)
    }

    @Test func columnOrderAndSpellingDoNotMatter() throws {
        let map = try #require(recognise("direction,SENT_AT,message,to,from"))
        #expect(map.kind == .invitations)
        #expect(map.index[.sentAt] == 1)
        #expect(map.index[.from] == 4)
    }

    @Test func connectionsURLColumnIsFoundInTheNewEraOnly() throws {
        #expect(try #require(recognise("First Name,Last Name,URL,Email Address,Company,Position,Connected On")).index[.url] == 2)
        #expect(try #require(recognise("First Name,Last Name,Email Address,Company,Position,Connected On")).index[.url] == nil)
    }

    @Test func messageDraftColumnIsFound() throws {
        let map = try #require(recognise("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT"))
        #expect(map.index[.isDraft] == 11)
        #expect(map.index[.senderURL] == 3)
    }
}
