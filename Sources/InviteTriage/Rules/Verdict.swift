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
    /// The stored form, written by hand as UTF-8 bytes, bound to SQLite as they are:
    /// JSONEncoder, and even appending to a String, cost more than the rest of a verdict.
    /// Read back with JSONDecoder like any JSON.
    var jsonBytes: [UInt8] {
        var out = JSONBytes()
        out.reserve(1024)
        out.append("{\"claims\":[")
        for (index, claim) in claims.enumerated() {
            if index > 0 { out.append(",") }
            out.append("{\"evidence\":")
            out.quote(claim.evidence)
            out.append(",\"kind\":")
            out.quote(claim.kind.rawValue)
            out.append(",\"specifics\":{")
            for (position, key) in claim.specifics.keys.sorted().enumerated() {
                if position > 0 { out.append(",") }
                out.quote(key)
                out.append(":")
                out.quote(claim.specifics[key] ?? "")
            }
            out.append("},\"text\":")
            out.quote(claim.text)
            out.append(",\"verdict\":")
            out.quote(claim.verdict.rawValue)
            out.append("}")
        }
        out.append("],\"reasons\":[")
        for (index, reason) in reasons.enumerated() {
            if index > 0 { out.append(",") }
            out.append("{\"code\":")
            out.quote(reason.code)
            out.append(",\"detail\":")
            out.quote(reason.detail)
            out.append(",\"evidence\":")
            if let evidence = reason.evidence { out.quote(evidence) } else { out.append("null") }
            out.append(",\"points\":")
            out.append(number: reason.points)
            out.append("}")
        }
        out.append("]}")
        return out.bytes
    }

    var jsonText: String { String(decoding: jsonBytes, as: UTF8.self) }
}

/// Minimal JSON writing for the hot path.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    /// A literal's bytes, without making a String of it.
    mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func append(number value: Double) {
        var text = JSONBytes.number(value)
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `text` as a JSON string: quotes, backslashes, control characters and the line and
    /// paragraph separators (U+2028, U+2029) escaped; everything else copied as it is.
    mutating func quote(_ text: String) {
        var text = text
        bytes.append(0x22)
        text.withUTF8 { source in JSONBytes.special.withUnsafeBufferPointer { special in
            var index = 0
            while index < source.count {
                // Runs that need no escape (most text, all of it usually) are copied whole.
                var end = index
                while end < source.count, !special[Int(source[end])] { end += 1 }
                if end > index {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<end]))
                    index = end
                    continue
                }
                let byte = source[index]
                switch byte {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x00..<0x20:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    append("\\u00")
                    bytes += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80 && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
                    append(source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 2
                default: bytes.append(byte)
                }
                index += 1
            }
        } }
        bytes.append(0x22)
    }

    /// The bytes that may need an escape: control characters, quote, backslash, and 0xE2,
    /// which starts U+2028 and U+2029.
    private static let special: [Bool] = (0..<256).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
