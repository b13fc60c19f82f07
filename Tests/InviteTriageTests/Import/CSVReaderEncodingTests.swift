import Testing
@testable import InviteTriage

/// UTF-8 first; Windows-1252 only when every earlier byte was ASCII; mixed encodings refused.
@Suite struct CSVReaderEncodingTests {
    @Test(arguments: csvChunkSizes)
    func utf8TextIsKeptAsWritten(chunkSize: Int) throws {
        let csv = try ChunkedCSV("Nguyễn Thị Lan,王芳,Zoë 😀\n", chunkSize: chunkSize)
        #expect(csv.fields == [["Nguyễn Thị Lan", "王芳", "Zoë 😀"]])
        #expect(!csv.usedWindows1252)
    }

    @Test(arguments: csvChunkSizes)
    func windows1252IsReadWhenEverythingBeforeWasASCII(chunkSize: Int) throws {
        // "René" with é as 0xE9, "€ 400" with € as 0x80, curly quotes as 0x93/0x94.
        var bytes = Array("name,amount\n".utf8)
        bytes += Array("Ren".utf8) + [0xE9] + Array(",".utf8) + [0x80] + Array(" 400\n".utf8)
        bytes += [0x93] + Array("quoted".utf8) + [0x94] + Array(",plain\n".utf8)
        let csv = try ChunkedCSV(bytes, chunkSize: chunkSize)
        #expect(csv.fields == [["name", "amount"], ["René", "€ 400"], ["\u{201C}quoted\u{201D}", "plain"]])
        #expect(csv.usedWindows1252)
    }

    @Test(arguments: csvChunkSizes)
    func invalidUTF8AfterNonASCIIUTF8IsRefusedWithItsLine(chunkSize: Int) throws {
        var bytes = Array("Zoë,ok\n".utf8)
        bytes += Array("fine,fine\n".utf8)
        bytes += Array("Ren".utf8) + [0xE9] + Array(",x\n".utf8)
        let problem = csvProblem(bytes, chunkSize: chunkSize)
        guard case .invalidUTF8(let line)? = problem else {
            Issue.record("expected invalidUTF8, got \(String(describing: problem))")
            return
        }
        #expect(line == 3)
    }

    @Test func invalidUTF8MessageSaysMixedEncodings() {
        #expect(CSVReader.Problem.invalidUTF8(line: 3).message.contains("neither UTF-8 nor Windows-1252"))
    }
}

/// Bounds that keep a damaged or hostile file from exhausting memory.
@Suite struct CSVReaderLimitTests {
    @Test func rowWithTheMaximumNumberOfFieldsIsRead() throws {
        let row = Array(repeating: "x", count: CSVReader.maxFields).joined(separator: ",") + "\n"
        let csv = try ChunkedCSV(row, chunkSize: 4096)
        #expect(csv.records.first?.fields.count == CSVReader.maxFields)
    }

    @Test func rowWithTooManyFieldsIsRefusedWithItsLine() {
        let row = Array(repeating: "x", count: CSVReader.maxFields + 1).joined(separator: ",") + "\n"
        let problem = csvProblem(Array(("a,b\n" + row).utf8), chunkSize: 4096)
        guard case .tooManyFields(let line)? = problem else {
            Issue.record("expected tooManyFields, got \(String(describing: problem))")
            return
        }
        #expect(line == 2)
    }

    @Test func fieldOfExactlyTheMaximumLengthIsRead() throws {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: CSVReader.maxFieldBytes) + Array(",b\n".utf8)
        let csv = try ChunkedCSV(bytes, chunkSize: 65_536)
        #expect(csv.records.first?.fields.first?.utf8.count == CSVReader.maxFieldBytes)
    }

    @Test func fieldLongerThanTheMaximumIsRefusedWithItsLine() {
        var bytes = Array("a,b\nc,d\n\"".utf8)
        bytes += Array(repeating: UInt8(ascii: "a"), count: CSVReader.maxFieldBytes + 1)
        bytes += Array("\"\n".utf8)
        let problem = csvProblem(bytes, chunkSize: 65_536)
        guard case .fieldTooLong(let line)? = problem else {
            Issue.record("expected fieldTooLong, got \(String(describing: problem))")
            return
        }
        #expect(line == 3)
    }
}
