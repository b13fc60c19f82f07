import Foundation
import GRDB

/// Keeps stored scores current. A score records the configuration and evidence it was computed
/// with; writing commands rescore what is stale, reading commands only report it.
public enum Rescorer {
    /// What a score depends on: the configuration and evidence (the base), then the personal
    /// model's version: `base|model`.
    static func fingerprint(_ db: Database, configuration: Configuration) throws -> (base: String, full: String) {
        let version = try Int.fetchOne(db, sql: "SELECT evidence_version FROM store_state WHERE id = 1") ?? 0
        let base = "\(configuration.fingerprint):\(version)"
        return (base, base + "|" + (try Learner.version(db, configuration: configuration)))
    }

    /// Whether stored scores were computed with other settings, evidence or model: one value
    /// compared, so a reading command stays instant at a million rows.
    public static func isStale(store: Store, configuration: Configuration) throws -> Bool {
        try store.read { db in
            let marker = try String.fetchOne(db, sql: "SELECT scored_with FROM store_state WHERE id = 1")
            guard try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM invitation)") == 1 else { return false }
            return marker != (try fingerprint(db, configuration: configuration).full)
        }
    }

    /// Rescores stale invitations (every one with `all`); returns how many were scored.
    /// `learning: false` (decisions) leaves scores that are stale only because the personal
    /// model moved: a decision must stay cheap; the next import, review or rescore catches up.
    @discardableResult
    public static func rescore(store: Store, configuration: Configuration, clock: Clock, all: Bool = false, learning: Bool = true) throws -> Int {
        try store.write { db in try rescore(db, configuration: configuration, clock: clock, all: all, learning: learning) }
    }

    static func rescore(_ db: Database, configuration: Configuration, clock: Clock, all: Bool = false, learning: Bool = true,
                        pageSize: Int = pageSize) throws -> Int {
        let (base, current) = try fingerprint(db, configuration: configuration)
        if !all {
            let marker = try String.fetchOne(db, sql: "SELECT scored_with FROM store_state WHERE id = 1")
            let unscored = try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM invitation WHERE scored_with IS NULL)") == 1
            let fresh = learning ? marker == current : marker?.hasPrefix(base + "|") == true
            if fresh, !unscored { return 0 }
        }
        let (evidence, repeatedNotes) = try EvidenceLoader.load(db, configuration: configuration)
        FreedMemory.release()
        let model = try Learner.model(db, configuration: configuration, store: true)
        let classifier = Classifier(configuration: configuration, evidence: evidence, now: clock.now, learned: model.active ? model : nil)
        let update = try FastStatement(db, sql: "UPDATE invitation SET score = ?, suggestion = ?, verdict = ?, scored_with = ? WHERE id = ?")
        var notes = NoteCache(repeated: repeatedNotes, ownerNames: evidence.ownerNameWords)
        var scored = 0
        // Pages handed to the judges ahead of the one written: with only the next one, they
        // idled whenever they finished it before this thread finished writing.
        var judging: [(page: [InvitationFacts], work: BackgroundWork<[Judgement]>)] = []
        var next: Int64? = 0
        while true {
            while judging.count < pagesInFlight, let after = next {
                let page: [InvitationFacts]
                (page, next) = try EvidenceLoader.invitations(db, after: after, limit: pageSize)
                if page.isEmpty { continue }
                notes.prepare(page.map { $0.message ?? "" })
                judging.append((page, judgeInBackground(page, classifier: classifier, notes: notes)))
            }
            guard !judging.isEmpty else { break }
            let (page, work) = judging.removeFirst()
            // This thread writes one page while the other cores judge the next two. By index:
            // iterating the page would copy each invitation's facts (a retain per string).
            for (index, judgement) in work.takeResult().enumerated() {
                update.bind(.real(judgement.score), .text(judgement.suggestion.rawValue), .utf8(judgement.json), .text(current),
                            .integer(page[index].id))
                try update.run()
            }
            scored += page.count
        }
        try db.execute(sql: "UPDATE store_state SET scored_with = ? WHERE id = 1", arguments: [current])
        return scored
    }

    /// Invitations read, judged and written per round: enough to keep both cores busy, few
    /// enough that memory stays flat.
    static let pageSize = 4096
    /// Pages read and handed to the judges, the one being written included: two are judged
    /// while one is written.
    static let pagesInFlight = 3
}

private typealias Judgement = (score: Double, suggestion: Suggestion, json: [UInt8])

/// One page judged on every core, in the background.
private func judgeInBackground(_ page: [InvitationFacts], classifier: Classifier, notes: NoteCache)
    -> BackgroundWork<[Judgement]> {
    BackgroundWork {
        page.parallelMap(behindWriter: true) { facts in
            let judgement = classifier.judge(facts, analysis: notes.analysis(of: facts.message ?? ""))
            return (judgement.score, judgement.suggestion, judgement.verdict.jsonBytes)
        }
    }
}

/// The analyses of the notes that come often (default texts, stock notes, mass messages),
/// made once on every core and kept for the whole rescore; other notes are analysed where
/// they are judged.
struct NoteCache: Sendable {
    /// A note that comes this often is worth keeping analysed...
    static let minimumRepeats = 3
    /// ...up to this many notes (an analysis is a few kilobytes).
    static let capacity = 4_096

    /// Notes by `byteHash`: hashing a note as a `String` normalises non-ASCII text first, six
    /// times the cost, for every invitation.
    private let repeated: Set<Int>
    private let ownerNames: Set<String>
    private var kept: [Int: (note: String, analysis: NoteAnalysis)] = [:]
    /// Most invitations come without a note: one analysis serves them all.
    private let noNote: NoteAnalysis

    init(repeated: Set<Int>, ownerNames: Set<String>) {
        self.repeated = repeated
        self.ownerNames = ownerNames
        self.noNote = NoteAnalysis("", ownerNames: ownerNames)
    }

    /// Analyses the repeated notes of a page not analysed yet.
    mutating func prepare(_ notes: [String]) {
        var missing: [Int: String] = [:]
        for note in notes {
            let hash = note.byteHash
            if repeated.contains(hash), kept[hash] == nil { missing[hash] = note }
        }
        guard !missing.isEmpty else { return }
        let list = Array(missing)
        let ownerNames = ownerNames
        for ((hash, note), analysis) in zip(list, list.parallelMap { NoteAnalysis($0.value, ownerNames: ownerNames) }) {
            kept[hash] = (note, analysis)
        }
    }

    func analysis(of note: String) -> NoteAnalysis {
        if note.isEmpty { return noNote }
        let hash = note.byteHash
        if repeated.contains(hash), let entry = kept[hash], entry.note.hasSameBytes(as: note) { return entry.analysis }
        return NoteAnalysis(note, ownerNames: ownerNames)
    }
}
