import Testing
@testable import InviteTriage

/// RFC 4180 quoting, line ends and blank rows, whatever the chunk boundaries.
@Suite struct CSVReaderQuotingTests {
    @Test(arguments: csvChunkSizes)
    func quotedCommaStaysInsideItsField(chunkSize: Int) throws {
        let csv = try ChunkedCSV("a,\"b, c\",d\n", chunkSize: chunkSize)
        #expect(csv.fields == [["a", "b, c", "d"]])
    }

    @Test(arguments: csvChunkSizes)
    func doubledQuotesBecomeOneQuote(chunkSize: Int) throws {
        let csv = try ChunkedCSV("\"say \"\"hi\"\"\",\"\"\"\"\n", chunkSize: chunkSize)
        #expect(csv.fields == [["say \"hi\"", "\""]])
    }

    @Test(arguments: csvChunkSizes)
    func spreadsheetFormulaWithCommasAndDoubledQuotesIsOneField(chunkSize: Int) throws {
        let csv = try ChunkedCSV("x,\"=HYPERLINK(\"\"https://example.com/a,b\"\",\"\"site\"\")\",y\n", chunkSize: chunkSize)
        #expect(csv.fields == [["x", "=HYPERLINK(\"https://example.com/a,b\",\"site\")", "y"]])
    }

    @Test(arguments: csvChunkSizes)
    func newlinesAndTabsInsideQuotesAreKept(chunkSize: Int) throws {
        let csv = try ChunkedCSV("\"line one\nline two\",\"a\tb\"\nnext,row\n", chunkSize: chunkSize)
        #expect(csv.fields == [["line one\nline two", "a\tb"], ["next", "row"]])
    }

    @Test(arguments: csvChunkSizes)
    func crlfLineEndsSplitRecords(chunkSize: Int) throws {
        let csv = try ChunkedCSV("a,b\r\nc,\"d\"\r\ne,f\r\n", chunkSize: chunkSize)
        #expect(csv.fields == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(csv.lines == [1, 2, 3])
    }

    @Test(arguments: csvChunkSizes)
    func crOnlyLineEndsSplitRecords(chunkSize: Int) throws {
        let csv = try ChunkedCSV("a,b\rc,\"d\"\re,f\r", chunkSize: chunkSize)
        #expect(csv.fields == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(csv.lines == [1, 2, 3])
    }

    @Test(arguments: csvChunkSizes)
    func lastRecordWithoutFinalNewlineIsRead(chunkSize: Int) throws {
        let csv = try ChunkedCSV("a,b\nc,d", chunkSize: chunkSize)
        #expect(csv.fields == [["a", "b"], ["c", "d"]])
    }

    @Test(arguments: csvChunkSizes)
    func quotedLastFieldWithoutFinalNewlineIsRead(chunkSize: Int) throws {
        let csv = try ChunkedCSV("a,\"b, c\"", chunkSize: chunkSize)
        #expect(csv.fields == [["a", "b, c"]])
    }

    @Test(arguments: csvChunkSizes)
    func trailingEmptyFieldIsKept(chunkSize: Int) throws {
        let csv = try ChunkedCSV("a,b,\nc,,", chunkSize: chunkSize)
        #expect(csv.fields == [["a", "b", ""], ["c", "", ""]])
    }

    @Test(arguments: csvChunkSizes)
    func blankRowsAreSkippedButCountAsLines(chunkSize: Int) throws {
        let csv = try ChunkedCSV("a,b\n\n\r\n\nc,d\n\n", chunkSize: chunkSize)
        #expect(csv.fields == [["a", "b"], ["c", "d"]])
        #expect(csv.lines == [1, 5])
    }

    @Test(arguments: csvChunkSizes)
    func recordLinesCountNewlinesInsideQuotes(chunkSize: Int) throws {
        let csv = try ChunkedCSV("h1,h2\n\"x\ny\nz\",1\nlast,2\n\"p\r\nq\",3\r\nend,4", chunkSize: chunkSize)
        #expect(csv.fields.map { $0[1] } == ["h2", "1", "2", "3", "4"])
        #expect(csv.lines == [1, 2, 5, 6, 8])
    }

    @Test(arguments: csvChunkSizes)
    func semicolonSeparatorLeavesCommasAlone(chunkSize: Int) throws {
        let csv = try ChunkedCSV("a;\"b;c\";d, e\n", separator: UInt8(ascii: ";"), chunkSize: chunkSize)
        #expect(csv.fields == [["a", "b;c", "d, e"]])
    }

    @Test(arguments: csvChunkSizes)
    func tabSeparatorLeavesCommasAlone(chunkSize: Int) throws {
        let csv = try ChunkedCSV("a\t\"b\tc\"\td, e\n", separator: 0x09, chunkSize: chunkSize)
        #expect(csv.fields == [["a", "b\tc", "d, e"]])
    }

    @Test(arguments: csvChunkSizes)
    func unbalancedQuoteNamesTheLineWhereTheFieldStarts(chunkSize: Int) throws {
        let bytes = Array("a,b\nc,d\ne,\"never closed\nmore\nand more\n".utf8)
        let problem = csvProblem(bytes, chunkSize: chunkSize)
        guard case .unclosedQuote(let line)? = problem else {
            Issue.record("expected unclosedQuote, got \(String(describing: problem))")
            return
        }
        #expect(line == 3)
    }
}
