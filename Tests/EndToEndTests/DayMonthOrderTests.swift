import Foundation
import Testing

/// A European re-save writes `25/12/2025, 14:30`. Day/month order is decided per file, from
/// the dates that cannot be read the other way.
@Suite struct DayMonthOrderTests {
    static let dayFirst = """
        From,To,Sent At,Message,Direction
        Anna Early,Elena Marsh,"3/4/26, 14:30",,INCOMING
        Bram Unclear,Elena Marsh,"5/6/26, 09:15",,INCOMING
        Carla Clear,Elena Marsh,"25/12/25, 14:30",,INCOMING
        Dirk After,Elena Marsh,"7/8/26, 10:00",,INCOMING

        """
    static let monthFirst = """
        From,To,Sent At,Message,Direction
        Eva Early,Elena Marsh,"3/4/26, 2:30 PM",,INCOMING
        Frank Clear,Elena Marsh,"12/25/25, 2:30 PM",,INCOMING

        """

    private func sentAt(_ listed: [ListedInvitation]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: listed.compactMap { item in item.name.flatMap { name in item.sentAt.map { (name, $0) } } })
    }

    @Test func dayFirstFileIsReadDayFirstThroughout() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("eu.csv", text: Self.dayFirst)
        try sandbox.importing([file])
        #expect(sentAt(try sandbox.listAll()) == [
            "Anna Early": "2026-04-03T14:30:00",
            "Bram Unclear": "2026-06-05T09:15:00",
            "Carla Clear": "2025-12-25T14:30:00",
            "Dirk After": "2026-08-07T10:00:00",
        ])
    }

    @Test func eachFileDecidesForItself() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let european = try sandbox.write("eu.csv", text: Self.dayFirst)
        let american = try sandbox.write("us.csv", text: Self.monthFirst)
        try sandbox.importing([european, american])
        let times = sentAt(try sandbox.listAll())
        #expect(times["Anna Early"] == "2026-04-03T14:30:00")
        #expect(times["Eva Early"] == "2026-03-04T14:30:00")
        #expect(times["Frank Clear"] == "2025-12-25T14:30:00")
    }

    @Test func fileWithNothingToDecideIsMonthFirstLikeLinkedIn() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("ambiguous.csv", text: """
            From,To,Sent At,Message,Direction
            Gert Unclear,Elena Marsh,"3/4/26, 2:30 PM",,INCOMING

            """)
        try sandbox.importing([file])
        #expect(try sandbox.listAll().first?.sentAt == "2026-03-04T14:30:00")
    }

    @Test func dateContradictingTheFilesOrderIsAnError() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("mixed.csv", text: """
            From,To,Sent At,Message,Direction
            Carla Clear,Elena Marsh,"25/12/25, 14:30",,INCOMING
            Frank Clear,Elena Marsh,"12/25/25, 2:30 PM",,INCOMING

            """)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file):3: date \"12/25/25, 2:30 PM\" contradicts the day/month order"), "\(result)")
    }
}
