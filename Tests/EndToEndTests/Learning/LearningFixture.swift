import Foundation
import Testing

/// The generated person of the learning tests (seed 42: 80 invitations, 40 recruiters and 40
/// Swift people, all at score 0 → review by the rules), and databases where 60 of them were
/// decided one by one in time order. Deciding 60 takes a minute of a debug build, so each
/// decided database is made once per test run and copied into each test's sandbox.
enum LearningFixture {
    static let person = GeneratedPerson(seed: 42)
    static let decidedCount = 60
    /// The seed of the coin flips of `randomTaste`.
    static let randomSeed: UInt64 = 1

    /// A sandbox with the generated person's Invitations.csv imported, nothing decided.
    static func sandbox(sourceLocation: SourceLocation = #_sourceLocation) throws -> Sandbox {
        let sandbox = try Sandbox()
        let path = try sandbox.write("export/Invitations.csv", text: person.invitationsCSV)
        try sandbox.importing([path], sourceLocation: sourceLocation)
        return sandbox
    }

    /// Pending invitations, oldest first.
    static func pendingOldestFirst(_ sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws -> [ListedInvitation] {
        let result = try sandbox.triage(["list", "--order", "oldest", "--format", "json"], sourceLocation: sourceLocation)
        try #require(result.status == 0, "list failed: \(result)", sourceLocation: sourceLocation)
        return try ListedInvitation.decode(result.stdout)
    }

    /// `accept ID` or `ignore ID`, one command per invitation, in the order given.
    static func decideOneByOne(_ sandbox: Sandbox, _ invitations: [ListedInvitation], sourceLocation: SourceLocation = #_sourceLocation,
                               accepting: (ListedInvitation) -> Bool) throws {
        for invitation in invitations {
            let id = try #require(invitation.id, sourceLocation: sourceLocation)
            let verb = accepting(invitation) ? "accept" : "ignore"
            let result = try sandbox.triage([verb, String(id)], sourceLocation: sourceLocation)
            try #require(result.status == 0, "\(verb) \(id) failed: \(result)", sourceLocation: sourceLocation)
        }
    }

    /// The hidden taste: accept anyone who mentions Swift, ignore recruiters.
    static func hiddenTaste(_ invitation: ListedInvitation) -> Bool { GeneratedPerson.mentionsSwift(note: invitation.message) }

    // MARK: Decided databases, made once

    struct TemplateFailure: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    /// Where the decided databases are kept for the run; removed when the test process exits.
    static let templatesRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("invite-triage-learning-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: LearningFixture.templatesRoot) }
        return root
    }()

    /// 60 decided with the hidden taste, oldest first.
    static let hiddenTasteTemplate: Result<URL, TemplateFailure> = template("hidden-taste") { hiddenTaste }

    /// 60 decided by coin flips (seed `randomSeed`), oldest first.
    static let randomTasteTemplate: Result<URL, TemplateFailure> = template("random-taste") {
        var random = GeneratedPersonRandom(seed: randomSeed)
        return { _ in random.below(2) == 0 }
    }

    private static func template(_ name: String, _ makeTaste: () -> (ListedInvitation) -> Bool) -> Result<URL, TemplateFailure> {
        do {
            let sandbox = try self.sandbox()
            defer { sandbox.remove() }
            let oldest = try pendingOldestFirst(sandbox).prefix(decidedCount)
            try decideOneByOne(sandbox, Array(oldest), accepting: makeTaste())
            let folder = templatesRoot.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: templatesRoot, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: sandbox.database.deletingLastPathComponent(), to: folder)
            return .success(folder)
        } catch {
            return .failure(TemplateFailure(description: "making the \(name) database failed: \(error)"))
        }
    }

    /// A fresh sandbox holding a copy of a decided database.
    static func sandbox(copying template: Result<URL, TemplateFailure>) throws -> Sandbox {
        let folder = try template.get()
        let sandbox = try Sandbox()
        try FileManager.default.copyItem(at: folder, to: sandbox.database.deletingLastPathComponent())
        return sandbox
    }
}

/// `learn --format json`.
struct LearnedModelJSON: Decodable, Equatable {
    struct Feature: Decodable, Equatable {
        var feature: String
        var weight: Double
        var accepted: Int
        var ignored: Int
    }

    var active: Bool
    var decisions: Int
    var accepted: Int
    var ignored: Int
    var minDecisions: Int
    var minEach: Int
    var maxPoints: Double
    var towardAccept: [Feature]
    var towardIgnore: [Feature]
    var warning: String?

    /// What does not depend on how ties between equally weighted features are broken.
    var canonical: String {
        let weights = [towardAccept, towardIgnore].map { $0.map { String($0.weight) }.joined(separator: ",") }
        return "\(active) \(decisions) \(accepted) \(ignored) [\(weights[0])] [\(weights[1])] \(warning ?? "-")"
    }
}

/// `eval --format json`.
struct EvalReplayJSON: Decodable {
    struct Side: Decodable {
        var agreement: Double?
        var reviewShare: Double?
        var confusion: [String: [String: Int]]
    }

    var decisions: Int
    var withoutLearned: Side
    var withLearned: Side
    var gain: Double?
    var predictedWithModel: Int
}

extension Sandbox {
    func learnedModelJSON(sourceLocation: SourceLocation = #_sourceLocation) throws -> LearnedModelJSON {
        let result = try triage(["learn", "--format", "json"], sourceLocation: sourceLocation)
        try #require(result.status == 0, "learn failed: \(result)", sourceLocation: sourceLocation)
        return try JSONDecoder().decode(LearnedModelJSON.self, from: Data(result.stdout.utf8))
    }

    func evalReplayJSON(sourceLocation: SourceLocation = #_sourceLocation) throws -> EvalReplayJSON {
        let result = try triage(["eval", "--format", "json"], sourceLocation: sourceLocation)
        try #require(result.status == 0, "eval failed: \(result)", sourceLocation: sourceLocation)
        return try JSONDecoder().decode(EvalReplayJSON.self, from: Data(result.stdout.utf8))
    }

    /// `rescore`, which must succeed.
    func rescoreAll(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try triage(["rescore"], sourceLocation: sourceLocation)
        try #require(result.status == 0, "rescore failed: \(result)", sourceLocation: sourceLocation)
    }

    /// `list --format json` (pending by default) and what it said on stderr.
    func listWithNotes(_ options: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> (items: [ListedInvitation], stderr: String) {
        let result = try triage(["list", "--format", "json"] + options, sourceLocation: sourceLocation)
        try #require(result.status == 0, "list failed: \(result)", sourceLocation: sourceLocation)
        return (try ListedInvitation.decode(result.stdout), result.stderr)
    }
}

extension ListedInvitation {
    /// The `learned` reason, if the invitation carries one.
    var learnedReason: (points: Double, detail: String)? {
        let reasons = object["reasons"] as? [[String: Any]] ?? []
        guard let reason = reasons.first(where: { $0["code"] as? String == "learned" }) else { return nil }
        return ((reason["points"] as? NSNumber)?.doubleValue ?? .nan, reason["detail"] as? String ?? "")
    }

    /// The learned points, 0 when there is no learned reason.
    var learnedPoints: Double { learnedReason?.points ?? 0 }

    var listedScore: Double? { (object["score"] as? NSNumber)?.doubleValue }
    var listedSuggestion: String? { object["suggestion"] as? String }
    var listedReasonCodes: [String] { (object["reasons"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
}
