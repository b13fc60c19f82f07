import Testing

/// Each invitation of samples/invitations.json, imported alone (no Connections, no messages, no
/// config; the groups come from its `owner`), triaged as json-expectations.json says.
///
/// The expectations give `sentAt` as the JSON writes it, in UTC (`…Z` without seconds); `list`
/// prints wall-clock time in the local zone (Europe/Amsterdam here), so the match converts.
@Suite struct SampleJSONTriageTests {
    static let knownMismatches: [KnownMismatch] = []

    @Test func everyInvitationHasExactlyOneExpectation() throws {
        let expectations = try TriageExpectation.load("json-expectations.json")
        let listing = try TriagedInvitation.decode(try ClassifiedSamples.jsonListing.get())
        #expect(expectations.count == 10)
        #expect(listing.count == expectations.count)
    }

    @Test(arguments: try TriageExpectation.load("json-expectations.json"))
    func invitationIsTriagedAsExpected(_ expectation: TriageExpectation) throws {
        let listing = try TriagedInvitation.decode(try ClassifiedSamples.jsonListing.get())
        try checkTriage(expectation, in: listing, inputInUTC: true, knownMismatches: Self.knownMismatches)
    }
}
