/// One received invitation as the classifier sees it.
public struct InvitationFacts: Sendable {
    public var id: Int64
    public var senderName: String {
        didSet {
            senderKey = TextFolding.fold(senderName)
            sender = PersonHash(url: senderURL, key: senderKey)
        }
    }
    /// `senderName` folded, once: every evidence look-up of a judgement asks for it.
    private(set) var senderKey: String
    public var senderURL: String? {
        didSet { sender = PersonHash(url: senderURL, key: senderKey) }
    }
    /// URL and folded name hashed, once, for the look-ups.
    private(set) var sender: PersonHash
    public var sentAt: LocalDateTime
    public var message: String?
    public var relationship: Relationship?
    public var givenEmail: String?
    public var headline: String?
    public var profile: SenderProfile?
    public var mutualConnections: Int?
    /// When an export showed the sender among the connections.
    public var connectedOn: String?

    public init(id: Int64 = 0, senderName: String, senderURL: String? = nil, sentAt: LocalDateTime, message: String? = nil,
                relationship: Relationship? = nil, givenEmail: String? = nil, headline: String? = nil,
                profile: SenderProfile? = nil, mutualConnections: Int? = nil, connectedOn: String? = nil) {
        self.id = id
        self.senderName = senderName
        self.senderKey = TextFolding.fold(senderName)
        self.senderURL = senderURL
        self.sender = PersonHash(url: senderURL, key: senderKey)
        self.sentAt = sentAt
        self.message = message
        self.relationship = relationship
        self.givenEmail = givenEmail
        self.headline = headline
        self.profile = profile
        self.mutualConnections = mutualConnections
        self.connectedOn = connectedOn
    }
}
