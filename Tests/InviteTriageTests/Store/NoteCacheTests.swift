import Foundation
import Testing
@testable import InviteTriage

/// The rescore keeps the analyses of frequent notes, found by the hash of their bytes: a kept
/// analysis is only ever given for the note it was made from.
@Suite struct NoteCacheTests {
    static let owners: Set<String> = ["elena", "elena marsh"]

    static func summary(_ analysis: NoteAnalysis) -> String {
        "\(analysis.isEmpty) \(analysis.isDefaultText) \(analysis.massKey) \(analysis.claims.map { "\($0.kind.rawValue):\($0.text)" }) "
            + "\(analysis.personalMarkers) \(analysis.salesMarkers)"
    }

    @Test func keptAnalysesAreThoseOfTheirOwnNote() {
        let frequent = "Hi Elena, we met at KubeCon in Paris — great talk on scheduling!"
        let sameWordsOtherBytes = frequent.replacingOccurrences(of: "—", with: "-")
        let composed = "Bonjour Elena, j'ai travaillé avec vous chez Acme"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        var cache = NoteCache(repeated: [frequent.byteHash, composed.byteHash], ownerNames: Self.owners)
        cache.prepare([frequent, frequent, composed, "", "someone else's note"])
        for note in [frequent, sameWordsOtherBytes, composed, decomposed, "", "someone else's note", "I'd like to add you to my professional network on LinkedIn"] {
            #expect(Self.summary(cache.analysis(of: note)) == Self.summary(NoteAnalysis(note, ownerNames: Self.owners)), "\(note)")
        }
        #expect(Self.summary(cache.analysis(of: frequent)) != Self.summary(cache.analysis(of: "")))
    }
}
