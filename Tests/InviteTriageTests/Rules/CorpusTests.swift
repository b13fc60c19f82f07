import Foundation
import Testing
@testable import InviteTriage

/// The labelled corpus of notes (Tests/InviteTriageTests/Corpus): precision and recall of every
/// text-level code and claim kind. `notes.jsonl` is the set the rules were tuned on;
/// `paraphrases.jsonl` was written before tuning and is reported apart: the honest estimate;
/// `other-languages.jsonl` holds notes in languages the rules do not read.
@Suite struct CorpusTests {
    struct Entry: Decodable {
        let id: String
        let lang: String
        let note: String
        let codes: [String]
        let claims: [[String: String]]
    }

    static func load(_ name: String) throws -> [Entry] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus").appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Entry.self, from: Data($0.utf8)) }
    }

    /// What a mail merge to Elena Marsh fills in (`UnplacedNames`).
    static let placed = UnplacedNames.Placed(ElenaMarsh.records())

    /// The labels the note alone yields, in the corpus's vocabulary (names the rules cannot
    /// place asked of Elena Marsh's records, as the classifier does).
    static func predicted(_ note: String) -> (codes: Set<String>, claims: Set<String>) {
        let analysis = NoteAnalysis(note, ownerNames: ["elena", "elena marsh"])
        var codes = Set<String>()
        if analysis.isGeneric && placed.unplaced(analysis.nameCandidates).isEmpty { codes.insert("generic_message") }
        if analysis.isSalesPitch { codes.insert("sales_pitch") }
        if analysis.isPersonal { codes.insert("personal_note") }
        if analysis.metClaim != nil { codes.insert("met_before") }
        return (codes, Set(analysis.claims.map(\.kind.rawValue)))
    }

    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    static func evaluate(_ entries: [Entry], label: String) -> [String: Score] {
        var scores: [String: Score] = [:]
        var misses: [String] = []
        for entry in entries {
            let (codes, claims) = predicted(entry.note)
            let expected = Set(entry.codes).union(entry.claims.compactMap { $0["kind"] }.map { "claim:" + $0 })
            let actual = codes.union(claims.map { "claim:" + $0 })
            for name in expected.union(actual) {
                switch (expected.contains(name), actual.contains(name)) {
                case (true, true): scores[name, default: Score()].truePositives += 1
                case (false, true): scores[name, default: Score()].falsePositives += 1; misses.append("  FP \(name) [\(entry.id)] \(entry.note.prefix(110))")
                case (true, false): scores[name, default: Score()].falseNegatives += 1; misses.append("  FN \(name) [\(entry.id)] \(entry.note.prefix(110))")
                default: break
                }
            }
        }
        print("\n\(label): \(entries.count) notes")
        print("code                      precision  recall  (tp/fp/fn)")
        for (name, score) in scores.sorted(by: { $0.key < $1.key }) {
            let padded = name.padding(toLength: 24, withPad: " ", startingAt: 0)
            print("\(padded)  \(String(format: "%.3f", score.precision))     \(String(format: "%.3f", score.recall))   (\(score.truePositives)/\(score.falsePositives)/\(score.falseNegatives))")
        }
        if ProcessInfo.processInfo.environment["CORPUS_VERBOSE"] != nil { misses.forEach { print($0) } }
        return scores
    }

    @Test func tunedCorpusMeetsTheQualityBar() throws {
        let scores = Self.evaluate(try Self.load("notes.jsonl"), label: "tuned corpus (notes.jsonl)")
        let generic = try #require(scores["generic_message"])
        #expect(generic.precision >= 0.95, "generic_message precision \(generic.precision)")
        #expect(generic.recall >= 0.95, "generic_message recall \(generic.recall)")
        for name in ["sales_pitch"] + ClaimKind.allCases.map({ "claim:" + $0.rawValue }) {
            let score = try #require(scores[name], "no \(name) in the corpus")
            #expect(score.precision >= 0.90, "\(name) precision \(score.precision)")
            #expect(score.recall >= 0.90, "\(name) recall \(score.recall)")
        }
    }

    /// Reported, not enforced beyond a floor that catches a broken extractor: this is the
    /// estimate of how the rules do on notes nobody tuned them on.
    @Test func heldOutParaphrasesAreReported() throws {
        let scores = Self.evaluate(try Self.load("paraphrases.jsonl"), label: "held-out paraphrases (paraphrases.jsonl)")
        let generic = try #require(scores["generic_message"])
        #expect(generic.precision >= 0.6 && generic.recall >= 0.8)
    }

    /// Notes in 25 languages the rules do not read (`NoteLanguage`): only whether a note is
    /// generic is asked of them (the default text is; a note left to the reader is not).
    @Test func otherLanguagesAreReported() throws {
        let generic = try Self.genericOnly("other-languages.jsonl")
        // Before notes in other languages were told apart: every one generic, precision 0.49.
        #expect(generic.precision >= 0.85 && generic.recall >= 0.5, "\(generic)")
    }

    /// Stock notes that name things (the sender's company, an event they promote, a mail merge)
    /// and personal notes in uncommon words, written to try `UnplacedNames`: generic only.
    @Test func stockNotesThatNameThingsAreReported() throws {
        let generic = try Self.genericOnly("stock-notes-that-name-things.jsonl")
        // Before names were asked about: precision 0.73, recall 0.98.
        #expect(generic.precision >= 0.8 && generic.recall >= 0.8, "\(generic)")
    }

    /// Stock notes and notes only one sender could write, by five writers who never saw the
    /// rules (2026-11-29): the first four sets shaped that day's rules ("thanks again for…",
    /// "I'm the one who…", "your mentee here", "remember when we…", "Tom from Hays here"), the
    /// fifth (`fresh-…`) did not. Figures by `lint` against the sample records.
    @Test func stockAndPersonalNotesAreReported() throws {
        let shaped = try Self.genericOnly("stock-and-personal-notes.jsonl")
        // Before that day's rules: precision 0.69, recall 0.77.
        #expect(shaped.precision >= 0.85 && shaped.recall >= 0.85, "\(shaped)")
        let fresh = try Self.genericOnly("fresh-stock-and-personal-notes.jsonl")
        // Before them: precision 0.72, recall 0.78 (by `lint`; here 0.87, 0.83 after).
        #expect(fresh.precision >= 0.8 && fresh.recall >= 0.75, "\(fresh)")
    }

    /// Three more sets by writers who never saw the rules (the second session of 2026-11-29):
    /// notes typed on a phone (`phone-notes.jsonl`, lower case, Dutch and German, no names:
    /// "its me from the billing team", "still owe u a beer", "dank voor de hulp gisteren"),
    /// which shaped that session's first rules, a varied set in six languages (`varied-notes`)
    /// measured before it shaped the third, and a set that shaped nothing (`fresh-familiar-…`),
    /// a third of its stock notes feigning familiarity ("Hope you're well!", "See you at the summit!").
    @Test func phoneVariedAndFreshFamiliarNotesAreReported() throws {
        let phone = try Self.genericOnly("phone-notes.jsonl")
        // Before that session's rules, by `lint`: precision 0.66, recall 0.88.
        #expect(phone.precision >= 0.85 && phone.recall >= 0.9, "\(phone)")
        let varied = try Self.genericOnly("varied-notes.jsonl")
        // By `lint`: 0.74 / 0.80 before the session, 0.81 / 0.81 before it shaped the third round.
        #expect(varied.precision >= 0.9 && varied.recall >= 0.8, "\(varied)")
        let fresh = try Self.genericOnly("fresh-familiar-notes.jsonl")
        // By `lint`: 0.83 / 0.94 before the session, 0.88 / 0.94 after.
        #expect(fresh.precision >= 0.85 && fresh.recall >= 0.9, "\(fresh)")
    }

    /// The generic_message score of a file whose other labels are not asked.
    static func genericOnly(_ file: String) throws -> Score {
        let entries = try load(file).map {
            Entry(id: $0.id, lang: $0.lang, note: $0.note, codes: $0.codes.filter { $0 == "generic_message" }, claims: [])
        }
        return try #require(evaluate(entries, label: file)["generic_message"])
    }
}
