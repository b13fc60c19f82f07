import Foundation
import GRDB

/// Reads the owner's records and every received invitation from the database into the values
/// the classifier works on.
enum EvidenceLoader {
    /// The evidence, every received invitation, and the analysis of each distinct note (made
    /// here for mass-message counting, reused by scoring).
    static func load(_ db: Database, configuration: Configuration) throws -> (Evidence, [InvitationFacts]) {
        let (evidence, invitations, _) = try loadWithAnalyses(db, configuration: configuration)
        return (evidence, invitations)
    }

    static func loadWithAnalyses(_ db: Database, configuration: Configuration) throws -> (Evidence, [InvitationFacts], [String: NoteAnalysis]) {
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
        evidence.positions = try Row.fetchAll(db, sql: "SELECT company, title, started, finished FROM owner_position").map {
            Position(company: $0["company"], title: ($0["title"] as String).nilIfEmpty, start: ($0["started"] as String).nilIfEmpty, end: $0["finished"])
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

        for row in try Row.fetchAll(db, sql: "SELECT name, person_url, company, connected_on FROM connection") {
            evidence.addConnection(name: row["name"], url: row["person_url"], company: row["company"], connectedOn: row["connected_on"])
        }
        for name in try String.fetchAll(db, sql: "SELECT name FROM contact") { evidence.addContact(name: name) }
        for row in try Row.fetchAll(db, sql: "SELECT recipient_name, recipient_url FROM sent_invitation") {
            evidence.addOwnerInvitation(to: row["recipient_name"], url: row["recipient_url"])
        }

        var invitations: [InvitationFacts] = []
        var notesBySender = PersonIndex<Set<String>>()
        let ownerNameWords = evidence.ownerNameWords
        let decoder = JSONDecoder()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, sender_name, sender_url, sent_at, message, relationship, given_email, headline, profile,
                   mutual_connections, connected_on FROM invitation
            """)
        while let row = try rows.next() {
            guard let sentAt = LocalDateTime(text: row["sent_at"]) else { continue }
            let message: String? = row["message"]
            let facts = InvitationFacts(
                id: row["id"], senderName: row["sender_name"], senderURL: row["sender_url"], sentAt: sentAt, message: message,
                relationship: (row["relationship"] as String?).flatMap(Relationship.init(rawValue:)),
                givenEmail: row["given_email"], headline: row["headline"],
                profile: (row["profile"] as String?).flatMap { try? decoder.decode(SenderProfile.self, from: Data($0.utf8)) },
                mutualConnections: row["mutual_connections"], connectedOn: row["connected_on"])
            if let message, !message.isEmpty {
                notesBySender.update(url: facts.senderURL, key: facts.senderKey, initial: []) { $0.insert(ContentKey.of(message)) }
            }
            invitations.append(facts)
        }
        // Every distinct note is analysed once, on every core: the hot path of a rescore.
        let analyses = NoteAnalysis.analyse(Set(invitations.map { $0.message ?? "" }), ownerNames: ownerNameWords)
        for facts in invitations {
            evidence.addInvitation(from: facts.senderName, url: facts.senderURL, at: facts.sentAt, massKey: analyses[facts.message ?? ""]?.massKey ?? "")
        }

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
            let senderKey: String = row["sender_key"]
            let senderURL: String? = row["sender_url"]
            let time = LocalDateTime(text: row["sent_at"])
            let fromOwner = senderURL.map(ownerURLs.contains) ?? false || evidence.ownerNames.contains(senderKey)
            if fromOwner {
                let keys = (row["recipient_keys"] as String).split(separator: separator).map(String.init)
                let urls = (row["recipient_urls"] as String).split(separator: separator).map(String.init)
                for (index, key) in keys.enumerated() where !evidence.ownerNames.contains(key) {
                    let url = urls.count == keys.count ? urls[index] : nil
                    if let url, ownerURLs.contains(url) { continue }
                    touch(url: url, key: key, fromOwner: true, at: time)
                }
            } else {
                if notesBySender.find(url: senderURL, key: senderKey)?.contains(row["content_key"]) == true { continue }
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
        return (evidence, invitations, analyses)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
