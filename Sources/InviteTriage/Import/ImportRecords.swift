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

    public init(company: String, title: String? = nil, start: String? = nil, end: String? = nil) {
        (self.company, self.title, self.start, self.end) = (company, title, start, end)
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
    var senderName: String
    var senderURL: String?
    var sentAt: LocalDateTime
    var message: String?
    var relationship: Relationship?
    var givenEmail: String?
    var headline: String?
    var profile: SenderProfile?
    var mutualConnections: Int?
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
    var name: String
    var url: String?
    var company: String?
    var position: String?
    var connectedOn: String
}

struct MessageRecord {
    var conversation: String
    var senderName: String
    var senderURL: String?
    var recipientNames: [String]
    var recipientURLs: [String]
    var sentAt: LocalDateTime
    var content: String
}

struct ContactRecord {
    var name: String
    var company: String
}
