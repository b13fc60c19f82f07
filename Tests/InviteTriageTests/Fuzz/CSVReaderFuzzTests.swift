import Foundation
import Testing
@testable import InviteTriage

/// Mutated CSVs through the import's pipeline (UTF8Stream, then CSVReader) in random chunks:
/// no crash, only `CSVReader.Problem` errors, the same records however the bytes are cut, and
/// the reader's limits always hold.
@Suite struct CSVReaderFuzzTests {
    static let iterations = 6_000
    static let tokens: [[UInt8]] = ["\"", "\"\"", ",", ";", "\t", "\r\n", "\n", "\r", "\"\n\"", "From,To,Sent At,Message,Direction\n",
                                    "\u{FEFF}", "é", "😀", "\u{1B}[31m", "\0"].map { Array($0.utf8) }
        + [[0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0xC3], [0xED, 0xA0, 0x80], [0x80]]

    enum Outcome: Equatable {
        case records([[String]], lines: [Int], windows1252: Bool)
        case problem(String, line: Int)
    }

    /// Reads `chunks` the way CSVFileImporter does.
    static func read(_ chunks: [[UInt8]], separator: UInt8) throws -> Outcome {
        var decoder = UTF8Stream()
        var reader = CSVReader(separator: separator)
        var records: [CSVReader.Record] = []
        do {
            for chunk in chunks {
                try decoder.feed(Data(chunk)) { bytes in try reader.feed(bytes) { records.append($0) } }
            }
            try decoder.finish { bytes in try reader.feed(bytes) { records.append($0) } }
            try reader.finish { records.append($0) }
        } catch let problem as CSVReader.Problem {
            return .problem(problem.message, line: problem.line)
        }
        return .records(records.map(\.fields), lines: records.map(\.line), windows1252: reader.usedWindows1252)
    }

    @Test func mutatedCSVsAreReadOrRefusedTheSameInAnyChunks() {
        var mutator = FuzzMutator(random: FuzzRandom(seed: 0xC5F_0001), tokens: Self.tokens, seeds: FuzzSeeds.csv, maxLength: 2048)
        var findings = FuzzFindings()
        for _ in 0..<Self.iterations {
            let input = mutator.mutate(mutator.random.pick(FuzzSeeds.csv))
            let separator = mutator.random.pick([UInt8(ascii: ","), UInt8(ascii: ";"), 0x09])
            do {
                let whole = try Self.read([input], separator: separator)
                let chunked = try Self.read(mutator.chunks(input), separator: separator)
                if whole != chunked { findings.add("different result in chunks", input) }
                switch whole {
                case .records(let fields, let lines, _):
                    if lines != lines.sorted() { findings.add("line numbers go backwards", input) }
                    if lines.contains(where: { $0 < 1 }) { findings.add("a line number below 1", input) }
                    if fields.contains(where: { $0.count > CSVReader.maxFields }) { findings.add("more fields than the limit", input) }
                    if fields.joined().contains(where: { $0.utf8.count > CSVReader.maxFieldBytes * 3 }) { findings.add("a field over the limit", input) }
                case .problem(_, let line):
                    if line < 1 { findings.add("a problem on line \(line)", input) }
                }
            } catch {
                findings.add("unexpected error \(type(of: error)): \(error)", input)
            }
        }
        #expect(findings.isEmpty, "\(findings.report)")
    }

    @Test func longFieldsAndManyColumnsHitTheLimitsNotMemory() {
        var random = FuzzRandom(seed: 0xC5F_0002)
        for _ in 0..<6 {
            let columns = 1_000 + random.below(100)
            let row = Array(String(repeating: "a,", count: columns).utf8)
            let outcome = try? Self.read([row], separator: UInt8(ascii: ","))
            if columns + 1 > CSVReader.maxFields {
                #expect(outcome == .problem(CSVReader.Problem.tooManyFields(line: 1).message, line: 1))
            }
        }
        let field = [UInt8](repeating: UInt8(ascii: "x"), count: CSVReader.maxFieldBytes + 1)
        #expect((try? Self.read([field], separator: UInt8(ascii: ","))) == .problem(CSVReader.Problem.fieldTooLong(line: 1).message, line: 1))
    }
}
