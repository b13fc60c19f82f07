import Testing
@testable import InviteTriage

/// Start and end dates of positions and schooling, normalised to `YYYY` or `YYYY-MM`.
@Suite struct PartialDateTests {
    @Test(arguments: [
        ("Dec 2022", "2022-12"),
        ("March 2021", "2021-03"),
        ("2004", "2004"),
        ("2015-01", "2015-01"),
        ("2019-03-15", "2019-03"),
        ("03/2019", "2019-03"),
        ("3/2019", "2019-03"),
        (" Jun 2016 ", "2016-06"),
    ])
    func normalised(raw: String, expected: String) {
        #expect(PartialDate.normalize(raw) == expected)
    }

    @Test(arguments: ["", "Not Available", "Present", "1850", "2300", "22", "Dec"])
    func nothingUsable(raw: String) {
        #expect(PartialDate.normalize(raw) == nil)
    }

    @Test func missingIsNil() {
        #expect(PartialDate.normalize(nil) == nil)
    }

    @Test func normalisedValuesCompareAsText() throws {
        let start = try #require(PartialDate.normalize("Jun 2016"))
        let end = try #require(PartialDate.normalize("Feb 2021"))
        let year = try #require(PartialDate.normalize("2018"))
        #expect(start < year && year < end)
    }
}
