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
    /// Per folded first name, how many connections have it and the first one's name (for a
    /// mutual contact named by first name only): not the connections themselves, which were
    /// a second copy of the network (14 MB at 200,000 connections).
    var connectionsByFirstName: [String: (count: Int, first: String)] = [:]
    var connectionCompanies = CompanyNames()
    var conversations = PersonIndex<Conversation>()
    var contacts = PersonIndex<Bool>()
    var invitedByOwner = PersonIndex<Bool>()

    // Across invitations
    /// Per hash of a note's mass key: how many different senders sent it, and the first one's
    /// hash. The (note, sender) pairs are kept only for notes that came from two senders or
    /// more: most notes come from one, and a million pairs would be tens of megabytes.
    private var noteSenders: [Int: (count: Int, first: Int)] = [:]
    private var notePairs: Set<NoteSender> = []
    /// After `keepOnlyMassNotes`, which empties the two above: the senders of each mass message.
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
        if let first = key.split(separator: " ").first { connectionsByFirstName[String(first), default: (0, name)].count += 1 }
        if let company, !company.isEmpty { connectionCompanies.insert(company) }
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
        let sender = (senderURL ?? senderKey).byteHash
        guard var entry = noteSenders[note] else {
            noteSenders[note] = (1, sender)
            return
        }
        if entry.count == 1 {
            if entry.first == sender { return }
            notePairs.insert(NoteSender(note: note, sender: entry.first))
        }
        if notePairs.insert(NoteSender(note: note, sender: sender)).inserted {
            entry.count += 1
            noteSenders[note] = entry
        }
    }

    /// Once every invitation is added: forgets the pairs and the notes too rare to be mass
    /// messages (most of them), so that a million notes do not stay in memory while scoring.
    /// Adding notes afterwards would count wrong.
    mutating func keepOnlyMassNotes() {
        notePairs = []
        for (note, entry) in noteSenders where entry.count >= Self.massSenders { sendersPerNote[note] = entry.count }
        noteSenders = [:]
    }

    /// A note from this many different senders is a mass message.
    static let massSenders = 3

    /// How many different senders sent a note with this mass key.
    func senderCount(massKey: String) -> Int {
        guard !massKey.isEmpty else { return 0 }
        let note = massKey.massKeyHash
        return sendersPerNote[note] ?? noteSenders[note]?.count ?? 0
    }
}

extension String {
    /// A mass key as the evidence keeps it; an empty key (no words) is never a mass message.
    /// Keys are made of folded words, so their bytes decide.
    var massKeyHash: Int { isEmpty ? Self.emptyMassKeyHash : byteHash }
    static let emptyMassKeyHash = 0
}

private struct NoteSender: Hashable {
    let note: Int
    let sender: Int
}
