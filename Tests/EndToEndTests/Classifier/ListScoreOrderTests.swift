import Testing

/// `list --format json` is sorted best first: score descending.
@Suite struct ListScoreOrderTests {
    static func isDescending(_ listing: [TriagedInvitation]) -> Bool {
        let scores = listing.compactMap(\.score)
        return scores.count == listing.count && zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 }
    }

    @Test func pendingListIsSortedByScoreDescending() throws {
        let (sandbox, config) = try ClassifiedSamples.importedExport()
        defer { sandbox.remove() }
        let result = try sandbox.triage(["list", "--format", "json", "--config", config])
        try #require(result.status == 0, "\(result)")
        let listing = try TriagedInvitation.decode(result.stdout)
        #expect(listing.count == 32)
        #expect(Self.isDescending(listing), "\(listing.map { $0.score ?? .nan })")
        #expect(listing.first?.suggestion == "accept" && listing.last?.suggestion == "ignore")
    }

    @Test func fullListIsSortedByScoreDescending() throws {
        let listing = try TriagedInvitation.decode(try ClassifiedSamples.exportListing.get())
        #expect(Self.isDescending(listing), "\(listing.map { $0.score ?? .nan })")
        #expect(Set(listing.compactMap(\.score)).count > 3, "the scores tell invitations apart")
    }
}
