import Testing
@testable import InviteTriage

/// Trend bars: eighth blocks in Unicode, `#` in ASCII; nothing for zero, never nothing for
/// more than zero.
@Suite struct BarChartBarTests {
    @Test(arguments: [true, false])
    func zeroOrNoMaximumIsNoBar(unicode: Bool) {
        #expect(BarChart.bar(0, max: 5, width: 24, unicode: unicode) == "")
        #expect(BarChart.bar(3, max: 0, width: 24, unicode: unicode) == "")
    }

    @Test func fullBarIsTheWholeWidth() {
        #expect(BarChart.bar(5, max: 5, width: 24, unicode: true) == String(repeating: "█", count: 24))
        #expect(BarChart.bar(5, max: 5, width: 24, unicode: false) == String(repeating: "#", count: 24))
    }

    @Test func unicodeUsesEighthBlocksForTheRemainder() {
        // 1 of 7 over 24 columns: 27.4 eighths, so 3 full blocks and 3 eighths.
        #expect(BarChart.bar(1, max: 7, width: 24, unicode: true) == "███▍")
        // Half of 10 columns: exactly 5 blocks.
        #expect(BarChart.bar(1, max: 2, width: 10, unicode: true) == "█████")
    }

    @Test func asciiRoundsToWholeCharacters() {
        #expect(BarChart.bar(1, max: 7, width: 24, unicode: false) == "###")
        #expect(BarChart.bar(1, max: 2, width: 10, unicode: false) == "#####")
    }

    @Test(arguments: [true, false])
    func aTinyValueStillShows(unicode: Bool) {
        let bar = BarChart.bar(1, max: 1000, width: 24, unicode: unicode)
        #expect(!bar.isEmpty)
        #expect(bar.count == 1)
    }

    @Test func asciiBarHasOnlyASCII() {
        for value in 1...9 {
            #expect(BarChart.bar(value, max: 9, width: 24, unicode: false).allSatisfy { $0 == "#" })
        }
    }

    @Test func barsNeverExceedTheWidthAndGrowWithTheValue() {
        for unicode in [true, false] {
            var previous = 0
            for value in 0...40 {
                let length = BarChart.bar(value, max: 40, width: 24, unicode: unicode).count
                #expect(length <= 24)
                #expect(length >= previous)
                previous = length
            }
        }
    }
}
