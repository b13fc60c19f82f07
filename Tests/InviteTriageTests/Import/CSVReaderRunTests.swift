import Foundation
import Testing
@testable import InviteTriage

/// `CSVReader` copies runs of field bytes at once; it must read every input as the byte-by-byte
/// reader did (kept below as the reference): the same records, lines, encoding and problems,
/// however the input is cut into chunks.
@Suite struct CSVReaderRunTests {
    enum Outcome: Equatable {
        case records([[String]], lines: [Int], windows1252: Bool)
        case problem(String, line: Int)
    }

    static func read(_ chunks: [[UInt8]], separator: UInt8) -> Outcome {
        var reader = CSVReader(separator: separator)
        var records: [CSVReader.Record] = []
        do {
            for chunk in chunks { try chunk.withUnsafeBytes { try reader.feed($0) { records.append($0) } } }
            try reader.finish { records.append($0) }
        } catch let problem as CSVReader.Problem {
            return .problem(problem.message, line: problem.line)
        } catch {
            return .problem("\(error)", line: 0)
        }
        return .records(records.map(\.fields), lines: records.map(\.line), windows1252: reader.usedWindows1252)
    }

    static func readWithReference(_ input: [UInt8], separator: UInt8) -> Outcome {
        var reader = ReferenceCSVReader(separator: separator)
        var records: [CSVReader.Record] = []
        do {
            try input.withUnsafeBytes { try reader.feed($0) { records.append($0) } }
            try reader.finish { records.append($0) }
        } catch let problem as CSVReader.Problem {
            return .problem(problem.message, line: problem.line)
        } catch {
            return .problem("\(error)", line: 0)
        }
        return .records(records.map(\.fields), lines: records.map(\.line), windows1252: reader.usedWindows1252)
    }

    /// Compares fields as bytes: `==` on strings would let canonically equal texts pass.
    static func sameOutcome(_ a: Outcome, _ b: Outcome) -> Bool {
        switch (a, b) {
        case let (.records(fieldsA, linesA, encodingA), .records(fieldsB, linesB, encodingB)):
            return linesA == linesB && encodingA == encodingB && fieldsA.map { $0.map { Array($0.utf8) } } == fieldsB.map { $0.map { Array($0.utf8) } }
        default:
            return a == b
        }
    }

    @Test func mutatedCSVsAreReadAsTheByteByByteReaderReadThem() {
        var mutator = FuzzMutator(random: FuzzRandom(seed: 0xC5F_7001), tokens: CSVReaderFuzzTests.tokens, seeds: FuzzSeeds.csv, maxLength: 4096)
        var findings = FuzzFindings()
        for _ in 0..<4_000 {
            let input = mutator.mutate(mutator.random.pick(FuzzSeeds.csv))
            let separator = mutator.random.pick([UInt8(ascii: ","), UInt8(ascii: ";"), 0x09])
            let expected = Self.readWithReference(input, separator: separator)
            if !Self.sameOutcome(Self.read([input], separator: separator), expected) { findings.add("whole input reads differently", input) }
            if !Self.sameOutcome(Self.read(mutator.chunks(input), separator: separator), expected) { findings.add("chunks read differently", input) }
        }
        #expect(findings.isEmpty, "\(findings.report)")
    }

    @Test func quotedNewlinesAndLongFieldsAsBefore() {
        let inputs = ["a,\"b\nc\",d\r\ne,f\n", "\"x\"\"y\"\"\nz\"\n2,3", "a\r\r\nb\n\n\"", "\"q\"tail,x\n", ",,\n,\n", ""]
        for text in inputs {
            for size in [1, 2, 5, 1 << 20] {
                let bytes = Array(text.utf8)
                let chunks = stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min(bytes.count, $0 + size)]) }
                #expect(Self.sameOutcome(Self.read(chunks, separator: UInt8(ascii: ",")), Self.readWithReference(bytes, separator: UInt8(ascii: ","))),
                        "\(text.debugDescription) in chunks of \(size)")
            }
        }
        for length in [CSVReader.maxFieldBytes, CSVReader.maxFieldBytes + 1] {
            for quoted in [false, true] {
                let field = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                let bytes = quoted ? [0x22] + field + [0x22, 0x0A] : field + [0x0A]
                #expect(Self.sameOutcome(Self.read([bytes], separator: UInt8(ascii: ",")), Self.readWithReference(bytes, separator: UInt8(ascii: ","))))
            }
        }
    }
}

/// The reader as it was before it copied runs (commit f324541): one byte at a time.
struct ReferenceCSVReader {
    typealias Record = CSVReader.Record
    typealias Problem = CSVReader.Problem
    static let maxFieldBytes = CSVReader.maxFieldBytes
    static let maxFields = CSVReader.maxFields

    let separator: UInt8
    private(set) var usedWindows1252 = false
    private var sawNonASCII = false

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterCR }
    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var line = 1
    private var recordLine = 1

    init(separator: UInt8) {
        self.separator = separator
        field.reserveCapacity(256)
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer, emit: (Record) throws -> Void) throws {
        for byte in bytes {
            switch state {
            case .fieldStart:
                if byte == UInt8(ascii: "\"") { state = .quoted } else { try plain(byte, emit: emit) }
            case .unquoted:
                try plain(byte, emit: emit)
            case .quoted:
                if byte == UInt8(ascii: "\"") {
                    state = .quoteInQuoted
                } else {
                    if byte == 0x0A { line += 1 }
                    try append(byte)
                }
            case .quoteInQuoted:
                if byte == UInt8(ascii: "\"") {
                    try append(byte)
                    state = .quoted
                } else {
                    // The closing quote; anything but a separator or newline after it is kept
                    // as text, as spreadsheets do.
                    state = .unquoted
                    try plain(byte, emit: emit)
                }
            case .afterCR:
                state = .fieldStart
                if byte != 0x0A {
                    if byte == UInt8(ascii: "\"") { state = .quoted } else { try plain(byte, emit: emit) }
                }
            }
        }
    }

    mutating func finish(emit: (Record) throws -> Void) throws {
        switch state {
        case .quoted: throw Problem.unclosedQuote(line: recordLine)
        case .fieldStart where fields.isEmpty && field.isEmpty, .afterCR: return
        default: try endRecord(emit: emit)
        }
    }

    private mutating func plain(_ byte: UInt8, emit: (Record) throws -> Void) throws {
        switch byte {
        case separator:
            try endField()
            state = .fieldStart
        case 0x0A:
            try endRecord(emit: emit)
            line += 1
            recordLine = line
            state = .fieldStart
        case 0x0D:
            try endRecord(emit: emit)
            line += 1
            recordLine = line
            state = .afterCR
        default:
            try append(byte)
            state = .unquoted
        }
    }

    private mutating func append(_ byte: UInt8) throws {
        guard field.count < Self.maxFieldBytes else { throw Problem.fieldTooLong(line: recordLine) }
        field.append(byte)
    }

    private mutating func endField() throws {
        guard fields.count < Self.maxFields else { throw Problem.tooManyFields(line: recordLine) }
        fields.append(try decode(field))
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord(emit: (Record) throws -> Void) throws {
        try endField()
        defer { fields.removeAll(keepingCapacity: true) }
        if fields.count == 1, fields[0].isEmpty { return }  // blank row
        try emit(Record(fields: fields, line: recordLine))
    }

    private mutating func decode(_ bytes: [UInt8]) throws -> String {
        if bytes.contains(0) { throw Problem.nulByte(line: recordLine) }
        if usedWindows1252 { return Windows1252.decode(bytes) }
        if let text = String(validating: bytes, as: UTF8.self) {
            if !sawNonASCII, bytes.contains(where: { $0 >= 0x80 }) { sawNonASCII = true }
            return text
        }
        guard !sawNonASCII else { throw Problem.invalidUTF8(line: recordLine) }
        usedWindows1252 = true
        return Windows1252.decode(bytes)
    }
}
