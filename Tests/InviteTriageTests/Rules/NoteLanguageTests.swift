import Foundation
import Testing
@testable import InviteTriage

/// Which notes the rules take for another language (`NoteLanguage`): none of the notes written
/// in the seven languages of the patterns, the notes of other languages long enough to tell.
@Suite struct NoteLanguageTests {
    static func isOther(_ note: String) -> Bool { NoteLanguage.isOther(core: NoteText.core(of: note)) }

    /// Every note of the labelled corpus and the benchmark's generator is in one of the seven.
    @Test func notesOfTheSevenLanguagesAreRead() throws {
        let files = ["notes.jsonl", "paraphrases.jsonl", "benchmark-notes.jsonl"]
        var count = 0
        for file in files {
            let text = try String(contentsOf: NoteSamples.corpusFolder.appendingPathComponent(file), encoding: .utf8)
            struct Line: Decodable { let note: String }
            for line in text.split(separator: "\n") {
                let note = try JSONDecoder().decode(Line.self, from: Data(line.utf8)).note
                count += 1
                #expect(!Self.isOther(note), "\(file): \(note)")
            }
        }
        #expect(count > 2_000)
    }

    @Test(arguments: [
        "Cześć Elena, pracowałyśmy razem w Helio Systems w zespole platformy. Fajnie Cię tu znaleźć!",
        "Ahoj Eleno, potkali jsme se na P2D2 v Praze, kde jsi měla přednášku o Postgresu na Kubernetes. Díky!",
        "Bună Elena, ne-am cunoscut la DevTalks București, la panelul despre platform engineering.",
        "Chào chị Elena, em từng làm cùng chị ở Helio Systems (team data, 2019). Lâu rồi không gặp chị!",
        "Hej Elena! Vi träffades på KubeCon i Amsterdam, tack för det trevliga samtalet om Postgres.",
        "Merhaba Elena, geçen hafta İstanbul'daki konferansta tanıştık, konuşmanız çok ilgimi çekti.",
        "Здравствуйте, Елена! Мы познакомились на KubeCon в Париже, спасибо за интересный разговор.",
        "先週のKubeCon東京でPostgresについてお話しできて楽しかったです。",
        "Halo Elena, saya membaca artikel Anda tentang Postgres di Kubernetes dan sangat terbantu.",
    ])
    func notesOfOtherLanguagesAreNot(note: String) {
        #expect(Self.isOther(note))
    }

    /// Too short to tell, and names or words shared with the seven: read.
    @Test(arguments: [
        "Привет!", "Hej Elena!", "你好", "Olá Noor, trabalhamos juntos na Kestrel Data B.V.. Vamos manter contato!",
        "Já fizemos negócios.", "Guten Tag, pre-vetted developers ready!", "Hello! 40-min intro CNCF.",
    ])
    func shortOrAmbiguousNotesAreRead(note: String) {
        #expect(!Self.isOther(note))
    }

    /// In another language, a short note naming LinkedIn is taken for its default text there;
    /// a longer one, or one without LinkedIn, is left to the reader.
    @Test func theDefaultTextOfOtherLanguagesIsGeneric() {
        for note in ["Chciałbym dodać Cię do mojej sieci kontaktów zawodowych na LinkedIn.",
                     "Sizi LinkedIn'deki profesyonel ağıma eklemek istiyorum.",
                     "我想邀请您加入我的领英职业社交网络。"] {
            let analysis = NoteAnalysis(note)
            #expect(analysis.isDefaultText && analysis.isGeneric && !analysis.isOtherLanguage, "\(note)")
        }
        let personal = NoteAnalysis("Cześć Elena, poznałyśmy się na KubeCon w Paryżu i rozmawiałyśmy o operatorach Postgresa. Miło było!")
        #expect(personal.isOtherLanguage && !personal.isGeneric && !personal.isDefaultText)
    }
}
