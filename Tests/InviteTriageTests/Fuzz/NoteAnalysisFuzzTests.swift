import Foundation
import Testing
@testable import InviteTriage

/// Notes built from phrases the classifier looks for, in seven languages, cut and mixed with
/// Unicode that changes length when folded (ß, ligatures, combining marks, emoji, RTL): the
/// analysis never crashes and its verdicts are consistent.
@Suite struct NoteAnalysisFuzzTests {
    static let iterations = 2_000
    static let pieces = ["We met at", "KubeCon", "Sofia Brandt suggested", "we worked together at Northwind", "I'd like to add you to my professional network",
                         "Ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen", "colleague", "friend", "we've done business", "book a 15-minute call",
                         "we help teams", "not", "never met", "Straße", "ﬁnance", "e\u{301}", "İstanbul", "😀", "👩‍💻", "مرحبا", "\u{202E}", "\u{200B}", "\u{1B}[31m",
                         "at the", "University of Edinburgh", "Helio Systems GmbH", ",", ".", "!", "?", "—", "  ", "\n", "\t", "'", "’", "\"", "(", ")",
                         "Hi Elena,", "Best, Bo", "🙂🙂🙂", "ǅ", "ᾈ", "ﬀ", "Ⅻ", "x\u{0300}\u{0301}\u{0302}", "0️⃣", "🇳🇱"]

    @Test func randomNotesAnalyseConsistently() {
        var random = FuzzRandom(seed: 0x707E_0001)
        var findings: [String] = []
        for _ in 0..<Self.iterations {
            var note = (0..<random.below(25)).map { _ in random.pick(Self.pieces) }.joined(separator: random.pick([" ", "", "  "]))
            if random.chance(20), !note.isEmpty {
                // Cut anywhere, even inside a grapheme cluster.
                let scalars = Array(note.unicodeScalars)
                note = String(String.UnicodeScalarView(scalars.prefix(random.below(scalars.count))))
            }
            let owners: Set<String> = random.chance(50) ? ["elena marsh", "elena"] : []
            let analysis = NoteAnalysis(note, ownerNames: owners)
            if analysis.isDefaultText, analysis.isEmpty { findings.append("default yet empty: \(note.debugDescription)") }
            if analysis.isEmpty, !analysis.claims.isEmpty || analysis.isPersonal || analysis.isSalesPitch {
                findings.append("claims or markers in an empty note: \(note.debugDescription)")
            }
            if !analysis.isEmpty, !analysis.isGeneric, analysis.claims.isEmpty, analysis.personalMarkers.isEmpty {
                findings.append("neither generic nor anything specific: \(note.debugDescription)")
            }
        }
        #expect(findings.isEmpty, "\(findings.prefix(10))")
        #expect(NoteAnalysis(nil).isEmpty)
    }
}
