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
        out.reserveCapacity(1024)
        for (index, claim) in claims.enumerated() {
            if index > 0 { out += "," }
            out += "{\"evidence\":"
            JSONText.quote(claim.evidence, into: &out)
            out += ",\"kind\":"
            JSONText.quote(claim.kind.rawValue, into: &out)
            out += ",\"specifics\":{"
            for (position, key) in claim.specifics.keys.sorted().enumerated() {
                if position > 0 { out += "," }
                JSONText.quote(key, into: &out)
                out += ":"
                JSONText.quote(claim.specifics[key] ?? "", into: &out)
            }
            out += "},\"text\":"
            JSONText.quote(claim.text, into: &out)
            out += ",\"verdict\":"
            JSONText.quote(claim.verdict.rawValue, into: &out)
            out += "}"
        }
        out += "],\"reasons\":["
        for (index, reason) in reasons.enumerated() {
            if index > 0 { out += "," }
            out += "{\"code\":"
            JSONText.quote(reason.code, into: &out)
            out += ",\"detail\":"
            JSONText.quote(reason.detail, into: &out)
            out += ",\"evidence\":"
            if let evidence = reason.evidence { JSONText.quote(evidence, into: &out) } else { out += "null" }
            out += ",\"points\":" + JSONText.number(reason.points) + "}"
        }
        out += "]}"
        return out
    }
}

/// Minimal JSON writing for the hot path.
enum JSONText {
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        // Most text needs no escape: copied whole. 0xE2 starts U+2028 and U+2029 (and other
        // characters, which then take the careful path).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += text
            out += "\""
            return
        }
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
        out += "\""
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
