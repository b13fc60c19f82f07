import Testing

/// Scores record the configuration they were computed with: after a config change `list` says
/// on stderr that scores are stale (and does not rescore), `rescore` brings them up to date.
@Suite struct StaleScoreRescoreTests {
    static let stricterConfig = ClassifiedSamples.groupsConfig + "\n[points]\ngeneric_message = -5\n"

    static func scores(_ listing: [ListedInvitation]) -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: listing.compactMap { item in
            item.id.map { ($0, TriagedInvitation(listed: item).score ?? .nan) }
        })
    }

    @Test func changedConfigMakesListWarnAndRescoreUpdates() throws {
        let (sandbox, config) = try ClassifiedSamples.importedExport()
        defer { sandbox.remove() }
        let listArguments = ["list", "--status", "all", "--format", "json", "--config", config]

        let fresh = try sandbox.triage(listArguments)
        try #require(fresh.status == 0, "\(fresh)")
        #expect(!fresh.stderr.contains("rescore"), "scores are fresh right after the import: \(fresh.stderr)")
        let before = try TriagedInvitation.decode(fresh.stdout)

        try sandbox.write("config/config.toml", text: Self.stricterConfig)
        let stale = try sandbox.triage(listArguments)
        try #require(stale.status == 0, "\(stale)")
        #expect(stale.stderr.contains("invite-triage rescore"), "list says scores are stale: \(stale.stderr)")
        let staleListing = try TriagedInvitation.decode(stale.stdout)
        #expect(Self.scores(staleListing.map(\.listed)) == Self.scores(before.map(\.listed)), "a reading command rescored")

        let rescored = try sandbox.triage(["rescore", "--config", config])
        #expect(rescored.status == 0, "\(rescored)")

        let current = try sandbox.triage(listArguments)
        try #require(current.status == 0, "\(current)")
        #expect(!current.stderr.contains("rescore"), "the stale note is gone: \(current.stderr)")
        let after = try TriagedInvitation.decode(current.stdout)
        #expect(Self.scores(after.map(\.listed)) != Self.scores(before.map(\.listed)), "no score changed")

        // A stranger with no note: generic_message now weighs more (within the form cap).
        let noNote = try #require(after.first { $0.listed.name == "Nguyễn Thị Lan" })
        let oldNoNote = try #require(before.first { $0.listed.name == "Nguyễn Thị Lan" })
        let (newScore, oldScore) = (try #require(noNote.score), try #require(oldNoNote.score))
        #expect(newScore < oldScore, "\(oldNoNote.summary) → \(noNote.summary)")
        let genericPoints = try #require(noNote.points(of: "generic_message"), "\(noNote.summary)")
        #expect(genericPoints < -2, "\(noNote.summary)")
    }

    @Test func listWithAChangedConfigLeavesTheDatabaseAlone() throws {
        let (sandbox, config) = try ClassifiedSamples.importedExport()
        defer { sandbox.remove() }
        let before = try dump(sandbox.database)
        try sandbox.write("config/config.toml", text: Self.stricterConfig)
        let listed = try sandbox.triage(["list", "--config", config])
        #expect(listed.status == 0, "\(listed)")
        expectSameDump(before, try dump(sandbox.database))
    }
}
