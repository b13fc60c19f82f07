import Foundation
import Testing

/// One entry of Tests/EndToEndTests/Fixtures/*-expectations.json: what the classifier must make
/// of one incoming sample invitation (see samples/README.md, "Expectations files").
struct TriageExpectation: Decodable, Sendable, CustomTestStringConvertible {
    struct Claim: Decodable, Sendable, Hashable, CustomStringConvertible {
        let kind: String
        let verdict: String
        var description: String { "\(kind)=\(verdict)" }
    }

    let sender: String
    /// `YYYY-MM-DDTHH:MM`, the wall clock as written in the input.
    let sentAt: String
    let status: String
    /// Absent where the spec leaves the suggestion open.
    let suggestion: String?
    let mustHaveCodes: [String]
    let mustNotHaveCodes: [String]
    let claims: [Claim]

    var testDescription: String { "\(sender) \(sentAt)" }

    static func load(_ fixture: String) throws -> [TriageExpectation] {
        try JSONDecoder().decode([TriageExpectation].self, from: Data(contentsOf: PackagePaths.fixture(fixture)))
    }

    /// The minute `sentAt` names, as `list` prints it: the input's own wall clock, or for an
    /// input written in UTC (`…Z`), that instant in the sandbox's zone.
    func listedMinute(inputInUTC: Bool) -> String {
        guard inputInUTC else { return sentAt }
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "UTC")
        parser.dateFormat = "yyyy-MM-dd'T'HH:mm"
        guard let instant = parser.date(from: sentAt) else { return sentAt }
        parser.timeZone = TimeZone(identifier: Sandbox.zone)
        return parser.string(from: instant)
    }
}

/// One object of `list --format json` seen as the classifier's output.
struct TriagedInvitation {
    let listed: ListedInvitation

    var score: Double? { (listed.object["score"] as? NSNumber)?.doubleValue }
    var suggestion: String? { listed.object["suggestion"] as? String }
    var reasons: [[String: Any]] { listed.object["reasons"] as? [[String: Any]] ?? [] }
    var codes: [String] { reasons.compactMap { $0["code"] as? String } }
    var claimKinds: [String] { listed.object["claims"] as? [String] ?? [] }
    var claimDetails: [[String: Any]] { listed.object["claimDetails"] as? [[String: Any]] ?? [] }
    var claims: [TriageExpectation.Claim] {
        claimDetails.compactMap { detail in
            guard let kind = detail["kind"] as? String, let verdict = detail["verdict"] as? String else { return nil }
            return TriageExpectation.Claim(kind: kind, verdict: verdict)
        }
    }

    func points(of code: String) -> Double? {
        (reasons.first { $0["code"] as? String == code }?["points"] as? NSNumber)?.doubleValue
    }

    /// For failure messages.
    var summary: String {
        "\(listed.name ?? "?") \(listed.sentAt ?? "?"): \(listed.status ?? "?"), score \(score.map { String($0) } ?? "?"), \(suggestion ?? "?"); "
            + "codes \(codes); claims \(claims)"
    }

    static func decode(_ json: String) throws -> [TriagedInvitation] {
        try ListedInvitation.decode(json).map(TriagedInvitation.init)
    }
}
