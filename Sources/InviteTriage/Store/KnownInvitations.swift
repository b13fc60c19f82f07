import GRDB

/// The invitations a populated table holds, by minute and identity, with which fields each
/// has: an import that reads as many rows as the table holds (an overlapping export,
/// `import --reread`) answers most rows here instead of with a look-up in SQL, a seek in the
/// time index and another in the table for every row.
///
/// Made from one read of the table on a connection of its own (`CommittedInvitationsScan`),
/// started when the import's files look large enough or after many look-ups, and kept as
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
    /// The flags of a row without URL: no field counts (it matches by name, in SQL); a row
    /// with a URL always has bit 0.
    static let withoutURL: UInt8 = 0
    /// Above the seven fields.
    private static let unsure: UInt8 = 0x80

    /// Look-ups in SQL before the table is read: a small import never reads it.
    private var readAfter: Int
    private var lookUps = 0
    private var state = State.waiting
    private enum State {
        case waiting
        /// On a second connection (`CommittedInvitationsScan`); rows go to SQL meanwhile.
        case reading(CommittedInvitationsScan)
        case read
        /// The table could not be read, or not as committed: every row is looked up.
        case unusable
    }
    /// Answers wait for a read under way (tests): the same answers at the same rows each run.
    let waitsForRead: Bool
    private let storedRows: Int
    /// The rows this import inserted, then, once read, every row stored too: the fields (or
    /// flags) of each minute and identity.
    private var rows = FlagsByHash()
    /// Rows without URL: when there are none (as in every export since 2019), a row with a
    /// URL need not ask whether one shares its minute and name.
    private var rowsWithoutURL = 0

    /// `storedRows`: how many the table holds; `readAfter`: look-ups before the table is
    /// read (by default a thirty-second of the rows, at least 4,096; see also `expect`).
    init(storedRows: Int, readAfter: Int? = nil, waitsForRead: Bool = false) {
        self.storedRows = storedRows
        self.readAfter = readAfter ?? max(4_096, storedRows / 32)
        self.waitsForRead = waitsForRead
    }

    deinit {
        stop()
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
        if case .reading(let scan) = state, let table = scan.table(waiting: waitsForRead) { take(table) }
        guard case .read = state, let url else { return .lookUp }
        if rowsWithoutURL > 0, rows[Self.hash(minute, withoutURL: true, key)] != nil { return .lookUp }
        guard let stored = rows[Self.hash(minute, withoutURL: false, url)] else { return .absent }
        // Fields are only ever filled in, never emptied: a row that had these still has them.
        return stored & Self.unsure == 0 && fields & ~stored == 0 ? .stored : .lookUp
    }

    /// The import is about to read about `rows` invitations: as many as it would take to
    /// read the table, and reading starts now.
    func expect(rows: Int, _ db: Database) throws {
        if rows >= storedRows / 32 { try startReading(db) }
    }

    /// After a look-up in SQL; starts reading the table once enough have been made.
    func lookedUp(_ db: Database) throws {
        lookUps += 1
        if lookUps >= readAfter { try startReading(db) }
    }

    /// A row just inserted.
    func inserted(minute: Int, url: String?, key: String, fields: Fields) {
        if case .unusable = state { return }
        Self.add(Self.hash(minute, withoutURL: url == nil, url ?? key), url == nil ? Self.withoutURL : fields,
                 to: &rows, withoutURL: &rowsWithoutURL)
    }

    /// A stored row just filled in from a row with `url`: it may have had no URL, and have
    /// this one now, beside another row of the minute with it. SQL answers for it from now on.
    func filledIn(minute: Int, url: String?) {
        guard let url else { return }
        if case .unusable = state { return }
        Self.add(Self.hash(minute, withoutURL: false, url), Self.unsure | 1, to: &rows, withoutURL: &rowsWithoutURL)
    }

    /// The import has written its rows: a read still under way stops, and the table goes
    /// (tens of megabytes at a million rows, until the end of the import otherwise).
    func stop() {
        if case .reading(let scan) = state { scan.stop() }
        (rows, rowsWithoutURL, state) = (FlagsByHash(), 0, .unusable)
    }

    /// A second row under one hash makes it unsure (it may be another identity).
    static func add(_ hash: Int, _ value: UInt8, to rows: inout FlagsByHash, withoutURL: inout Int) {
        if value & 1 == 0 { withoutURL += 1 }
        rows.merge(hash, value) { $0 | $1 | unsure }
    }

    private func startReading(_ db: Database) throws {
        guard case .waiting = state else { return }
        state = try CommittedInvitationsScan.start(besides: db, rows: storedRows).map(State.reading) ?? .unusable
    }

    /// The committed rows, with the rows this import inserted meanwhile (which the read,
    /// on its own connection, did not see).
    private func take(_ table: CommittedInvitationsScan.Table?) {
        guard var table else {
            (rows, rowsWithoutURL, state) = (FlagsByHash(), 0, .unusable)
            return
        }
        rows.forEach { hash, value in
            Self.add(hash, value, to: &table.rows, withoutURL: &table.withoutURL)
        }
        (rows, rowsWithoutURL, state) = (table.rows, table.withoutURL, .read)
    }

    static func hash(_ minute: Int, withoutURL: Bool, _ text: String) -> Int {
        var text = text  // `withUTF8` is mutating; native strings are not copied.
        return text.withUTF8 { hash(minute, withoutURL: withoutURL, $0) }
    }

    /// Lengths and bytes as `CombinedHash` hashes text.
    static func hash(_ minute: Int, withoutURL: Bool, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(minute)
        hasher.combine(withoutURL)
        hasher.combine(bytes.count)
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }
}
