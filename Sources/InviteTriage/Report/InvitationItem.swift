/// One received invitation as `list`, `show` and `export` present it. The JSON keys are a
/// contract with scripts: every key is always present, `null` when unknown.
public struct InvitationItem: Encodable, Sendable {
    public struct Sender: AlwaysPresentKeys, Sendable {
        public var name: String
        public var profileUrl: String?
        public var headline: String?

    }

    public struct Decision: AlwaysPresentKeys, Sendable {
        public var decidedAt: String
        public var note: String?

    }

    public var id: Int64
    public var status: String
    public var connectedOn: String?
    public var score: Double
    public var suggestion: Suggestion
    public var from: Sender
    public var sentAt: String
    public var message: String?
    public var verdict: Verdict
    public var decision: Decision?

    public var claims: [ClaimKind] { verdict.claims.map(\.kind) }

    enum CodingKeys: String, CodingKey {
        case id, status, connectedOn, score, suggestion, from, sentAt, message, claims, claimDetails, reasons, decision
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(connectedOn, forKey: .connectedOn)
        try container.encode(score, forKey: .score)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encode(from, forKey: .from)
        try container.encode(sentAt, forKey: .sentAt)
        try container.encode(message, forKey: .message)
        try container.encode(claims, forKey: .claims)
        try container.encode(verdict.claims, forKey: .claimDetails)
        try container.encode(verdict.reasons, forKey: .reasons)
        try container.encode(decision, forKey: .decision)
    }
}
