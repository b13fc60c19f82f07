import Testing
@testable import InviteTriage

/// A mutual contact named by first name only is backed by the connections of that first name:
/// the one by name, or how many there are.
@Suite struct MutualContactByFirstNameTests {
    private func claim(_ note: String, _ change: (inout Evidence) -> Void = { _ in }) throws -> ClaimDetail {
        let judgement = UnverifiableClaimTests.judge(note, change)
        return try #require(judgement.claims(.sharedConnection).first, "\(judgement.summary)")
    }

    @Test func oneConnectionOfThatFirstNameIsNamed() throws {
        let claim = try claim("Our mutual contact Sofia suggested we connect.")
        #expect(claim.verdict == .backed)
        #expect(claim.evidence == "Sofia Brandt among your connections", "\(claim.evidence)")
    }

    @Test func severalAreCounted() throws {
        let claim = try claim("Our mutual contact Sofia suggested we connect.") {
            $0.addConnection(name: "Sofia Ricci", url: "https://www.linkedin.com/in/sofia-ricci", company: nil, connectedOn: nil)
            $0.addConnection(name: "Sofía Marín", url: nil, company: nil, connectedOn: nil)
        }
        #expect(claim.verdict == .backed)
        #expect(claim.evidence == "3 connections named Sofia among your connections", "\(claim.evidence)")
    }

    @Test func aFirstNameNoConnectionHasIsNotBacked() throws {
        let claim = try claim("Our mutual contact Ottilie suggested we connect.")
        #expect(claim.verdict != .backed, "\(claim.evidence)")
    }
}
