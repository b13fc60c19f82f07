import Testing
@testable import InviteTriage

/// Which words of a note may name something of the two of them (`UnplacedNames`), and which of
/// those a mail merge to the reader fills in.
@Suite struct UnplacedNamesTests {
    static func candidates(_ note: String) -> [String] {
        UnplacedNames.candidates(NoteText(note), ownerNames: ["elena", "elena marsh"])
    }

    @Test func namesInsideSentencesAndNameShapesCount() {
        #expect(Self.candidates("hey elena, thx for the k8s workshop yesterday at Codam, learned a ton") == ["k8s", "Codam"])
        #expect(Self.candidates("Loved your post, the pgBackRest tip saved us. PUG rocks") == ["pgBackRest", "PUG"])
    }

    @Test func greetingSignOffAndSentenceStartsDoNot() {
        #expect(Self.candidates("Hi Elena, great to see you at Codam. Best, Tom Becker") == ["Codam"])
        #expect(Self.candidates("Thanks for the Codam workshop, you rock - Tom Becker") == ["Codam"])
        #expect(Self.candidates("Hallo Elena, Ik kwam je profiel tegen. Leuk om te connecten!").isEmpty)
    }

    @Test func theSendersIntroductionDoesNot() {
        #expect(Self.candidates("I'm a partner at Acme Ventures and would love to connect with you.").isEmpty)
        #expect(Self.candidates("Hi, this is Tom from Acme. We met at Codam!") == ["Codam"])
    }

    @Test func onlyNotesToTheReaderAboutNoJobAndNoMeetingToCome() {
        #expect(Self.candidates("Great talk at KubeCon today").isEmpty, "no “you” or “we”")
        #expect(Self.candidates("We're hiring at Adyen in Amsterdam, you'd be a great fit").isEmpty)
        #expect(Self.candidates("Hope we get to meet at KubeCon someday! Let's connect.").isEmpty)
        #expect(Self.candidates("Amounts are no names: we cut your bill 3x in 1h, you know").isEmpty)
    }

    @Test func namesAPitchListsDaysAndInvitationsToComeDoNot() {
        #expect(Self.candidates("Teams like Booking and Adyen use it, you should too").isEmpty)
        #expect(Self.candidates("Hi Elena, our client in London needs you").isEmpty)
        #expect(Self.candidates("Great chat on Friday at Codam, thanks again for your time") == ["Codam"])
        #expect(Self.candidates("We'd love you to join us at the Gartner IT Symposium in Barcelona").isEmpty)
        #expect(Self.candidates("I noticed you went to TU Delft, like me!").isEmpty)
    }

    @Test func germanCapitalisesEveryNounSoOnlyShapesCount() {
        #expect(Self.candidates("Hi Elena, wir haben uns auf den ContainerDays in Hamburg am Stand unterhalten") == ["ContainerDays"])
    }

    @Test func aMailMergeOfTheReadersOwnWordsIsPlaced() {
        let placed = UnplacedNames.Placed(ElenaMarsh.records())
        #expect(placed.unplaced(["Northwind", "Analytics", "Rotterdam", "Platform", "Lead", "SaaS", "Codam", "Helio"]) == ["Codam", "Helio"])
    }
}
