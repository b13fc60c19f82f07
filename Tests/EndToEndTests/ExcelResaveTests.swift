import Foundation
import Testing

/// Exports that went through Excel: byte-order marks, CRLF, `;` or tab separators, UTF-16 and
/// Windows-1252.
@Suite struct ExcelResaveTests {
    static let rows = [
        ["From", "To", "Sent At", "Message", "Direction"],
        ["Zoë Müller", "Elena Marsh", "11/20/26, 9:00 AM", "Hallo; wie geht's, Elena?", "INCOMING"],
        ["Åse Lund", "Elena Marsh", "11/19/26, 10:30 PM", "", "INCOMING"],
        ["Elena Marsh", "Kenji Watanabe", "9/5/26, 8:20 AM", "", "OUTGOING"],
    ]

    /// `rows` as a spreadsheet writes them: fields holding the separator or a quote are quoted.
    static func sheet(separator: String, lineEnd: String) -> String {
        rows.map { row in
            row.map { field in
                field.contains(separator) || field.contains("\"") ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: separator)
        }.joined(separator: lineEnd) + lineEnd
    }

    private func expectTheTwoIncoming(_ sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let listed = try sandbox.listAll()
        let zoe = listed.first { $0.name == "Zoë Müller" }
        #expect(zoe?.sentAt == "2026-11-20T09:00:00", sourceLocation: sourceLocation)
        #expect(zoe?.message == "Hallo; wie geht's, Elena?", sourceLocation: sourceLocation)
        #expect(listed.first { $0.name == "Åse Lund" }?.sentAt == "2026-11-19T22:30:00", sourceLocation: sourceLocation)
        #expect(listed.count == 2, sourceLocation: sourceLocation)
    }

    @Test func utf8WithBOMCRLFAndSemicolons() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("Invitations.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.sheet(separator: ";", lineEnd: "\r\n").utf8))
        let report = try sandbox.importing([file])
        #expect(report.stdout.contains("\(file): invitations: 2 new, 1 outgoing kept"), "\(report)")
        #expect(!report.stdout.contains("warning"))
        try expectTheTwoIncoming(sandbox)
    }

    /// Excel quotes a field only for its own separator: with `;`, the `Notes:` sentence of
    /// Connections.csv keeps its commas unquoted, and the header still decides the separator.
    @Test func connectionsWithTheirPreambleSavedWithSemicolons() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let connections = """
            Notes:
            When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed it.

            First Name;Last Name;URL;Email Address;Company;Position;Connected On
            Zoë;Müller;https://www.linkedin.com/in/zoe-mueller;;Helio Systems;Engineer;08 Nov 2026

            """
        let file = try sandbox.write("Connections.csv", bytes: Array(connections.utf8))
        let report = try sandbox.importing([file])
        #expect(report.stdout.contains("\(file): connections: 1 new"), "\(report)")
    }

    @Test func utf16LittleEndianWithBOMAndTabs() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let text = Self.sheet(separator: "\t", lineEnd: "\r\n")
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let file = try sandbox.write("Invitations.csv", bytes: bytes)
        let report = try sandbox.importing([file])
        #expect(report.stdout.contains("\(file): invitations: 2 new, 1 outgoing kept"), "\(report)")
        try expectTheTwoIncoming(sandbox)
    }

    @Test func utf16BigEndianWithBOMAndCommas() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let text = Self.sheet(separator: ",", lineEnd: "\n")
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let file = try sandbox.write("Invitations.csv", bytes: bytes)
        try sandbox.importing([file])
        try expectTheTwoIncoming(sandbox)
    }

    @Test func windows1252IsReadWithAWarningOnTheReport() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let text = """
            From,To,Sent At,Message,Direction\r
            André Côté,Elena Marsh,"11/20/26, 9:00 AM",Paid study: € 400,INCOMING\r
            Zoë Müller,Elena Marsh,"11/19/26, 10:30 PM",,INCOMING\r

            """
        let bytes = text.unicodeScalars.map { scalar -> UInt8 in scalar == "€" ? 0x80 : UInt8(scalar.value) }
        let file = try sandbox.write("Invitations.csv", bytes: bytes)
        let report = try sandbox.importing([file])
        #expect(report.stdout.contains("\(file): invitations: 2 new"), "\(report)")
        #expect(report.stdout.contains("  warning: not UTF-8: read as Windows-1252; check accented names"))
        let listed = try sandbox.listAll()
        #expect(listed.first { $0.name == "André Côté" }?.message == "Paid study: € 400")
        #expect(listed.contains { $0.name == "Zoë Müller" })
    }

    @Test func mixedEncodingsAreRefused() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        var bytes = Array("From,To,Sent At,Message,Direction\nZoë Müller,Elena Marsh,\"11/20/26, 9:00 AM\",,INCOMING\n".utf8)
        bytes += Array("Andr".utf8) + [0xE9] + Array(",Elena Marsh,\"11/19/26, 9:00 AM\",,INCOMING\n".utf8)
        let file = try sandbox.write("Invitations.csv", bytes: bytes)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file):3: text is neither UTF-8 nor Windows-1252"), "\(result)")
    }

    @Test func semicolonResaveWhoseNotesHoldManyCommas() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("Invitations.csv", text: """
            From;To;Sent At;Message;Direction\r
            Sam Holloway;Elena Marsh;"11/23/26, 4:47 PM";Hi Elena, we help platform teams, cut cloud costs, by 30%, book a call? Cheers, Sam;INCOMING\r

            """)
        let result = try sandbox.triage(["import", file])
        #expect(result.status == 0, "\(result)")
    }
}
