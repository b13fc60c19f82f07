import Foundation
import Testing
@testable import InviteTriage

/// What the model reads of an invitation: folded words and word pairs of the note (`w:`) and
/// the headline (`h:`), the reason codes (`r:`), and "(no note)".
@Suite struct FeatureExtractorTests {
    @Test func wordsAreLowerCasedAndAccentFolded() {
        let features = FeatureExtractor.features(note: "Café RÉSUMÉ Zürich", headline: nil, codes: [])
        #expect(features.contains("w:cafe") && features.contains("w:resume") && features.contains("w:zurich"), "\(features.sorted())")
        #expect(!features.contains { $0.contains("é") || $0.contains("ü") || $0.contains("R") }, "\(features.sorted())")
    }

    @Test func punctuationSplitsAndShortWordsAreDropped() {
        let words = FeatureExtractor.words("I'm recruiting, for X-ray 2026!")
        // "I'm" splits into "i" and "m", "X-ray" into "x" and "ray": one letter is too short.
        #expect(words == ["recruiting", "for", "ray", "2026"], "\(words)")
    }

    @Test func wordPairsAreFeaturesUnlessBothAreStopWords() {
        let features = FeatureExtractor.features(note: "I write Swift at the bank", headline: nil, codes: [])
        #expect(features.contains("w:write swift"), "\(features.sorted())")
        #expect(features.contains("w:swift at"), "a pair with one stop word stays: \(features.sorted())")
        #expect(!features.contains("w:at the"), "a pair of stop words goes: \(features.sorted())")
        #expect(!features.contains("w:the") && !features.contains("w:at"), "stop words alone go: \(features.sorted())")
    }

    @Test func noteAndHeadlineAreKeptApart() {
        let features = FeatureExtractor.features(note: "data", headline: "Data Engineer", codes: [])
        #expect(features.contains("w:data"))
        #expect(features.contains("h:data") && features.contains("h:engineer") && features.contains("h:data engineer"), "\(features.sorted())")
        #expect(!features.contains("w:engineer"))
    }

    @Test func reasonCodesAreFeaturesButNotTheLearnedOne() {
        let features = FeatureExtractor.features(note: "hello there", headline: nil, codes: ["sales_pitch", "personal_note", "learned"])
        #expect(features.contains("r:sales_pitch") && features.contains("r:personal_note"))
        #expect(!features.contains("r:learned"), "the model must not learn from its own output")
    }

    @Test(arguments: [String?.none, ""])
    func noNoteIsAFeature(_ note: String?) {
        let features = FeatureExtractor.features(note: note, headline: "Recruiter", codes: ["generic_message"])
        #expect(features.contains("w:(no note)"))
        #expect(features == ["w:(no note)", "h:recruiter", "r:generic_message"], "\(features.sorted())")
    }

    @Test func aNoteIsNotNoNote() {
        #expect(!FeatureExtractor.features(note: "Loved your talk", headline: nil, codes: []).contains("w:(no note)"))
    }

    @Test func featuresAreDescribedInWords() {
        #expect(FeatureExtractor.describe("w:swift") == "“swift”")
        #expect(FeatureExtractor.describe("w:write swift") == "“write swift”")
        #expect(FeatureExtractor.describe("h:recruiter") == "headline “recruiter”")
        #expect(FeatureExtractor.describe("r:generic_message") == "code generic_message")
        #expect(FeatureExtractor.describe("w:(no note)") == "no note")
    }
}
