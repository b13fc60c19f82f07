import Foundation
import GRDB

/// Reads the owner's records, and what the received invitations say about one another, from
/// the database into the values the classifier works on. The invitations themselves are read
/// a page at a time: memory stays flat however many there are.
enum EvidenceLoader {
    /// The evidence, and the hashes of the notes that come often (worth keeping analysed while
    /// scoring: see `NoteCache`).
    static func load(_ db: Database, configuration: Configuration) throws -> (evidence: Evidence, repeatedNotes: Set<Int>) {
        var evidence = Evidence()
        let sources = Set(try String.fetchAll(db, sql: "SELECT kind FROM evidence_source"))
        var ownerURLs = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT kind, value FROM owner_identity") {
            let value: String = row["value"]
            switch row["kind"] as String {
            case "name": evidence.ownerNames.insert(value)
            case "email": evidence.ownerEmails.insert(value)
            default: ownerURLs.insert(value)
            }
        }
        evidence.ownerNames.formUnion(configuration.ownerNames.map(TextFolding.fold))
        evidence.ownerEmails.formUnion(configuration.ownerEmails.map { $0.lowercased() })
        evidence.headline = try String.fetchOne(db, sql: "SELECT headline FROM owner_profile WHERE id = 1")
        evidence.positions = try Row.fetchAll(db, sql: "SELECT company, title, started, finished, location FROM owner_position").map {
            Position(company: $0["company"], title: ($0["title"] as String).nilIfEmpty, start: ($0["started"] as String).nilIfEmpty, end: $0["finished"],
                     location: $0["location"])
        }
        evidence.education = try Row.fetchAll(db, sql: "SELECT school, degree, started, finished FROM owner_education").map {
            Schooling(school: $0["school"], degree: ($0["degree"] as String).nilIfEmpty, start: ($0["started"] as String).nilIfEmpty, end: $0["finished"])
        }
        evidence.skills = try String.fetchAll(db, sql: "SELECT name FROM owner_skill")
        evidence.groups = (try String.fetchAll(db, sql: "SELECT name FROM owner_group") + configuration.ownerGroups).uniqued()
        evidence.positionsKnown = sources.contains(ExportFileKind.positions.rawValue) || !evidence.positions.isEmpty
        evidence.educationKnown = sources.contains(ExportFileKind.education.rawValue) || !evidence.education.isEmpty
        evidence.connectionsKnown = sources.contains(ExportFileKind.connections.rawValue)
        evidence.messagesKnown = sources.contains(ExportFileKind.messages.rawValue)

        // Cursors, not arrays: a network of thousands of rows is read one row at a time.
        evidence.connections.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM connection") ?? 0)
        let connections = try Row.fetchCursor(db, sql: "SELECT name, person_url, company, connected_on FROM connection")
        while let row = try connections.next() {
            evidence.addConnection(name: row["name"], url: row["person_url"], company: row["company"], connectedOn: row["connected_on"])
        }
        let contacts = try String.fetchCursor(db, sql: "SELECT name FROM contact")
        while let name = try contacts.next() { evidence.addContact(name: name) }
        let sent = try Row.fetchCursor(db, sql: "SELECT recipient_name, recipient_url FROM sent_invitation")
        while let row = try sent.next() {
            evidence.addOwnerInvitation(to: row["recipient_name"], url: row["recipient_url"])
        }

        // Repeat invitations: only senders whose URL, or name where a URL is missing, comes
        // more than once can have invited before; SQL finds them through the indexes. Names
        // are taken from the rows without URL first: counting URLs per name would read every
        // row of the table (5 s at a million).
        let repeaters = try Row.fetchCursor(db, sql: """
            SELECT sender_key, sender_url, sent_at FROM invitation
            WHERE sender_url IN (SELECT sender_url FROM invitation WHERE sender_url IS NOT NULL GROUP BY sender_url HAVING COUNT(*) > 1)
               OR sender_key IN (SELECT sender_key FROM invitation
                                 WHERE sender_key IN (SELECT sender_key FROM invitation WHERE sender_url IS NULL)
                                 GROUP BY sender_key HAVING COUNT(*) > 1)
            ORDER BY id
            """)
        while let row = try repeaters.next() {
            guard let sentAt = LocalDateTime(text: row["sent_at"]) else { continue }
            evidence.addInvitationTime(sentAt, url: row["sender_url"], key: row["sender_key"])
        }

        // Mass messages and echoed notes: every note once, reduced to hashes (a collision of
        // 64-bit hashes among a million notes is a chance in billions).
        var echoes = try NoteEchoes(db)
        var distinctNotes: [Int: (massKey: Int, count: Int)] = [:]
        let notes = try Row.fetchCursor(db, sql: "SELECT sender_key, sender_url, message FROM invitation WHERE message <> ''")
        typealias NoteRow = (senderKey: String, senderURL: String?, message: String)
        typealias Digest = (hash: Int, massKey: Int?, contentKey: String?)
        // Folding and reducing notes is the costly part: on every core, a chunk at a time,
        // while this thread reads the next chunk (the workers yield their core to it).
        func digest(_ chunk: [NoteRow]) -> BackgroundWork<[Digest]> {
            BackgroundWork { [distinctNotes, echoes] in
                chunk.parallelMap(behindWriter: true) { row in
                    let hash = row.message.byteHash
                    return (hash: hash, massKey: distinctNotes[hash] == nil ? NoteText.core(of: row.message).massKeyHash : nil,
                            contentKey: echoes.canEcho(senderURL: row.senderURL, senderKey: row.senderKey) ? ContentKey.of(row.message) : nil)
                }
            }
        }
        // The workers' copy of the dictionary is released before it changes again: not copied.
        func add(_ chunk: [NoteRow], _ digests: [Digest]) {
            for (row, digest) in zip(chunk, digests) {
                var seen = distinctNotes[digest.hash] ?? (digest.massKey ?? String.emptyMassKeyHash, 0)
                seen.count += 1
                distinctNotes[digest.hash] = seen
                evidence.addNote(massKeyHash: seen.massKey, senderURL: row.senderURL, senderKey: row.senderKey)
                if let contentKey = digest.contentKey { echoes.add(contentKey: contentKey, senderURL: row.senderURL, senderKey: row.senderKey) }
            }
        }
        var chunk: [NoteRow] = []
        var digesting: (chunk: [NoteRow], work: BackgroundWork<[Digest]>)?
        func digestReadChunk() {
            if let digesting { add(digesting.chunk, digesting.work.result()) }
            digesting = (chunk, digest(chunk))
            chunk = []
        }
        while let row = try notes.next() {
            chunk.append((row[0], row[1], row[2]))  // by position: a name look-up lowercases it on every row
            if chunk.count == 8192 { digestReadChunk() }
        }
        digestReadChunk()
        if let digesting { add(digesting.chunk, digesting.work.result()) }
        // Kept analysed while scoring: the notes that come often, as many as memory allows.
        let frequent = distinctNotes.filter { $0.value.count >= NoteCache.minimumRepeats }
        let repeatedNotes = Set(frequent.sorted { $0.value.count > $1.value.count }.prefix(NoteCache.capacity).map(\.key))
        distinctNotes = [:]
        evidence.keepOnlyMassNotes()

        // Conversations: only messages from each side count; an accepted invitation's note
        // echoed as the first message, and sponsored mail (never stored), do not.
        var conversations = [String: (url: String?, key: String, value: Evidence.Conversation)]()
        func touch(url: String?, key: String, fromOwner: Bool, at time: LocalDateTime?) {
            let id = url ?? "key:" + key
            var entry = conversations[id] ?? (url, key, Evidence.Conversation())
            if fromOwner { entry.value.fromOwner += 1 } else { entry.value.fromThem += 1 }
            if let time, entry.value.last.map({ $0 < time }) ?? true { entry.value.last = time }
            conversations[id] = entry
        }
        let separator: Character = "\u{1F}"
        let messages = try Row.fetchCursor(db, sql: "SELECT sender_key, sender_url, recipient_keys, recipient_urls, sent_at, content_key FROM message")
        while let row = try messages.next() {
            // By position (the SELECT's order): a look-up by name lowercases it on every row.
            let senderKey: String = row[0]
            let senderURL: String? = row[1]
            let time = LocalDateTime(text: row[4])
            let fromOwner = senderURL.map(ownerURLs.contains) ?? false || evidence.ownerNames.contains(senderKey)
            if fromOwner {
                let keys = (row[2] as String).split(separator: separator).map(String.init)
                let urls = (row[3] as String).split(separator: separator).map(String.init)
                for (index, key) in keys.enumerated() where !evidence.ownerNames.contains(key) {
                    let url = urls.count == keys.count ? urls[index] : nil
                    if let url, ownerURLs.contains(url) { continue }
                    touch(url: url, key: key, fromOwner: true, at: time)
                }
            } else {
                if echoes.contains(contentKey: row[5], senderURL: senderURL, senderKey: senderKey) { continue }
                touch(url: senderURL, key: senderKey, fromOwner: false, at: time)
            }
        }
        // A counterpart seen with and without URL (2018 exports have none) is one person.
        var merged = PersonIndex<Evidence.Conversation>()
        for (_, entry) in conversations.sorted(by: { ($0.value.url == nil ? 1 : 0, $0.key) < ($1.value.url == nil ? 1 : 0, $1.key) }) {
            merged.update(url: entry.url, key: entry.key, initial: Evidence.Conversation()) { total in
                total.fromThem += entry.value.fromThem
                total.fromOwner += entry.value.fromOwner
                if let last = entry.value.last, total.last.map({ $0 < last }) ?? true { total.last = last }
            }
        }
        evidence.conversations = merged
        return (evidence, repeatedNotes)
    }

    /// Read by position in `facts(_:)`.
    static let factColumns = """
        id, sender_name, sender_url, sent_at, message, relationship, given_email, headline, profile,
        mutual_connections, connected_on
        """

    /// A page of received invitations in id order, after `id`; `lastID` is where the next
    /// page starts (nil at the end).
    static func invitations(_ db: Database, after id: Int64, limit: Int) throws -> (facts: [InvitationFacts], lastID: Int64?) {
        let page = try FastStatement(db, sql: "SELECT \(factColumns) FROM invitation WHERE id > ? ORDER BY id LIMIT ?")
        page.bind(.integer(id), .integer(Int64(limit)))
        var lastID: Int64?
        let facts = try Self.facts(page) { lastID = $0 }
        return (facts, lastID)
    }

    /// The received invitations from one person (same URL, or same name where a URL is missing).
    static func invitations(_ db: Database, fromURL url: String?, key: String) throws -> [InvitationFacts] {
        let statement = try FastStatement(db, sql: "SELECT \(factColumns) FROM invitation WHERE \(url == nil ? "sender_key" : "sender_url") = ? ORDER BY id")
        statement.bind(.text(url ?? key))
        return try facts(statement) { _ in }
    }

    /// Every row of `statement` (selecting `factColumns`) whose time reads; `seen` gets each id.
    private static func facts(_ statement: FastStatement, seen: (Int64) -> Void) throws -> [InvitationFacts] {
        var result: [InvitationFacts] = []
        while try statement.step() {
            let id = statement.int64(0) ?? 0
            seen(id)
            guard let sentAt = statement.text(3).flatMap(LocalDateTime.init(text:)) else { continue }
            result.append(InvitationFacts(
                id: id, senderName: statement.text(1) ?? "", senderURL: statement.text(2), sentAt: sentAt, message: statement.text(4),
                relationship: statement.text(5).flatMap(Relationship.init(rawValue:)),
                givenEmail: statement.text(6), headline: statement.text(7),
                profile: statement.text(8).flatMap { try? JSONDecoder().decode(SenderProfile.self, from: Data($0.utf8)) },
                mutualConnections: statement.int64(9).map(Int.init), connectedOn: statement.text(10)))
        }
        return result
    }
}

/// The notes each sender's invitations carried, as hashes of (identity, content key): a first
/// message that repeats the invitation's note is the note echoed, not a conversation. The
/// identity rule is the importer's: same URL, or same folded name where one side has no URL.
private struct NoteEchoes: Sendable {
    private var seen: Set<Int> = []
    /// Hashes of the URLs and names that wrote messages: only their notes can come back as one.
    /// A million notes' hashes would be tens of megabytes; those of the writers are a few.
    private let writerURLs: Set<Int>
    private let writerKeys: Set<Int>

    init(_ db: Database) throws {
        var urls = Set<Int>()
        var keys = Set<Int>()
        let writers = try Row.fetchCursor(db, sql: "SELECT sender_key, sender_url FROM message")
        while let row = try writers.next() {
            keys.insert((row[0] as String).byteHash)
            if let url = row[1] as String? { urls.insert(url.byteHash) }
        }
        (writerURLs, writerKeys) = (urls, keys)
    }

    /// Whether a message could match this sender (see `contains`): by URL, or by name.
    func canEcho(senderURL: String?, senderKey: String) -> Bool {
        writerKeys.contains(senderKey.byteHash) || senderURL.map { writerURLs.contains($0.byteHash) } ?? false
    }

    /// Only for senders who `canEcho`: the others' notes would never be looked up.
    mutating func add(contentKey: String, senderURL: String?, senderKey: String) {
        seen.insert(CombinedHash.of("name", senderKey, contentKey))
        if let senderURL {
            seen.insert(CombinedHash.of("url", senderURL, contentKey))
        } else {
            seen.insert(CombinedHash.of("name without url", senderKey, contentKey))
        }
    }

    func contains(contentKey: String, senderURL: String?, senderKey: String) -> Bool {
        guard let senderURL else { return seen.contains(CombinedHash.of("name", senderKey, contentKey)) }
        return seen.contains(CombinedHash.of("url", senderURL, contentKey)) || seen.contains(CombinedHash.of("name without url", senderKey, contentKey))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
