import Foundation
import Testing

/// Relationship claims in a note are checked against the records with the classifier's own
/// extraction and verification.
@Suite struct LintClaimsTests {
    @Test func aRealSharedConnectionPasses() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let (status, report) = try sandbox.lintJSON(["Sofia Brandt suggested I reach out."])
        #expect(status == 0, "\(report.findings)")
        let claim = try #require(report.claims.first)
        #expect(claim.kind == "shared_connection" && claim.verdict == "backed", "\(claim)")
    }

    @Test(arguments: ["Peter Vance suggested I reach out.", "Our mutual friend Peter Vance said I should reach out."])
    func aNonConnectionFails(_ note: String) throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let (status, report) = try sandbox.lintJSON([note])
        #expect(status == 1)
        #expect(report.codes.contains("false_claim"), "\(report.codes)")
        #expect(report.claims.contains { $0.kind == "shared_connection" && $0.verdict == "false" }, "\(report.claims)")
        let finding = try #require(report.findings.first { $0.code == "false_claim" })
        #expect(finding.message.contains("Peter Vance"), "\(finding.message)")
    }

    @Test func aColleagueClaimIsCheckedAgainstYourPositions() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let backed = try sandbox.lintJSON(["We worked together at Helio Systems on billing."])
        #expect(backed.status == 0, "\(backed.report.findings)")
        #expect(backed.report.claims.first?.verdict == "backed", "\(backed.report.claims)")
        let contradicted = try sandbox.lintJSON(["Great working with you at Oracle!"])
        #expect(contradicted.status == 1)
        #expect(contradicted.report.codes == ["false_claim"], "\(contradicted.report.codes)")
    }

    /// "I'm at Northwind too" is a claim only where it names one of your employers: then the
    /// note names common ground (passes); elsewhere it is a stock note, never a false claim.
    @Test func whereTheWriterWorksCountsOnlyWhenItIsYourEmployer() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let backed = try sandbox.lintJSON(["I'm at Northwind too, let's connect!"])
        #expect(backed.status == 0, "\(backed.report.findings)")
        #expect(backed.report.claims.map(\.verdict) == ["backed"], "\(backed.report.claims)")
        let elsewhere = try sandbox.lintJSON(["I'm at KubeCon too, let's connect!"])
        #expect(elsewhere.report.claims.isEmpty, "\(elsewhere.report.claims)")
        #expect(elsewhere.report.codes == ["generic_message"], "\(elsewhere.report.codes)")
    }

    @Test func aFriendClaimIsCheckedAgainstTheRecipient() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let note = "As a friend I'd like to add you."
        let contact = try sandbox.lintJSON([note, "--to", "Lotte van Dijk"])
        #expect(contact.status == 0, "Lotte van Dijk is in the contacts: \(contact.report.findings)")
        #expect(contact.report.claims.first?.verdict == "backed", "\(contact.report.claims)")
        let stranger = try sandbox.lintJSON([note, "--to", "Nobody Known"])
        #expect(stranger.status == 1)
        #expect(stranger.report.codes == ["false_claim"], "\(stranger.report.codes)")
    }

    @Test func aClassmateClaimIsCheckedAgainstYourSchools() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let contradicted = try sandbox.lintJSON(["We were classmates at Stanford."])
        #expect(contradicted.status == 1)
        #expect(contradicted.report.codes == ["false_claim"], "\(contradicted.report.codes)")
        let backed = try sandbox.lintJSON(["Fellow Edinburgh alum here, class of 2013!"])
        #expect(backed.status == 0, "\(backed.report.findings)")
        #expect(backed.report.claims.contains { $0.kind == "classmate" && $0.verdict == "backed" }, "\(backed.report.claims)")
    }

    @Test func eachClaimIsListedOnce() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let (_, report) = try sandbox.lintJSON(["Fellow Edinburgh alum here, class of 2013!"])
        let texts = report.claims.map(\.text)
        #expect(texts == ["Fellow Edinburgh alum"], "\(texts)")
        #expect(report.notes.isEmpty, "\(report.notes)")
    }
}
