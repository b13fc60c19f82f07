import Testing
@testable import InviteTriage

/// One spelling per profile, so raw-Unicode, percent-encoded and country-domain URLs match.
@Suite struct ProfileURLTests {
    @Test func percentEncodingIsDecoded() {
        #expect(ProfileURL.normalize("https://www.linkedin.com/in/matthias-k%C3%B6hler-4e1b09") == "https://www.linkedin.com/in/matthias-köhler-4e1b09")
    }

    @Test func rawUnicodeAndPercentEncodedFormsAreEqual() {
        let raw = ProfileURL.normalize("https://www.linkedin.com/in/nguyễn-thị-lan-0a4471")
        let encoded = ProfileURL.normalize("https://www.linkedin.com/in/nguy%E1%BB%85n-th%E1%BB%8B-lan-0a4471")
        #expect(raw != nil)
        #expect(raw == encoded)
    }

    @Test func decomposedAccentsAreComposed() {
        // o + U+0308 COMBINING DIAERESIS, raw and percent-encoded.
        #expect(ProfileURL.normalize("https://www.linkedin.com/in/ko\u{0308}hler") == "https://www.linkedin.com/in/k\u{00F6}hler")
        #expect(ProfileURL.normalize("https://www.linkedin.com/in/ko%CC%88hler") == "https://www.linkedin.com/in/k\u{00F6}hler")
    }

    @Test func everythingIsLowerCased() {
        #expect(ProfileURL.normalize("HTTPS://WWW.LinkedIn.com/in/Jan-JANSEN") == "https://www.linkedin.com/in/jan-jansen")
        #expect(ProfileURL.normalize("https://www.linkedin.com/in/%C3%89LODIE") == "https://www.linkedin.com/in/élodie")
    }

    @Test(arguments: [
        "https://www.linkedin.com/in/jan-jansen",
        "http://www.linkedin.com/in/jan-jansen",
        "https://linkedin.com/in/jan-jansen",
        "www.linkedin.com/in/jan-jansen",
        "linkedin.com/in/jan-jansen",
        "https://nl.linkedin.com/in/jan-jansen",
        "https://nl.linkedin.com/in/jan-jansen/",
        "https://www.linkedin.com/in/jan-jansen//",
        "https://www.linkedin.com/in/jan-jansen?trk=people-guest",
        "https://www.linkedin.com/in/jan-jansen/?originalSubdomain=nl#about",
        "https://www.linkedin.com/in/jan-jansen#experience",
        "  https://www.linkedin.com/in/jan-jansen \n",
    ])
    func spellingsOfOneProfile(raw: String) {
        #expect(ProfileURL.normalize(raw) == "https://www.linkedin.com/in/jan-jansen")
    }

    @Test func slugEndingInADashKeepsIt() {
        #expect(ProfileURL.normalize("https://www.linkedin.com/in/lotte-van-dijk-") == "https://www.linkedin.com/in/lotte-van-dijk-")
    }

    @Test(arguments: ["https://www.linkedin.com/in", "https://www.linkedin.com/in/", "https://nl.linkedin.com/in",
                      "https://www.linkedin.com", "https://www.linkedin.com/", "", "   "])
    func textThatNamesNoProfileIsNil(raw: String) {
        #expect(ProfileURL.normalize(raw) == nil)
    }

    @Test func missingValueIsNil() {
        #expect(ProfileURL.normalize(nil) == nil)
    }

    @Test func slugBecomesAProfileURL() {
        #expect(ProfileURL.fromSlug("ingrid-solberg-eng") == "https://www.linkedin.com/in/ingrid-solberg-eng")
        #expect(ProfileURL.fromSlug(" Jan-Jansen ") == "https://www.linkedin.com/in/jan-jansen")
        #expect(ProfileURL.fromSlug("matthias-k%C3%B6hler-4e1b09") == "https://www.linkedin.com/in/matthias-köhler-4e1b09")
    }

    @Test func emptySlugIsNil() {
        #expect(ProfileURL.fromSlug(nil) == nil)
        #expect(ProfileURL.fromSlug("") == nil)
        #expect(ProfileURL.fromSlug("  ") == nil)
    }
}
