import Foundation
import Testing

/// Notes the rules cannot read: one in another language (its default text is still generic),
/// and one that names to the reader things no pattern reads. Neither gets the generic or the
/// stranger strike but an `unread_note` reason of no points, so a personal note in Polish, or
/// in words the patterns do not know, is no longer suggested for ignoring; a mail merge of the
/// reader's own employer still is.
@Suite struct UnreadNotesTests {
    @Test func notesTheRulesCannotReadAreLeftToTheReader() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let notes = try sandbox.write("Invitations.csv", text: """
            From,To,Sent At,Message,Direction
            Agnieszka Nowak,Elena Marsh,"11/20/26, 9:00 AM","Cześć Elena, poznałyśmy się na KubeCon w Paryżu i rozmawiałyśmy o operatorach Postgresa. Miło było!",INCOMING
            Piotr Zieliński,Elena Marsh,"11/19/26, 9:00 AM","Chciałbym dodać Cię do mojej sieci kontaktów zawodowych na LinkedIn.",INCOMING
            Ruben Smit,Elena Marsh,"11/18/26, 9:00 AM","hey elena, the k8s workshop at Codam was great, you rock, learned a ton",INCOMING
            Tara Quinn,Elena Marsh,"11/17/26, 9:00 AM","Hi Elena, I see you've been at Northwind Analytics for a while now. Impressive career! Let's connect.",INCOMING

            """)
        try sandbox.importing([PackagePaths.sampleExport.path, notes])
        let rows = try sqlite(sandbox.database, """
            SELECT sender_name || '|' || suggestion || '|' || score || '|'
                   || (SELECT group_concat(json_extract(value, '$.code'), ',') FROM json_each(verdict, '$.reasons'))
            FROM invitation WHERE sender_name IN ('Agnieszka Nowak', 'Piotr Zieliński', 'Ruben Smit', 'Tara Quinn')
            ORDER BY sender_name
            """).trimmingCharacters(in: .newlines)
        #expect(rows == """
            Agnieszka Nowak|review|0.0|unread_note
            Piotr Zieliński|ignore|-5.0|stranger_no_rationale,generic_message
            Ruben Smit|review|0.0|unread_note
            Tara Quinn|ignore|-5.0|stranger_no_rationale,generic_message
            """, "\(rows)")
        for (sender, detail) in [("Agnieszka Nowak", "written in a language the rules do not read: read it yourself"),
                                 ("Ruben Smit", "names k8s, Codam in words the rules do not read: read it yourself")] {
            let id = try sqlite(sandbox.database, "SELECT id FROM invitation WHERE sender_name = '\(sender)'").trimmingCharacters(in: .newlines)
            let shown = try sandbox.triage(["show", id])
            #expect(shown.status == 0 && shown.stdout.contains(detail), "\(shown)")
        }
    }
}
