import Testing
@testable import InviteTriage

/// Years a claim gives are checked against your dates there (Elena Marsh: Helio Systems
/// 2016-06 to 2021-02, the University of Edinburgh 2009–2013), a year's slack either side.
@Suite struct ClaimedYearsTests {
    static func claim(_ note: String, positionDates: Bool = true) throws -> ClaimDetail {
        let facts = ElenaMarsh.invitation(note)
        var evidence = ElenaMarsh.records()
        if !positionDates { evidence.positions = evidence.positions.map { var position = $0; position.start = nil; return position } }
        ElenaMarsh.receive(facts, into: &evidence)
        let judgement = ElenaMarsh.judge(facts, evidence)
        return try #require(judgement.verdict.claims.first, "\(judgement.summary)")
    }

    @Test(arguments: [
        ("we worked together at Helio Systems in 2012-2013", "2012-2013"),
        ("we worked together at Helio Systems (2011–12), remember?", "2011-2012"),
        ("we worked together at Helio Systems from 2010 to 2012", "2010-2012"),
        ("we worked together at Helio Systems back in 2014.", "2014"),
    ])
    func yearsBeforeYouWereThereMakeItFalse(note: String, period: String) throws {
        let claim = try Self.claim(note)
        #expect(claim.specifics["period"] == period)
        #expect(claim.verdict == .false, "\(claim.evidence)")
        #expect(claim.evidence.contains("not in \(period)"), "\(claim.evidence)")
    }

    @Test(arguments: ["we worked together at Helio Systems in 2019", "we worked together at Helio Systems in 2015-2016",
                      "we worked together at Helio Systems in 2022", "we worked together at Helio Systems on the 2012 roadmap"])
    func yearsWithinAYearOfYoursOrNoYearsStayBacked(note: String) throws {
        #expect(try Self.claim(note).verdict == .backed)
    }

    @Test func unknownDatesCannotContradict() throws {
        #expect(try Self.claim("we worked together at Helio Systems in 2012", positionDates: false).verdict == .backed)
    }

    @Test func aClassYearOutsideYourStudiesIsFalse() throws {
        let claim = try Self.claim("We were classmates at the University of Edinburgh, class of 2001!")
        #expect(claim.verdict == .false, "\(claim.evidence)")
    }
}
