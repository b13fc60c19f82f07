import Foundation
import GRDB

/// `invite-triage forget PROFILE_URL|NAME`: removes a person from every table (invitations and
/// their history, connections, messages, contacts, sent invitations), overwrites the freed
/// pages (`secure_delete`), vacuums and truncates the WAL, and leaves a salted-hash tombstone
/// so later imports skip them.
public enum Forgetting {
    public struct Person: Sendable, Equatable {
        public var name: String
        public var url: String?
    }

    public enum Outcome: Sendable {
        case forgotten(Person, rows: Int)
        /// The name matches several people: the user must give a profile URL.
        case ambiguous([Person])
        case notFound
    }

    public static func forget(_ query: String, store: Store, configuration: Configuration, clock: Clock) throws -> Outcome {
        let url = query.contains("linkedin.com") || query.hasPrefix("http") ? ProfileURL.normalize(query) : nil
        let key = TextFolding.fold(query)
        let outcome: Outcome = try store.write { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            let people = try candidates(db, url: url, key: key)
            guard !people.isEmpty else { return .notFound }
            let distinct = people.reduce(into: [Person]()) { list, person in
                if !list.contains(where: { $0.url != nil && $0.url == person.url || $0.url == nil && person.url == nil }) { list.append(person) }
            }
            if url == nil, Set(distinct.compactMap(\.url)).count > 1 { return .ambiguous(distinct) }
            let person = distinct.first { $0.url != nil } ?? distinct[0]
            // Given a URL, the name to erase (rows without URL, contacts) is the person's own.
            let nameKey = url == nil ? key : TextFolding.fold(person.name)
            let rows = try erase(db, url: url ?? person.url, key: nameKey)
            let salt = try Self.salt(db)
            for digest in [url ?? person.url, nameKey].compactMap({ $0 }).map({ Self.digest($0, salt: salt) }) {
                try db.execute(sql: "INSERT OR IGNORE INTO tombstone (digest) VALUES (?)", arguments: [digest])
            }
            try db.execute(sql: "UPDATE store_state SET evidence_version = evidence_version + 1")
            _ = try Rescorer.rescore(db, configuration: configuration, clock: clock, all: true)
            return .forgotten(Person(name: person.name, url: url ?? person.url), rows: rows)
        }
        if case .forgotten = outcome { try store.compact() }
        return outcome
    }

    private static func candidates(_ db: Database, url: String?, key: String) throws -> [Person] {
        let column = url == nil ? "key" : "url"
        let value = url ?? key
        var people: [Person] = []
        let queries = [
            "SELECT sender_name, sender_url FROM invitation WHERE sender_\(column) = ?",
            "SELECT name, person_url FROM connection WHERE person_\(column) = ?",
            "SELECT recipient_name, recipient_url FROM sent_invitation WHERE recipient_\(column) = ?",
        ] + (url == nil ? ["SELECT name, NULL FROM contact WHERE person_key = ?"] : [])
        for sql in queries {
            people += try Row.fetchAll(db, sql: sql, arguments: [value]).map { Person(name: $0[0], url: $0[1]) }
        }
        if people.isEmpty, let url, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message WHERE sender_url = ? OR instr(recipient_urls, ?) > 0", arguments: [url, url]) ?? 0 > 0 {
            people.append(Person(name: FieldReader.nameFromURL(url), url: url))
        }
        return people
    }

    /// Deletes every row that names the person; returns how many.
    private static func erase(_ db: Database, url: String?, key: String) throws -> Int {
        var total = 0
        func run(_ sql: String, _ arguments: StatementArguments) throws {
            try db.execute(sql: sql, arguments: arguments)
            total += db.changesCount
        }
        // By URL, and by name where a row has no URL (or no URL was given).
        func matches(_ urlColumn: String, _ keyColumn: String) -> (String, StatementArguments) {
            guard let url else { return ("\(keyColumn) = ?", [key]) }
            return ("\(urlColumn) = ? OR (\(keyColumn) = ? AND \(urlColumn) IS NULL)", [url, key])
        }
        for (table, urlColumn, keyColumn) in [("invitation", "sender_url", "sender_key"), ("connection", "person_url", "person_key"),
                                              ("sent_invitation", "recipient_url", "recipient_key")] {
            let (condition, arguments) = matches(urlColumn, keyColumn)
            try run("DELETE FROM \(table) WHERE \(condition)", arguments)
        }
        try run("DELETE FROM contact WHERE person_key = ?", [key])
        let separator = "\u{1F}"
        let (senderCondition, senderArguments) = matches("sender_url", "sender_key")
        try run("DELETE FROM message WHERE \(senderCondition) OR instr(? || recipient_keys || ?, ?) > 0",
                senderArguments + [separator, separator, separator + key + separator])
        if let url {
            try run("DELETE FROM message WHERE instr(? || recipient_urls || ?, ?) > 0", [separator, separator, separator + url + separator])
        }
        return total
    }

    static func salt(_ db: Database) throws -> String {
        if let salt = try String.fetchOne(db, sql: "SELECT salt FROM tombstone_salt WHERE id = 1") { return salt }
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
        let salt = bytes.map { String(format: "%02x", $0) }.joined()
        try db.execute(sql: "INSERT INTO tombstone_salt (id, salt) VALUES (1, ?)", arguments: [salt])
        return salt
    }

    /// A salted 64-bit FNV-1a digest run twice over (enough to recognise, not to reverse a
    /// name from a list without the salt; the salt lives in the same file, so it protects
    /// against casual reading, not a determined attacker with the database).
    static func digest(_ value: String, salt: String) -> String {
        ContentKey.of(salt + "|" + value) + ContentKey.of(value + "|" + salt)
    }

    /// The tombstones, for imports to skip forgotten people.
    struct Tombstones {
        let salt: String?
        let digests: Set<String>

        init(_ db: Database) throws {
            salt = try String.fetchOne(db, sql: "SELECT salt FROM tombstone_salt WHERE id = 1")
            digests = Set(try String.fetchAll(db, sql: "SELECT digest FROM tombstone"))
        }

        func covers(url: String?, name: String) -> Bool {
            guard let salt, !digests.isEmpty else { return false }
            if let url, digests.contains(Forgetting.digest(url, salt: salt)) { return true }
            return digests.contains(Forgetting.digest(TextFolding.fold(name), salt: salt))
        }
    }
}
