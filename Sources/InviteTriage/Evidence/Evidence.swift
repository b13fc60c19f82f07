/// What the owner's own records say, as the classifier reads them. Built once per rescore
/// from the database (`EvidenceLoader`) or by hand in tests: scoring is pure over this value.
public struct Evidence: Sendable {
    public struct Connection: Sendable {
        public var name: String
        public var company: String?
        public var connectedOn: String?
    }

    public struct Conversation: Sendable {
        public var fromThem = 0
        public var fromOwner = 0
        public var last: LocalDateTime?

        public var isTwoWay: Bool { fromThem > 0 && fromOwner > 0 }
        public var total: Int { fromThem + fromOwner }
    }

    // The owner
    public var ownerNames: Set<String> = []
    public var ownerEmails: Set<String> = []
    public var headline: String?
    public var positions: [Position] = []
    public var education: [Schooling] = []
    public var skills: [String] = []
    public var groups: [String] = []

    // Which records exist: where they do not, a claim is unverifiable, not false.
    public var positionsKnown = false
    public var educationKnown = false
    public var connectionsKnown = false
    public var messagesKnown = false

    // The network
    var connections = PersonIndex<Connection>()
    var connectionsByFirstName: [String: [Connection]] = [:]
    var connectionCompanies: [String] = []
    var conversations = PersonIndex<Conversation>()
    var contacts = PersonIndex<Bool>()
    var invitedByOwner = PersonIndex<Bool>()

    // Across invitations
    /// Hashes of (note's mass key, sender) pairs seen, and how many different senders sent each
    /// note: hashes, so a million invitations fit in a few megabytes.
    private var noteSenders: Set<NoteSender> = []
    private var sendersPerNote: [Int: Int] = [:]
    /// Sender identity → the times they invited the owner. Only senders who may have invited
    /// more than once need be here (`EvidenceLoader` leaves out the rest).
    var invitationTimes = PersonIndex<[LocalDateTime]>()

    public init() {}

    /// The owner's folded names and first names, for telling "my friend Elena" from a mutual.
    var ownerNameWords: Set<String> {
        Set(ownerNames.flatMap { name in [name] + (name.split(separator: " ").first.map { [String($0)] } ?? []) })
    }

    mutating func addConnection(name: String, url: String?, company: String?, connectedOn: String?) {
        let key = TextFolding.fold(name)
        let connection = Connection(name: name, company: company, connectedOn: connectedOn)
        connections.insert(connection, url: url, key: key)
        if let first = key.split(separator: " ").first { connectionsByFirstName[String(first), default: []].append(connection) }
        if let company, !company.isEmpty { connectionCompanies.append(company) }
    }

    mutating func addConversation(_ conversation: Conversation, url: String?, key: String) {
        conversations.insert(conversation, url: url, key: key)
    }

    mutating func addContact(name: String) {
        contacts.insert(true, url: nil, key: TextFolding.fold(name))
    }

    mutating func addOwnerInvitation(to name: String, url: String?) {
        invitedByOwner.insert(true, url: url, key: TextFolding.fold(name))
    }

    mutating func addInvitation(from name: String, url: String?, at time: LocalDateTime, massKey: String) {
        let key = TextFolding.fold(name)
        addInvitationTime(time, url: url, key: key)
        addNote(massKey: massKey, senderURL: url, senderKey: key)
    }

    mutating func addInvitationTime(_ time: LocalDateTime, url: String?, key: String) {
        invitationTimes.update(url: url, key: key, initial: []) { $0.append(time) }
    }

    mutating func addNote(massKey: String, senderURL: String?, senderKey: String) {
        addNote(massKeyHash: massKey.massKeyHash, senderURL: senderURL, senderKey: senderKey)
    }

    mutating func addNote(massKeyHash note: Int, senderURL: String?, senderKey: String) {
        guard note != String.emptyMassKeyHash else { return }
        if noteSenders.insert(NoteSender(note: note, sender: (senderURL ?? senderKey).hashValue)).inserted {
            sendersPerNote[note, default: 0] += 1
        }
    }

    /// Once every invitation is added: forgets the pairs and the notes too rare to be mass
    /// messages (most of them), so that a million notes do not stay in memory while scoring.
    /// Adding notes afterwards would count wrong.
    mutating func keepOnlyMassNotes() {
        noteSenders = []
        sendersPerNote = sendersPerNote.filter { $0.value >= Self.massSenders }
    }

    /// A note from this many different senders is a mass message.
    static let massSenders = 3

    /// How many different senders sent a note with this mass key.
    func senderCount(massKey: String) -> Int {
        massKey.isEmpty ? 0 : sendersPerNote[massKey.massKeyHash] ?? 0
    }
}

extension String {
    /// A mass key as the evidence keeps it; an empty key (no words) is never a mass message.
    var massKeyHash: Int { isEmpty ? Self.emptyMassKeyHash : hashValue }
    static let emptyMassKeyHash = 0
}

private struct NoteSender: Hashable {
    let note: Int
    let sender: Int
}
