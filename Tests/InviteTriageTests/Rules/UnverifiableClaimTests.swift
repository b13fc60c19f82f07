import Testing
@testable import InviteTriage

/// A claim the records cannot check is `unverifiable`, never `false`, and its evidence names the
/// missing source (issue 3, §2).
@Suite struct UnverifiableClaimTests {
    static func judge(_ note: String, _ change: (inout Evidence) -> Void) -> Classifier.Judgement {
        let facts = ElenaMarsh.invitation(note)
        var evidence = ElenaMarsh.records()
        change(&evidence)
        ElenaMarsh.receive(facts, into: &evidence)
        return ElenaMarsh.judge(facts, evidence)
    }

    @Test func colleagueClaimIsUnverifiableWhenPositionsWereNotImported() throws {
        let judgement = Self.judge("Great working with you at Oracle!") {
            $0.positions = []
            $0.positionsKnown = false
        }
        let claim = try #require(judgement.claims(.colleague).first, "\(judgement.summary)")
        #expect(claim.verdict == .unverifiable)
        #expect(claim.evidence.contains("Positions"), "names the missing source: \(claim.evidence)")
        #expect(!judgement.has(.falseClaim), "\(judgement.summary)")
        #expect(!judgement.has(.sharedEmployer), "an unverifiable claim scores 0: \(judgement.summary)")
    }

    @Test func theSameColleagueClaimIsFalseOncePositionsAreKnown() throws {
        let judgement = Self.judge("Great working with you at Oracle!") { _ in }
        let claim = try #require(judgement.claims(.colleague).first, "\(judgement.summary)")
        #expect(claim.verdict == .false)
        #expect(judgement.has(.falseClaim))
    }

    @Test func groupClaimIsUnverifiableWithNoGroupsKnownAndPointsToTheConfig() throws {
        let judgement = Self.judge("As a fellow member of the Rotterdam Swift Meetup, I'd like to connect.") { $0.groups = [] }
        let claim = try #require(judgement.claims(.group).first, "\(judgement.summary)")
        #expect(claim.verdict == .unverifiable)
        #expect(claim.evidence.contains("config"), "tells where to add the groups: \(claim.evidence)")
        #expect(!judgement.has(.falseClaim))
        #expect(!judgement.has(.sharedGroup))
    }

    @Test func friendClaimIsUnverifiableWhenConnectionsWereNotImported() throws {
        let judgement = Self.judge("As a friend I'd like to add you.") {
            $0 = Self.withoutConnections($0)
        }
        let claim = try #require(judgement.claims(.friend).first, "\(judgement.summary)")
        #expect(claim.verdict == .unverifiable)
        #expect(claim.evidence.contains("Connections"), "names the missing source: \(claim.evidence)")
        #expect(!judgement.has(.falseClaim))
    }

    @Test func friendClaimIsUnverifiableWhenMessagesWereNotImported() throws {
        let judgement = Self.judge("As a friend I'd like to add you.") { $0.messagesKnown = false }
        let claim = try #require(judgement.claims(.friend).first, "\(judgement.summary)")
        #expect(claim.verdict == .unverifiable)
        #expect(claim.evidence.contains("messages"), "names the missing source: \(claim.evidence)")
        #expect(!judgement.has(.falseClaim))
    }

    /// Elena's records as if Connections.csv had not been imported.
    static func withoutConnections(_ records: Evidence) -> Evidence {
        var evidence = Evidence()
        evidence.ownerNames = records.ownerNames
        evidence.ownerEmails = records.ownerEmails
        evidence.headline = records.headline
        evidence.positions = records.positions
        evidence.education = records.education
        evidence.skills = records.skills
        evidence.positionsKnown = true
        evidence.educationKnown = true
        evidence.messagesKnown = true
        evidence.connectionsKnown = false
        return evidence
    }
}

/// "Fellow X alum" is said of employers as well as schools.
@Suite struct AlumniClaimTests {
    @Test func alumniOfAnEmployerAreFormerColleagues() throws {
        let judgement = UnverifiableClaimTests.judge("Fellow Helio Systems alum here :)") { _ in }
        let claim = try #require(judgement.claims(.colleague).first, "\(judgement.summary)")
        #expect(claim.verdict == .backed)
        #expect(judgement.has(.sharedEmployer) && !judgement.has(.falseClaim), "\(judgement.summary)")
    }

    @Test func alumniOfNeitherASchoolNorAnEmployerIsFalseAndSaysBoth() throws {
        let judgement = UnverifiableClaimTests.judge("Fellow Oxford alum, let's connect.") { _ in }
        let claim = try #require(judgement.claims(.classmate).first, "\(judgement.summary)")
        #expect(claim.verdict == .false)
        #expect(claim.evidence.contains("schools") && claim.evidence.contains("employers"), "\(claim.evidence)")
    }

    static func judgeWithoutPositions(_ note: String) -> Classifier.Judgement {
        UnverifiableClaimTests.judge(note) {
            $0.positions = []
            $0.positionsKnown = false
        }
    }

    @Test func withoutPositionsAnAlumniClaimThatMayBeOfAnEmployerIsUnverifiable() throws {
        let judgement = Self.judgeWithoutPositions("Fellow Oxford alum, let's connect.")
        let claim = try #require(judgement.claims(.classmate).first, "\(judgement.summary)")
        #expect(claim.verdict == .unverifiable, "\(claim.evidence)")
        #expect(claim.evidence.contains("Positions"), "names the missing source: \(claim.evidence)")
        #expect(!judgement.has(.falseClaim))
    }

    @Test func aNameThatIsASchoolStaysFalseWithoutPositions() throws {
        let judgement = Self.judgeWithoutPositions("Fellow Oxford University alum, let's connect.")
        let claim = try #require(judgement.claims(.classmate).first, "\(judgement.summary)")
        #expect(claim.verdict == .false, "\(claim.evidence)")
    }
}
