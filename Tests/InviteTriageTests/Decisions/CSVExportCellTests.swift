import Testing
@testable import InviteTriage

/// One CSV cell: RFC 4180 quoting, and a leading `'` for text a spreadsheet would run.
@Suite struct CSVExportCellTests {
    @Test(arguments: [
        ("=1+1", "'=1+1"),
        ("+31 6 1234 5678", "'+31 6 1234 5678"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("-", "'-"),
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("=1,2", "\"'=1,2\""),
    ])
    func formulaCharactersAreNeutralised(value: String, cell: String) {
        #expect(CSVExport.cell(value) == cell)
    }

    @Test func carriageReturnFirstIsNeutralisedAndQuoted() {
        #expect(CSVExport.cell("\r=1+1") == "\"'\r=1+1\"")
    }

    @Test(arguments: ["-5", "+2", "-3.5", "0"])
    func numbersStayNumbers(value: String) {
        #expect(CSVExport.cell(value) == value)
    }

    @Test(arguments: [
        ("Anouk Visser", "Anouk Visser"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("a=b", "a=b"),
        ("王芳", "王芳"),
    ])
    func quotingFollowsRFC4180(value: String, cell: String) {
        #expect(CSVExport.cell(value) == cell)
    }

    @Test func aCRLFLineBreakInsideIsQuoted() {
        // In Swift "\r\n" is one Character, equal neither to "\r" nor to "\n".
        #expect(CSVExport.cell("one\r\ntwo") == "\"one\r\ntwo\"")
    }

    @Test func renderEndsEveryRecordInCRLFAndStartsWithTheHeader() {
        let text = CSVExport.render([])
        #expect(text == CSVExport.header.joined(separator: ",") + "\r\n")
    }
}
