import Foundation
import Testing
@testable import InviteTriage

/// Relationship claims as people write them, with what the sample reader's records say of each
/// (`Corpus/claim-verdicts.jsonl`): three sets of notes written by helpers who never saw the
/// rules, labelled backed, false or unverifiable against Elena Marsh's records. A note should
/// get the false-claim strike exactly when one of its claims is false; a backed claim should be
/// found backed. `c1` shaped the first round of the claim patterns, `c2` the second (held out
/// through the first), `c3` the third (held out through both): the figures at first sight are
/// in README.md. `a4` was written against the new phrasings by a writer who was told them:
/// 90 honest notes meant to be struck wrongly, and 30 false claims phrased unlike the sets
/// (found 6 of 30 at first; its false claims then shaped the fourth round).
/// `CORPUS_VERBOSE=1` prints every miss.
@Suite struct ClaimVerdictCorpusTests {
    struct Case: Decodable {
        struct Claim: Decodable { let kind: String; let verdict: String; let names: String }
        let id: String
        let set: String
        let note: String
        let claims: [Claim]
    }

    struct Score {
        var struckRight = 0, struckWrongly = 0, missed = 0, backedFound = 0, backedTotal = 0
        var precision: Double { Double(struckRight) / Double(max(1, struckRight + struckWrongly)) }
        var recall: Double { Double(struckRight) / Double(max(1, struckRight + missed)) }
    }

    /// The reader of samples/linkedin-export with the two groups of its configuration.
    static func evidence() -> Evidence {
        var evidence = ElenaMarsh.records()
        evidence.groups = ["Rotterdam Swift Meetup", "Women in Platform Engineering"]
        let connections = [
            ("Aylin Demir", "Parcelwise"), ("Pieter-Jan Smits", "Haventech B.V."), ("Matthias Köhler", "Helio Systems GmbH"),
            ("Kenji Watanabe", "Blue Harbor Data, Inc."), ("Fiona MacLeod", "Skerry Software Ltd"), ("Maarten de Graaf", "Northwind Analytics B.V."),
            ("Yara Haddad", "Northwind Analytics B.V."), ("Tom Verbeek", "Kestrel & Finch, LLC"), ("Ahmed Karimi", "Northwind Analytics B.V."),
            ("Sophie Lambert", "Tideway Logistics"), ("Jonas Berg", "Helio Systems GmbH"), ("Émilie Rousseau", "Orbital Metrics, Inc."),
            ("Ravi Shankar", "Northwind Analytics B.V."), ("Hanna Lindgren", "Grachtwerk"), ("Dries Peeters", "Brightline Consulting Ltd"),
            ("Olga Nowak", "Data Lantern, Inc."), ("Ben Carter", "Brightline Consulting Ltd"), ("Marta Silva", "Delft University of Technology"),
            ("Liam Murphy", "Skerry Software Ltd"), ("Katja Schmitt", "Helio Systems GmbH"), ("Arjun Mehta", "Northwind Analytics B.V."),
            ("Hamish Stewart", "University of Edinburgh"), ("Claire Dupont", "Freelance"), ("Tobias Meyer", "Helio Systems GmbH"),
            ("Rosa Jiménez", "Brightline Consulting Ltd"),
        ]
        for (name, company) in connections {
            let slug = TextFolding.fold(name).replacingOccurrences(of: " ", with: "-")
            evidence.addConnection(name: name, url: "https://www.linkedin.com/in/\(slug)", company: company, connectedOn: "2024-01-01")
        }
        return evidence
    }

    static func scores() throws -> [String: Score] {
        let text = try String(contentsOf: NoteSamples.corpusFolder.appendingPathComponent("claim-verdicts.jsonl"), encoding: .utf8)
        let cases = try text.split(separator: "\n").map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
        let evidence = evidence()
        let classifier = Classifier(configuration: Configuration(), evidence: evidence, now: ElenaMarsh.now)
        let verbose = ProcessInfo.processInfo.environment["CORPUS_VERBOSE"] != nil
        var scores: [String: Score] = [:]
        for item in cases {
            let judgement = classifier.judge(ElenaMarsh.invitation(item.note))
            let struck = judgement.has(.falseClaim)
            let shouldBe = item.claims.contains { $0.verdict == "false" }
            var score = scores[item.set, default: Score()]
            switch (struck, shouldBe) {
            case (true, true): score.struckRight += 1
            case (true, false): score.struckWrongly += 1
            case (false, true): score.missed += 1
            case (false, false): break
            }
            for claim in item.claims where claim.verdict == "backed" {
                score.backedTotal += 1
                let found = judgement.verdict.claims.contains { $0.kind.rawValue == claim.kind && $0.verdict == .backed }
                if found { score.backedFound += 1 } else if verbose { print("  unbacked [\(item.id)] \(item.note)") }
            }
            if verbose, struck != shouldBe { print("  \(struck ? "struck" : "missed") [\(item.id)] \(item.note)") }
            scores[item.set] = score
        }
        for (set, score) in scores.sorted(by: { $0.key < $1.key }) {
            print(String(format: "claim verdicts %@: false-claim strike precision %.2f recall %.2f (%d/%d/%d), backed claims found %d of %d",
                         set, score.precision, score.recall, score.struckRight, score.struckWrongly, score.missed,
                         score.backedFound, score.backedTotal))
        }
        return scores
    }

    /// Floors a little under the figures of 2026-11-29 (c1 1.00 / 0.92, c2 0.94 / 0.81,
    /// c3 0.97 / 0.86, a4 1.00 / 0.93 after the fourth round).
    @Test func falseClaimsAreStruckAndOnlyThey() throws {
        let scores = try Self.scores()
        let floors: [String: (precision: Double, recall: Double)] = ["c1": (0.95, 0.88), "c2": (0.9, 0.75), "c3": (0.9, 0.8), "a4": (0.9, 0.85)]
        for (set, floor) in floors {
            let score = try #require(scores[set])
            #expect(score.precision >= floor.precision, "\(set) precision \(score.precision)")
            #expect(score.recall >= floor.recall, "\(set) recall \(score.recall)")
        }
    }
}
