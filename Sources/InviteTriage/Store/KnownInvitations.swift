import GRDB

/// The invitations a populated table holds, by minute and identity, with which fields each
/// has: an import that reads as many rows as the table holds (an overlapping export,
/// `import --reread`) answers most rows here instead of with a look-up in SQL, a seek in the
/// time index and another in the table for every row.
///
/// Made on the first many look-ups of an import, from one read of the table, and kept as
/// 64-bit hashes (`FlagsByHash`: 12 to 24 bytes a row). Two identities share a hash by a
/// chance of one in 2^64 a pair; where they do, a new row could be taken for a stored one.
/// Every other doubt is left to SQL: rows without URL (they match by name), URLs whose minute
/// has a stored row without URL, hashes met twice.
final class KnownInvitations {
    enum Answer {
        /// No stored row can match: insert it.
        case absent
        /// A stored row matches and has every field this one has: nothing to write.
        case stored
        /// Only SQL can tell.
        case lookUp
    }

    /// Which of the fields a stored row could be filled in with are there, in the order of
    /// `RowStatements.fillInvitation`: bit 0 the URL, 1 the note, … 6 the mutual connections.
    typealias Fields = UInt8
    private static let withoutURL: UInt8 = 0x80
    private static let unsure: UInt8 = 0x40

    /// Look-ups in SQL before the table is read: a small import never reads it.
    private var readAfter: Int
    private var lookUps = 0
    private var state = State.waiting
    private enum State {
        case waiting, read
        /// A stored time was not in the stored form: every row is looked up.
        case unusable
    }
    private let storedRows: Int
    /// Every row read or inserted since: the fields (or flags) of each minute and identity.
    private var rows = FlagsByHash()
    /// Rows without URL: when there are none (as in every export since 2019), a row with a
    /// URL need not ask whether one shares its minute and name.
    private var rowsWithoutURL = 0

    /// `storedRows`: how many the table holds; `readAfter`: look-ups before the table is
    /// read (by default a thirty-second of the rows, at least 4,096; see also `expect`).
    init(storedRows: Int, readAfter: Int? = nil) {
        self.storedRows = storedRows
        self.readAfter = readAfter ?? max(4_096, storedRows / 32)
    }

    /// The minute of a time, as a number: rows match within one minute.
    static func minute(_ time: LocalDateTime) -> Int {
        (((time.year * 100 + time.month) * 100 + time.day) * 100 + time.hour) * 100 + time.minute
    }

    static func fields(_ values: [FastValue]) -> Fields {
        var fields: Fields = 0
        for (bit, value) in values.enumerated() { if case .null = value {} else { fields |= 1 << bit } }
        return fields
    }

    func answer(minute: Int, url: String?, key: String, fields: Fields) -> Answer {
        guard state == .read, let url else { return .lookUp }
        if rowsWithoutURL > 0, rows[Self.hash(minute, withoutURL: true, key)] != nil { return .lookUp }
        guard let stored = rows[Self.hash(minute, withoutURL: false, url)] else { return .absent }
        // Fields are only ever filled in, never emptied: a row that had these still has them.
        return stored & Self.unsure == 0 && fields & ~stored == 0 ? .stored : .lookUp
    }

    /// A file about to be imported holds about `rows` invitations: as many as it would take
    /// to read the table, and it is read at the next look-up.
    func expect(rows: Int) {
        if rows >= storedRows / 32 { readAfter = min(readAfter, lookUps + 1) }
    }

    /// After a look-up in SQL; reads the table once enough have been made.
    func lookedUp(_ db: Database) throws {
        lookUps += 1
        if state == .waiting, lookUps >= readAfter { try readTable(db) }
    }

    /// A row just inserted.
    func inserted(minute: Int, url: String?, key: String, fields: Fields) {
        guard state == .read else { return }
        add(Self.hash(minute, withoutURL: url == nil, url ?? key), url == nil ? Self.withoutURL : fields)
    }

    /// A second row under one hash makes it unsure (it may be another identity).
    private func add(_ hash: Int, _ value: UInt8) {
        if value == Self.withoutURL { rowsWithoutURL += 1 }
        rows.merge(hash, value) { $0 | $1 | Self.unsure }
    }

    private func readTable(_ db: Database) throws {
        let scan = try FastStatement(db, sql: """
            SELECT sent_at, sender_url, sender_key,
                   (sender_url IS NOT NULL) | ((message IS NOT NULL) << 1) | ((relationship IS NOT NULL) << 2)
                 | ((given_email IS NOT NULL) << 3) | ((headline IS NOT NULL) << 4) | ((profile IS NOT NULL) << 5)
                 | ((mutual_connections IS NOT NULL) << 6)
            FROM invitation
            """)
        defer { scan.reset() }
        rows = FlagsByHash(capacity: storedRows + storedRows / 8)
        while try scan.step() {
            // A time not in the stored form could not be matched to its minute: SQL decides all.
            guard let minute = scan.withBytes(0, { $0.flatMap(Self.minute(ofStored:)) }) else {
                (rows, rowsWithoutURL, state) = (FlagsByHash(), 0, .unusable)
                return
            }
            scan.withBytes(1) { url in
                if let url {
                    add(Self.hash(minute, withoutURL: false, url), UInt8(truncatingIfNeeded: scan.int64(3) ?? 0))
                } else {
                    add(scan.withBytes(2) { Self.hash(minute, withoutURL: true, $0 ?? UnsafeBufferPointer(start: nil, count: 0)) }, Self.withoutURL)
                }
            }
        }
        state = .read
    }

    /// `YYYY-MM-DDTHH:MM:SS`, as rows are stored, to `minute(_:)`'s number; nil for any other
    /// text, which the look-up's range of the minute's texts might not hold.
    private static func minute(ofStored text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard text.count == 19 else { return nil }
        var number = 0
        for index in 0..<19 {
            let byte = text[index]
            switch index {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return nil }
            case 10: guard byte == UInt8(ascii: "T") else { return nil }
            case 13, 16: guard byte == UInt8(ascii: ":") else { return nil }
            default:
                guard (0x30...0x39).contains(byte), index != 17 || byte <= UInt8(ascii: "5") else { return nil }
                if index < 16 { number = number * 10 + Int(byte - 0x30) }
            }
        }
        return number
    }

    private static func hash(_ minute: Int, withoutURL: Bool, _ text: String) -> Int {
        var text = text  // `withUTF8` is mutating; native strings are not copied.
        return text.withUTF8 { hash(minute, withoutURL: withoutURL, $0) }
    }

    /// Lengths and bytes as `CombinedHash` hashes text.
    private static func hash(_ minute: Int, withoutURL: Bool, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(minute)
        hasher.combine(withoutURL)
        hasher.combine(bytes.count)
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }
}
