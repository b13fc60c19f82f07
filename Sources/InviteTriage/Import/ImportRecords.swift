/// What the readers make of input rows, before they are stored. Readers are pure: they turn
/// text into these values; `StoreWriter` puts them in the database.

/// The sender's answer to LinkedIn's old "How do you know X?" question.
public enum Relationship: String, CaseIterable, Codable, Sendable {
    case friend, colleague, classmate, business, group, other
}

public struct Position: Codable, Equatable, Sendable {
    public var company: String
    public var title: String?
    /// `YYYY` or `YYYY-MM`; nil when unknown.
    public var start: String?
    /// nil: current (or unknown for the sender's side).
    public var end: String?
    /// Where, as Positions.csv gives it ("Berlin, Germany"); nil when unknown.
    public var location: String?

    public init(company: String, title: String? = nil, start: String? = nil, end: String? = nil, location: String? = nil) {
        (self.company, self.title, self.start, self.end, self.location) = (company, title, start, end, location)
    }
}

public struct Schooling: Codable, Equatable, Sendable {
    public var school: String
    public var degree: String?
    public var start: String?
    public var end: String?

    public init(school: String, degree: String? = nil, start: String? = nil, end: String? = nil) {
        (self.school, self.degree, self.start, self.end) = (school, degree, start, end)
    }
}

/// What an input says of a sender beyond name and headline (API graphs and JSON only;
/// Invitations.csv carries none of it).
public struct SenderProfile: Codable, Equatable, Sendable {
    public var industry: String?
    public var location: String?
    public var positions: [Position] = []
    public var education: [Schooling] = []
    public var groups: [String] = []
    public var skills: [String] = []

    public init() {}

    var isEmpty: Bool { self == SenderProfile() }
}

struct ReceivedInvitation {
    let senderName: String
    /// The folded name the store matches on: computed where the row is parsed, which for a
    /// CSV file is another thread than the one writing.
    let senderKey: String
    var senderURL: String?
    var sentAt: LocalDateTime
    var message: String?
    var relationship: Relationship?
    var givenEmail: String?
    var headline: String?
    var profile: SenderProfile?
    var mutualConnections: Int?

    init(senderName: String, senderURL: String? = nil, sentAt: LocalDateTime, message: String? = nil,
         relationship: Relationship? = nil, givenEmail: String? = nil, headline: String? = nil,
         profile: SenderProfile? = nil, mutualConnections: Int? = nil) {
        self.senderName = senderName
        self.senderKey = TextFolding.fold(senderName)
        self.senderURL = senderURL
        self.sentAt = sentAt
        self.message = message
        self.relationship = relationship
        self.givenEmail = givenEmail
        self.headline = headline
        self.profile = profile
        self.mutualConnections = mutualConnections
    }
}

struct SentInvitation {
    var recipientName: String
    var recipientURL: String?
    var sentAt: LocalDateTime
    var message: String?
}

struct OwnerFacts {
    var name: String?
    var profileURL: String?
    var headline: String?
    var industry: String?
    var location: String?
    var positions: [Position] = []
    var education: [Schooling] = []
    var groups: [String] = []
    var skills: [String] = []
    var emails: [String] = []
}

struct ConnectionRecord {
    let name: String
    /// The folded name, computed where the row is parsed (see `ReceivedInvitation.senderKey`).
    let personKey: String
    var url: String?
    var company: String?
    var position: String?
    var connectedOn: String

    init(name: String, url: String?, company: String?, position: String?, connectedOn: String) {
        self.name = name
        self.personKey = TextFolding.fold(name)
        self.url = url
        self.company = company
        self.position = position
        self.connectedOn = connectedOn
    }
}

struct MessageRecord {
    let conversation: String
    let senderName: String
    let senderURL: String?
    let recipientNames: [String]
    let recipientURLs: [String]
    let sentAt: LocalDateTime
    /// What the store keeps of the people and the text, computed where the row is parsed (see
    /// `ReceivedInvitation.senderKey`): folded names and a hash of the folded content.
    let senderKey: String
    let recipientKeys: [String]
    let contentKey: String

    init(conversation: String, senderName: String, senderURL: String?, recipientNames: [String], recipientURLs: [String],
         sentAt: LocalDateTime, content: String) {
        self.conversation = conversation
        self.senderName = senderName
        self.senderURL = senderURL
        self.recipientNames = recipientNames
        self.recipientURLs = recipientURLs
        self.sentAt = sentAt
        self.senderKey = TextFolding.fold(senderName)
        self.recipientKeys = recipientNames.map(TextFolding.fold)
        self.contentKey = ContentKey.of(content)
    }
}

struct ContactRecord {
    var name: String
    var company: String
}
