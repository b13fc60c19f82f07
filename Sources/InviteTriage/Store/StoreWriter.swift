import Foundation
import GRDB

/// Puts imported records in the database, inside the import's one transaction. Every write is
/// idempotent: importing the same or an overlapping export again adds nothing twice and never
/// touches a decision.
struct StoreWriter {
    enum Outcome { case new, known }

    let db: Database
    let importedAt: String
    /// People removed with `forget`: imports skip them.
    let tombstones: Forgetting.Tombstones
    /// The statements run once per row, prepared once per import: a cached statement would
    /// hash its SQL text on every row.
    private let statements: RowStatements
    /// Into a table that was empty when the import began: the senders written so far.
    private let seen: SeenIdentities?
    /// Into a populated table: the rows it holds, once enough have been looked up.
    private let known: KnownInvitations?

    /// `readingKnownRowsAfter`, `waitingForKnownRows`: see `KnownInvitations.init`.
    init(db: Database, importedAt: String, intoEmptyTable: Bool = false, readingKnownRowsAfter: Int? = nil,
         waitingForKnownRows: Bool = false) throws {
        self.db = db
        self.importedAt = importedAt
        self.tombstones = try Forgetting.Tombstones(db)
        self.statements = try RowStatements(db)
        self.seen = intoEmptyTable ? SeenIdentities() : nil
        self.known = intoEmptyTable ? nil : KnownInvitations(
            storedRows: try InvitationTally.count(db, status: nil), readAfter: readingKnownRowsAfter, waitsForRead: waitingForKnownRows)
    }

    /// Once every row is written: the filter of identities and the table of known rows go
    /// (megabytes, until the end of the import otherwise, when scoring needs the memory), and
    /// a read of the known rows still under way stops.
    func finishWriting() {
        seen?.release()
        known?.stop()
    }

    // MARK: Invitations

    /// About how many invitations the import is about to read (see `KnownInvitations`).
    func expectInvitations(_ rows: Int) throws {
        try known?.expect(rows: rows, db)
    }

    /// Two rows are one invitation when their sent times fall in the same minute and either
    /// their URLs match, or one side has no URL and the folded names match.
    func upsert(_ invitation: ReceivedInvitation, source: String) throws -> Outcome {
        let key = invitation.senderKey
        let profileJSON = invitation.profile.flatMap { $0.isEmpty ? nil : Self.json($0) }
        // Into an empty table, a row whose identity this import has not written cannot match.
        let identity = seen.map { _ in SeenIdentities.Identity(minute: invitation.sentAt, url: invitation.senderURL, key: key) }
        let mayMatch = identity.flatMap { seen?.mayContain($0) } ?? true
        if let identity { seen?.insert(identity) }  // written or matched: either way seen now
        let minute = KnownInvitations.minute(invitation.sentAt)
        // The fields a stored row could be filled in with: only where one may match.
        let fields: [FastValue] = mayMatch ? [
            FastValue(invitation.senderURL), FastValue(invitation.message), FastValue(invitation.relationship?.rawValue),
            FastValue(invitation.givenEmail), FastValue(invitation.headline), FastValue(profileJSON),
            FastValue(invitation.mutualConnections)] : []
        let present = KnownInvitations.fields(fields)
        switch mayMatch ? known?.answer(minute: minute, url: invitation.senderURL, key: key, fields: present) ?? .lookUp : .absent {
        case .stored:
            return .known
        case .absent:
            break
        case .lookUp:
            let (from, to) = Self.minute(invitation.sentAt)
            let find = statements.findInvitation
            find.bind([.text(from), .text(to), .text(key)] + fields)
            // An aggregate without GROUP BY always returns its one row.
            _ = try find.step()
            let (found, fillsIn) = (find.int64(0), find.int64(1) == 1)
            find.reset()
            try known?.lookedUp(db)
            if let id = found {
                // Fill in what the earlier input lacked; never overwrite what is known. A
                // re-import has nothing to fill, and writes nothing.
                if fillsIn {
                    statements.fillInvitation.bind(fields + [.integer(id)])
                    try statements.fillInvitation.run()
                    known?.filledIn(minute: minute, url: invitation.senderURL)
                }
                return .known
            }
        }
        statements.insertInvitation.bind(
            .text(invitation.senderName), .text(key), FastValue(invitation.senderURL), .text(invitation.sentAt.text),
            FastValue(invitation.message), FastValue(invitation.relationship?.rawValue), FastValue(invitation.givenEmail),
            FastValue(invitation.headline), FastValue(profileJSON), FastValue(invitation.mutualConnections),
            .text(source), .text(importedAt))
        try statements.insertInvitation.run()
        known?.inserted(minute: minute, url: invitation.senderURL, key: key, fields: present)
        return .new
    }

    func upsert(_ invitation: SentInvitation, source: String) throws -> Outcome {
        let key = TextFolding.fold(invitation.recipientName)
        let (from, to) = Self.minute(invitation.sentAt)
        let candidates = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, recipient_url, recipient_key FROM sent_invitation WHERE sent_at >= ? AND sent_at < ?
            """), arguments: [from, to])
        if let match = candidates.first(where: {
            Self.samePerson(url: $0["recipient_url"], key: $0["recipient_key"], otherURL: invitation.recipientURL, otherKey: key)
        }) {
            try db.cachedStatement(sql: "UPDATE sent_invitation SET recipient_url = ? WHERE id = ? AND recipient_url IS NULL AND ? IS NOT NULL")
                .execute(arguments: [invitation.recipientURL, match["id"] as Int64, invitation.recipientURL])
            return .known
        }
        try db.cachedStatement(sql: """
            INSERT INTO sent_invitation (recipient_name, recipient_key, recipient_url, sent_at, message, source)
            VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [invitation.recipientName, key, invitation.recipientURL, invitation.sentAt.text,
                                     invitation.message, source])
        return .new
    }

    static func samePerson(url: String?, key: String, otherURL: String?, otherKey: String) -> Bool {
        if let url, let otherURL { return url == otherURL }
        return key == otherKey
    }

    /// The half-open range of stored times within the minute of `time`.
    static func minute(_ time: LocalDateTime) -> (String, String) {
        var start = time
        start.second = 0
        return (start.text, String(start.text.prefix(16)) + ":60")
    }

    // MARK: The owner

    /// New when a row was added (the profile, a position, a school, …); known when every row
    /// was there, even if a field was filled in or changed (as for connections).
    func record(owner facts: OwnerFacts) throws -> Outcome {
        var added = 0
        if facts.name != nil || facts.headline != nil || facts.industry != nil || facts.location != nil {
            let existed = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM owner_profile WHERE id = 1)") ?? false
            // Only a real change changes the database: re-imports stay no-ops.
            try db.execute(sql: """
                INSERT INTO owner_profile (id, name, headline, industry, location) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = COALESCE(excluded.name, name),
                    headline = COALESCE(excluded.headline, headline), industry = COALESCE(excluded.industry, industry),
                    location = COALESCE(excluded.location, location)
                WHERE COALESCE(excluded.name, name) IS NOT name OR COALESCE(excluded.headline, headline) IS NOT headline
                   OR COALESCE(excluded.industry, industry) IS NOT industry OR COALESCE(excluded.location, location) IS NOT location
                """, arguments: [facts.name, facts.headline, facts.industry, facts.location])
            if !existed { added += db.changesCount }
        }
        if let name = facts.name { added += try addIdentity(.name, TextFolding.fold(name)) }
        if let url = facts.profileURL { added += try addIdentity(.url, url) }
        for email in facts.emails { added += try addIdentity(.email, email.lowercased()) }
        for position in facts.positions {
            let arguments: StatementArguments = [position.company, position.title ?? "", position.start ?? ""]
            try db.execute(sql: "INSERT OR IGNORE INTO owner_position (company, title, started, finished, location) VALUES (?, ?, ?, ?, ?)",
                           arguments: arguments + [position.end, position.location])
            added += db.changesCount
            // A location an earlier import lacked is filled in, never overwritten.
            if db.changesCount == 0, let location = position.location {
                try db.execute(sql: """
                    UPDATE owner_position SET location = ? WHERE company = ? AND title = ? AND started = ? AND location IS NULL
                    """, arguments: [location] + arguments)
            }
        }
        for schooling in facts.education {
            try db.execute(sql: "INSERT OR IGNORE INTO owner_education (school, degree, started, finished) VALUES (?, ?, ?, ?)",
                           arguments: [schooling.school, schooling.degree ?? "", schooling.start ?? "", schooling.end])
            added += db.changesCount
        }
        for skill in facts.skills {
            try db.execute(sql: "INSERT OR IGNORE INTO owner_skill (name) VALUES (?)", arguments: [skill])
            added += db.changesCount
        }
        for group in facts.groups {
            try db.execute(sql: "INSERT OR IGNORE INTO owner_group (name) VALUES (?)", arguments: [group])
            added += db.changesCount
        }
        return added > 0 ? .new : .known
    }

    enum IdentityKind: String { case name, url, email }

    @discardableResult
    func addIdentity(_ kind: IdentityKind, _ value: String) throws -> Int {
        guard !value.isEmpty else { return 0 }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO owner_identity (kind, value) VALUES (?, ?)")
            .execute(arguments: [kind.rawValue, value])
        return db.changesCount
    }

    // MARK: The network

    func upsert(_ connection: ConnectionRecord) throws -> Outcome {
        let key = connection.personKey
        let find: FastStatement
        if let url = connection.url {
            find = statements.findConnectionByURL
            find.bind(.text(url))
        } else {
            find = statements.findConnectionByName
            find.bind(.text(key), FastValue(connection.connectedOn))
        }
        let found = try find.step() ? find.int64(0) : nil
        let (storedCompany, storedPosition) = found == nil ? (nil, nil) : (find.text(1), find.text(2))
        find.reset()
        if let id = found {
            // Company and position are current in each export: the newer file wins.
            let company = connection.company ?? storedCompany, position = connection.position ?? storedPosition
            if company != storedCompany || position != storedPosition {
                statements.updateConnection.bind(FastValue(company), FastValue(position), .integer(id))
                try statements.updateConnection.run()
            }
            return .known
        }
        statements.insertConnection.bind(
            .text(connection.name), .text(key), FastValue(connection.url), FastValue(connection.company),
            FastValue(connection.position), FastValue(connection.connectedOn))
        try statements.insertConnection.run()
        return .new
    }

    func insert(_ message: MessageRecord) throws -> Outcome {
        let separator = "\u{1F}"
        statements.insertMessage.bind(
            .text(message.conversation), .text(message.senderKey), FastValue(message.senderURL),
            .text(message.recipientKeys.joined(separator: separator)), .text(message.recipientURLs.joined(separator: separator)),
            .text(message.sentAt.text), .text(message.contentKey))
        try statements.insertMessage.run()
        return db.changesCount > 0 ? .new : .known
    }

    func insert(_ contact: ContactRecord) throws -> Outcome {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO contact (name, person_key, company) VALUES (?, ?, ?)")
            .execute(arguments: [contact.name, TextFolding.fold(contact.name), contact.company])
        return db.changesCount > 0 ? .new : .known
    }

    // MARK: Bookkeeping

    /// Records that this kind of evidence exists; a re-import of the same file changes nothing.
    func noteEvidence(_ kind: ExportFileKind, rows: Int) throws {
        try db.execute(sql: """
            INSERT INTO evidence_source (kind, rows, first_imported_at) VALUES (?, ?, ?)
            ON CONFLICT (kind) DO UPDATE SET rows = excluded.rows WHERE excluded.rows > rows
            """, arguments: [kind.rawValue, rows, importedAt])
    }

    func bumpEvidenceVersion() throws {
        try db.execute(sql: "UPDATE store_state SET evidence_version = evidence_version + 1")
    }

    /// Marks invitations whose sender is among the connections; returns how many changed.
    /// Each statement starts from the connections' side of one identity case, so at a million
    /// invitations it reads the few that can match instead of every row. Only dated
    /// connections count (the earliest date wins), so a re-import changes nothing.
    func linkConnections() throws -> Int {
        var changed = 0
        // Same URL: the matches come from the URL index alone, then are written in id order,
        // so the table is read and written front to back. Updated in the order of the URLs,
        // most rows were on a page read for them alone (3 GB of reads at a million rows).
        let matches = try FastStatement(db, sql: """
            SELECT i.id, c.first FROM (
                SELECT person_url, MIN(connected_on) AS first FROM connection
                WHERE person_url IS NOT NULL AND connected_on IS NOT NULL GROUP BY person_url) AS c
            CROSS JOIN invitation AS i ON i.sender_url = c.person_url
            ORDER BY i.id
            """)
        var links: [(id: Int64, date: String)] = []
        while try matches.step() {
            if let id = matches.int64(0), let date = matches.text(1) { links.append((id, date)) }
        }
        matches.reset()
        let link = try FastStatement(db, sql: "UPDATE invitation SET connected_on = ? WHERE id = ? AND connected_on IS NULL")
        for (id, date) in links {
            link.bind(.text(date), .integer(id))
            try link.run()
            changed += db.changesCount
        }
        // Same name, where the connection has no URL.
        try db.execute(sql: """
            UPDATE invitation SET connected_on = (
                SELECT MIN(c.connected_on) FROM connection c WHERE c.person_key = invitation.sender_key AND c.person_url IS NULL)
            WHERE connected_on IS NULL AND sender_url IS NOT NULL
              AND sender_key IN (SELECT person_key FROM connection WHERE person_url IS NULL AND connected_on IS NOT NULL)
            """)
        changed += db.changesCount
        // Same name, where the invitation has no URL.
        try db.execute(sql: """
            UPDATE invitation SET connected_on = (
                SELECT MIN(c.connected_on) FROM connection c WHERE c.person_key = invitation.sender_key)
            WHERE connected_on IS NULL AND sender_url IS NULL
              AND sender_key IN (SELECT person_key FROM connection WHERE connected_on IS NOT NULL)
            """)
        return changed + db.changesCount
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }
}

/// A stable hash of folded text: recognises the same note in two places without storing it.
enum ContentKey {
    static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in TextFolding.fold(text).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
