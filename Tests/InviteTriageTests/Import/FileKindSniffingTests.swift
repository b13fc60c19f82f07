import Foundation
import Testing
@testable import InviteTriage

/// What a CSV file holds, told from its first bytes as the parser will read them, which
/// decides whether it may be read beside another file: `unclear` whenever in doubt (it is then
/// read alone).
@Suite struct FileKindSniffingTests {
    private func guess(_ text: String, wholeFile: Bool = false) -> CSVFileImporter.Guess {
        CSVFileImporter.guess(Data(text.utf8), wholeFile: wholeFile)
    }

    @Test func aHeaderOnTheFirstLine() {
        #expect(guess("From,To,Sent At,Message,Direction\nAna,Bo,\"11/24/26, 3:35 PM\",,INCOMING\n") == .kind(.invitations))
        #expect(guess("First Name;Last Name;URL;Company;Position;Connected On\n") == .kind(.connections))
    }

    @Test func aHeaderAfterLinkedInsNotes() {
        let text = "Notes:\n\"When exporting your connection data, you may notice, that some e-mail addresses are missing.\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        #expect(guess(text) == .kind(.connections))
    }

    @Test func aByteOrderMarkAndUTF16() {
        #expect(CSVFileImporter.guess(Data([0xEF, 0xBB, 0xBF] + Array("CONVERSATION ID,FROM,DATE,CONTENT\n".utf8)), wholeFile: false)
            == .kind(.messages))
        var utf16 = Data([0xFF, 0xFE])
        for unit in "From,To,Sent At,Message,Direction\n".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(CSVFileImporter.guess(utf16, wholeFile: false) == .kind(.invitations))
    }

    @Test func noHeaderWhereTheParserLooks() {
        // Ten rows without a header: the parser gives up there too.
        #expect(guess(String(repeating: "x,y\n", count: 10) + "From,To,Sent At,Message,Direction\n") == .noHeader)
        #expect(guess("a,b,c\n1,2,3\n", wholeFile: true) == .noHeader)
        #expect(guess("", wholeFile: true) == .noHeader)
    }

    @Test func inDoubtUnclear() {
        // More of the file may hold the header.
        #expect(guess("a,b,c\n1,2,3\n") == .unclear)
        #expect(guess(String(repeating: "x,y\n", count: 9)) == .unclear)
        // The header is not a whole line yet: its end may name other columns.
        #expect(guess("From,To,Sent At,Message,Direction") == .unclear)
        #expect(guess("From,To,Sent At,Message,Direction", wholeFile: true) == .kind(.invitations))
        // UTF-16 without its mark is refused by the parser: not told here either.
        #expect(CSVFileImporter.guess(Data([0x46, 0x00, 0x72, 0x00, 0x6F, 0x00, 0x6D, 0x00] + [UInt8](repeating: 0x00, count: 80)), wholeFile: false)
            == .unclear)
    }
}
