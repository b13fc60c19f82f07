/// The classifier's judgement of one invitation: its claims with their verdicts, and the
/// reasons with points and evidence. Stored as JSON with the invitation.
public struct Verdict: Codable, Equatable, Sendable {
    public var claims: [ClaimDetail] = []
    /// Largest |points| first.
    public var reasons: [Reason] = []

    public init(claims: [ClaimDetail] = [], reasons: [Reason] = []) {
        self.claims = claims
        self.reasons = reasons
    }
}

public enum Suggestion: String, Codable, CaseIterable, Sendable {
    case accept, review, ignore
}

public enum ClaimKind: String, Codable, CaseIterable, Sendable {
    case friend, colleague, classmate, business, met, group
    case sharedConnection = "shared_connection"
}

public enum ClaimVerdict: String, Codable, Sendable {
    case backed, `false`, unverifiable
}

/// A relationship claim the invitation makes, with what the records say of it.
public struct ClaimDetail: Codable, Equatable, Sendable {
    public var kind: ClaimKind
    /// The words of the note (or the relationship field) that make the claim.
    public var text: String
    /// What the claim names: company, school, group, event, person, period.
    public var specifics: [String: String]
    public var verdict: ClaimVerdict
    /// What the records show, in words.
    public var evidence: String

    public init(kind: ClaimKind, text: String, specifics: [String: String] = [:], verdict: ClaimVerdict = .unverifiable, evidence: String = "") {
        (self.kind, self.text, self.specifics, self.verdict, self.evidence) = (kind, text, specifics, verdict, evidence)
    }

    enum CodingKeys: String, CodingKey { case kind, text, specifics, verdict, evidence }
}

/// One reason behind a score: a rule that applied, its points, and its evidence in words.
public struct Reason: Codable, Equatable, Sendable {
    public var code: String
    public var points: Double
    public var detail: String
    public var evidence: String?

    public init(code: String, points: Double, detail: String, evidence: String? = nil) {
        (self.code, self.points, self.detail, self.evidence) = (code, points, detail, evidence)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(points, forKey: .points)
        try container.encode(detail, forKey: .detail)
        try container.encode(evidence, forKey: .evidence)
    }

    enum CodingKeys: String, CodingKey { case code, points, detail, evidence }
}

extension Verdict {
    /// The stored form, written by hand: JSONEncoder is the slowest step of a rescore on Linux.
    /// Read back with JSONDecoder like any JSON.
    var jsonText: String {
        var out = "{\"claims\":["
        for (index, claim) in claims.enumerated() {
            if index > 0 { out += "," }
            out += "{\"evidence\":" + JSONText.quote(claim.evidence) + ",\"kind\":" + JSONText.quote(claim.kind.rawValue) + ",\"specifics\":{"
            out += claim.specifics.keys.sorted().map { JSONText.quote($0) + ":" + JSONText.quote(claim.specifics[$0]!) }.joined(separator: ",")
            out += "},\"text\":" + JSONText.quote(claim.text) + ",\"verdict\":" + JSONText.quote(claim.verdict.rawValue) + "}"
        }
        out += "],\"reasons\":["
        for (index, reason) in reasons.enumerated() {
            if index > 0 { out += "," }
            out += "{\"code\":" + JSONText.quote(reason.code) + ",\"detail\":" + JSONText.quote(reason.detail)
            out += ",\"evidence\":" + (reason.evidence.map(JSONText.quote) ?? "null") + ",\"points\":" + JSONText.number(reason.points) + "}"
        }
        return out + "]}"
    }
}

/// Minimal JSON writing for the hot path.
enum JSONText {
    static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
