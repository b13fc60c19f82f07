import Foundation
import Testing
@testable import InviteTriage

/// The kind of a CSV file told from its first bytes, which decides whether it may be read
/// beside another file: nil whenever in doubt (it is then read alone).
@Suite struct FileKindSniffingTests {
    private func kind(_ text: String) -> ExportFileKind? {
        CSVFileImporter.kind(in: Data(text.utf8))
    }

    @Test func aHeaderOnTheFirstLine() {
        #expect(kind("From,To,Sent At,Message,Direction\nAna,Bo,\"11/24/26, 3:35 PM\",,INCOMING\n") == .invitations)
        #expect(kind("First Name;Last Name;URL;Company;Position;Connected On\n") == .connections)
    }

    @Test func aHeaderAfterLinkedInsNotes() {
        let text = "Notes:\n\"When exporting your connection data, you may notice, that some e-mail addresses are missing.\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        #expect(kind(text) == .connections)
    }

    @Test func aByteOrderMarkAndUTF16() {
        #expect(CSVFileImporter.kind(in: Data([0xEF, 0xBB, 0xBF] + Array("CONVERSATION ID,FROM,DATE,CONTENT\n".utf8))) == .messages)
        var utf16 = Data([0xFF, 0xFE])
        for unit in "From,To,Sent At,Message,Direction\n".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(CSVFileImporter.kind(in: utf16) == .invitations)
    }

    @Test func inDoubtNoKind() {
        #expect(kind("a,b,c\n1,2,3\n") == nil)
        #expect(kind("") == nil)
        // The header is not a whole line yet: its end may name other columns.
        #expect(kind("From,To,Sent At,Message,Direction") == nil)
        #expect(kind(String(repeating: "x,y\n", count: 20) + "From,To,Sent At,Message,Direction\n") == nil)
    }
}
