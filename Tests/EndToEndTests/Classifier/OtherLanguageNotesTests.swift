import Foundation
import Testing

/// Notes in a language the rules do not read: the default text is still generic, anything else
/// is left to the reader (no generic or stranger strike, an `other_language` reason of no
/// points), so a personal note in Polish is no longer suggested for ignoring.
@Suite struct OtherLanguageNotesTests {
    @Test func aPersonalNoteInPolishIsLeftToTheReader() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let notes = try sandbox.write("Invitations.csv", text: """
            From,To,Sent At,Message,Direction
            Agnieszka Nowak,Elena Marsh,"11/20/26, 9:00 AM","Cześć Elena, poznałyśmy się na KubeCon w Paryżu i rozmawiałyśmy o operatorach Postgresa. Miło było!",INCOMING
            Piotr Zieliński,Elena Marsh,"11/19/26, 9:00 AM","Chciałbym dodać Cię do mojej sieci kontaktów zawodowych na LinkedIn.",INCOMING

            """)
        try sandbox.importing([PackagePaths.sampleExport.path, notes])
        let rows = try sqlite(sandbox.database, """
            SELECT sender_name || '|' || suggestion || '|' || score || '|'
                   || (SELECT group_concat(json_extract(value, '$.code'), ',') FROM json_each(verdict, '$.reasons'))
            FROM invitation WHERE sender_name IN ('Agnieszka Nowak', 'Piotr Zieliński') ORDER BY sender_name
            """).trimmingCharacters(in: .newlines)
        #expect(rows == """
            Agnieszka Nowak|review|0.0|other_language
            Piotr Zieliński|ignore|-5.0|stranger_no_rationale,generic_message
            """, "\(rows)")
        let id = try sqlite(sandbox.database, "SELECT id FROM invitation WHERE sender_name = 'Agnieszka Nowak'").trimmingCharacters(in: .newlines)
        let shown = try sandbox.triage(["show", id])
        #expect(shown.status == 0 && shown.stdout.contains("written in a language the rules do not read: read it yourself"), "\(shown)")
    }
}
