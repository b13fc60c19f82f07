import Testing

/// Each incoming invitation of samples/linkedin-export, imported with the owner's groups in the
/// config, triaged as Tests/EndToEndTests/Fixtures/sample-expectations.json says.
@Suite struct SampleExportTriageTests {
    static let knownMismatches: [KnownMismatch] = []

    @Test func everyIncomingInvitationHasExactlyOneExpectation() throws {
        let expectations = try TriageExpectation.load("sample-expectations.json")
        let listing = try TriagedInvitation.decode(try ClassifiedSamples.exportListing.get())
        #expect(expectations.count == 36)
        #expect(listing.count == expectations.count)
        let keys = expectations.map { "\($0.sender)|\($0.sentAt)" }
        #expect(Set(keys).count == keys.count, "two expectations for one invitation")
    }

    @Test(arguments: try TriageExpectation.load("sample-expectations.json"))
    func invitationIsTriagedAsExpected(_ expectation: TriageExpectation) throws {
        let listing = try TriagedInvitation.decode(try ClassifiedSamples.exportListing.get())
        try checkTriage(expectation, in: listing, knownMismatches: Self.knownMismatches)
    }
}
