import Foundation
import Testing
@testable import InviteTriage

/// The note analysis gives, note for note, what it gave before its patterns were put behind
/// the literal pre-filter (Corpus/note-analysis-snapshot.jsonl, written by the code of that
/// time): claims, markers, default text, other language, name candidates and mass key, over every note of `NoteSamples`
/// (Corpus/benchmark-notes.jsonl holds the 1,746 distinct notes of `scripts/generate-export
/// OUT 6000 --seed 1`). Speed work must not change a verdict. A recording holds the current
/// samples only, not the notes of the last one: it stays the same size.
///
/// To re-record after a deliberate change of the rules (never to make this test pass):
/// `NOTE_ANALYSIS_SNAPSHOT=write swift test --filter NoteAnalysisSnapshotTests`, with
/// `NOTE_ANALYSIS_EXTRA_NOTES=FILE` (one JSON string a line) to add notes from elsewhere.
@Suite struct NoteAnalysisSnapshotTests {
    static let owners: Set<String> = ["elena", "elena marsh"]

    struct Record: Codable, Equatable {
        struct Claim: Codable, Equatable {
            let kind: String
            let text: String
            let specifics: [String: String]
        }

        let note: String
        let isEmpty: Bool
        let isDefaultText: Bool
        /// These two only when true or not empty, so that records of the time before them read alike.
        let isOtherLanguage: Bool?
        let nameCandidates: [String]?
        let massKey: String
        let claims: [Claim]
        let personal: [String]
        let sales: [String]

        init(analysing note: String) {
            let analysis = NoteAnalysis(note, ownerNames: NoteAnalysisSnapshotTests.owners)
            self.note = note
            isEmpty = analysis.isEmpty
            isDefaultText = analysis.isDefaultText
            isOtherLanguage = analysis.isOtherLanguage ? true : nil
            nameCandidates = analysis.nameCandidates.isEmpty ? nil : analysis.nameCandidates
            massKey = analysis.massKey
            claims = analysis.claims.map { Claim(kind: $0.kind.rawValue, text: $0.text, specifics: $0.specifics) }
            personal = analysis.personalMarkers
            sales = analysis.salesMarkers
        }
    }

    static func recorded() throws -> [Record] {
        let text = try String(contentsOf: NoteSamples.snapshotFile, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Record.self, from: Data($0.utf8)) }
    }

    @Test func everyNoteIsAnalysedAsRecorded() throws {
        let records = try Self.recorded()
        #expect(records.count > 5_000)
        var differences: [String] = []
        for expected in records {
            let actual = Record(analysing: expected.note)
            if actual != expected { differences.append("\(expected.note.debugDescription)\n  was: \(expected)\n  now: \(actual)") }
        }
        #expect(differences.isEmpty, "\(differences.count) notes analysed differently:\n\(differences.prefix(5).joined(separator: "\n"))")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["NOTE_ANALYSIS_SNAPSHOT"] == "write"))
    func recordSnapshot() throws {
        var notes = NoteSamples.current
        if let path = ProcessInfo.processInfo.environment["NOTE_ANALYSIS_EXTRA_NOTES"] {
            let extra = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            notes += try extra.map { try JSONDecoder().decode(String.self, from: Data($0.utf8)) }
        }
        var seen = Set<String>()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try notes.filter { seen.insert($0).inserted }.map { note in
            String(decoding: try encoder.encode(Record(analysing: note)), as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: NoteSamples.snapshotFile, atomically: true, encoding: .utf8)
    }
}
