import Foundation
import Testing
@testable import InviteTriage

/// The stored text of a time, written byte by byte, is the zero-padded form everywhere.
@Suite struct LocalDateTimeTextTests {
    @Test func textIsZeroPaddedAndReadsBack() throws {
        var generator = SystemRandomNumberGenerator()
        let years = [1, 9, 10, 99, 100, 999, 1000, 2002, 2026, 9999] + (0..<200).map { _ in Int.random(in: 1...9999, using: &generator) }
        for year in years {
            let month = Int.random(in: 1...12, using: &generator)
            let day = Int.random(in: 1...28, using: &generator)
            let (hour, minute, second) = (Int.random(in: 0...23), Int.random(in: 0...59), Int.random(in: 0...59))
            let time = try #require(LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
            #expect(time.text == String(format: "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second))
            #expect(LocalDateTime(text: time.text) == time)
        }
    }

    @Test func outOfRangeFieldsStillPrint() throws {
        var time = try #require(LocalDateTime(year: 2026, month: 11, day: 26))
        time.second = 60
        #expect(time.text == "2026-11-26T00:00:60")
        time.year = 12345
        #expect(time.text == "12345-11-26T00:00:60")
    }
}
