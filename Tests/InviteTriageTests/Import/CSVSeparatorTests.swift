import Foundation
import Testing
@testable import InviteTriage

/// `CSVFileImporter.separator(in:)`: which of `,`, `;` and tab splits the file.
@Suite struct CSVSeparatorTests {
    private func separator(_ text: String) -> UInt8 {
        CSVFileImporter.separator(in: Data(text.utf8))
    }

    @Test func commaForLinkedInsOwnFiles() {
        #expect(separator("From,To,Sent At,Message,Direction\nA,B,\"11/20/26, 9:00 AM\",,INCOMING\n") == UInt8(ascii: ","))
    }

    @Test func semicolonForAEuropeanExcelResave() {
        #expect(separator("From;To;Sent At;Message;Direction\r\nA;B;\"11/20/26, 9:00 AM\";;INCOMING\r\n") == UInt8(ascii: ";"))
    }

    @Test func tabForATabSeparatedResave() {
        #expect(separator("From\tTo\tSent At\tMessage\tDirection\nA\tB\t11/20/26, 9:00 AM\t\tINCOMING\n") == 0x09)
    }

    @Test func separatorsInsideQuotesAreNotCounted() {
        #expect(separator("\"a,b,c,d,e,f\";x;y\n\"g,h,i,j\";z;w\n") == UInt8(ascii: ";"))
    }

    @Test func notesPreambleOfConnectionsDoesNotDecide() {
        let text = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing; you will only see some, not all, of them."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ana,Example,https://www.linkedin.com/in/ana-example,,Example Co,Director,13 Nov 2025

            """
        #expect(separator(text) == UInt8(ascii: ","))
    }

    /// An Excel re-save with `;` quotes fields holding `;` but not fields holding commas, and
    /// invitation notes are full of commas. The header has 4 separators; this note has 6 commas.
    @Test func semicolonFileWhoseNotesHoldManyCommas() {
        let text = "From;To;Sent At;Message;Direction\n"
            + "Sam Holloway;Elena Marsh;11/23/26 4:47 PM;Hi Elena, we help teams, cut costs, by 30%, book a call, Cheers, Sam;INCOMING\n"
        #expect(separator(text) == UInt8(ascii: ";"))
    }
}
