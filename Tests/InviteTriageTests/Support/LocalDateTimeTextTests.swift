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

    /// The stored form is read in place; any text reads as the general reading (every run of
    /// digits a field) would read it.
    @Test func readingTheStoredFormInPlaceAgreesWithTheGeneralReading() {
        func general(_ text: String) -> LocalDateTime? {
            let digits = text.utf8.split(whereSeparator: { !(48...57).contains($0) }).map { Int(String(decoding: $0, as: UTF8.self)) ?? -1 }
            guard digits.count == 3 || digits.count == 6 else { return nil }
            let time = digits.count == 6 ? Array(digits[3...]) : [0, 0, 0]
            return LocalDateTime(year: digits[0], month: digits[1], day: digits[2], hour: time[0], minute: time[1], second: time[2])
        }
        let texts = ["2026-11-26T09:00:00", "2024-02-29T23:59:59", "2026-02-29T00:00:00", "2026-13-01T00:00:00",
                     "2026-11-26T24:00:00", "2026-11-26T09:60:00", "2026-11-26 09:00:00", "2026-11-26T09:00:0x",
                     "0000-01-01T00:00:00", "9999-12-31T23:59:59", "2026-11-26", "2026/11/26T09:00:00", "20261126T090000000",
                     "2026-11-26T09:00:00Z", "２026-11-26T09:00:00"]
        for text in texts {
            #expect(LocalDateTime(text: text) == general(text), "\(text)")
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789-T: x")
        for _ in 0..<5_000 {
            var text = Array("2026-11-26T09:00:00")
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                text[Int.random(in: 0..<19, using: &generator)] = alphabet.randomElement(using: &generator)!
            }
            #expect(LocalDateTime(text: String(text)) == general(String(text)), "\(String(text))")
        }
    }
}
