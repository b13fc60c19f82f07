import Testing
@testable import InviteTriage

/// Ids as people type them: `12`, `12-15`, `3,4,9`, several arguments.
@Suite struct IDListParseTests {
    @Test(arguments: [
        (["12"], [12]),
        (["12-15"], [12, 13, 14, 15]),
        (["7-7"], [7]),
        (["3,4,9"], [3, 4, 9]),
        (["3,", ",4"], [3, 4]),
        (["1", "5-6,9", "2"], [1, 5, 6, 9, 2]),
    ] as [([String], [Int64])])
    func parses(arguments: [String], ids: [Int64]) throws {
        #expect(try IDList.parse(arguments) == ids)
    }

    @Test(arguments: ["15-12", "0", "0-3", "abc", "12-", "-12", "3-4-5", "1.5", " 12", "12 ", "1e3", "x-5"])
    func refusesWhatIsNoIdOrRange(argument: String) {
        #expect(throws: TriageError.self) { try IDList.parse([argument]) }
    }

    @Test(arguments: [[","], [""], [",,", ""]])
    func argumentsNamingNoIdAtAllAreRefused(arguments: [String]) {
        #expect(throws: TriageError.self) { try IDList.parse(arguments) }
    }

    @Test func errorIsAUsageErrorThatQuotesThePart() throws {
        do {
            _ = try IDList.parse(["3", "9-2"])
            Issue.record("9-2 was accepted")
        } catch let error as TriageError {
            #expect(error.status.rawValue == 64)
            #expect(error.message.contains("\"9-2\""))
        }
    }

    @Test func aHugeRangeIsRefusedNotExpanded() {
        #expect(throws: TriageError.self) { try IDList.parse(["1-9223372036854775807"]) }
        #expect(throws: TriageError.self) { try IDList.parse(["1-100001"]) }
    }

    @Test func aLongRangeWithinTheLimitIsExpanded() throws {
        #expect(try IDList.parse(["1-100000"]).count == 100_000)
    }

    @Test func controlCharactersInABadPartAreNotEchoedRaw() throws {
        do {
            _ = try IDList.parse(["\u{1B}[2J"])
            Issue.record("an escape sequence was accepted")
        } catch let error as TriageError {
            #expect(!error.message.contains("\u{1B}"))
        }
    }
}
