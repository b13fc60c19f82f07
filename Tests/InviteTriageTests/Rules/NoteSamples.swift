import Foundation
@testable import InviteTriage

/// The note patterns' sources, by family, in the order the analysis runs them.
enum NotePatternSources {
    static var claim: [String] { ClaimPatterns.ordered.map(\.pattern) }
    static var personal: [String] { NotePatterns.personal.regexes.map(\.pattern) }
    static var sales: [String] { NotePatterns.sales.regexes.map(\.pattern) }
    static var all: [String] { claim + personal + sales }
}

/// Every note the tests of the note analysis's speed work look at: the labelled corpus, the
/// hostile inputs and samples line by line, the rules' examples, the hand-written phrasings of
/// the patterns and notes made from each pattern (`PatternSampler`).
enum NoteSamples {
    static let corpusFolder = FuzzPaths.root.appendingPathComponent("Tests/InviteTriageTests/Corpus")
    static let snapshotFile = corpusFolder.appendingPathComponent("note-analysis-snapshot.jsonl")

    static var all: [String] { samples(withSnapshot: true) }

    /// `all` but the snapshot's own notes: what a new snapshot records, so that it does not
    /// keep every note an older pattern ever generated (it grew by ~2,000 lines a recording).
    static var current: [String] { samples(withSnapshot: false) }

    private static func samples(withSnapshot: Bool) -> [String] {
        var seen = Set<String>()
        return (corpus(withSnapshot: withSnapshot) + phrasings + examples + generated + lines(under: FuzzPaths.hostile)
            + lines(under: FuzzPaths.samples) + lines(under: FuzzPaths.root.appendingPathComponent("Tests/EndToEndTests/Fixtures")))
            .filter { seen.insert($0).inserted }
    }

    /// The `note` of every line of Corpus/*.jsonl, the snapshot's own notes with `withSnapshot`.
    static func corpus(withSnapshot: Bool) -> [String] {
        struct Line: Decodable { let note: String }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: corpusFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".jsonl") && (withSnapshot || $0 != snapshotFile.lastPathComponent) }.sorted().flatMap { name -> [String] in
            let text = (try? String(contentsOf: corpusFolder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Line.self, from: Data($0.utf8)).note }
        }
    }

    static var phrasings: [String] {
        let text = (try? String(contentsOf: corpusFolder.appendingPathComponent("pattern-phrasings.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    static var examples: [String] { ReasonCode.allCases.flatMap(\.examples).compactMap(\.note) }

    /// Ten notes from each pattern, and notes joining two patterns' samples.
    static var generated: [String] {
        var sampler = PatternSampler(seed: 0x5EED_0F_FA57)
        var notes: [String] = []
        let patterns = NotePatternSources.all
        for pattern in patterns {
            for _ in 0..<10 { notes += sampler.note(pattern).map { [$0] } ?? [] }
        }
        for _ in 0..<400 {
            let first = sampler.note(sampler.random.pick(patterns)) ?? ""
            let second = sampler.note(sampler.random.pick(patterns)) ?? ""
            notes.append(first + sampler.random.pick([" ", ". ", ", and ", " — "]) + second)
        }
        return notes
    }

    /// Every line of every file in a folder and its subfolders, read as UTF-8 whatever it holds.
    static func lines(under folder: URL) -> [String] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().flatMap { name -> [String] in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return [] }
            return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        }
    }
}
