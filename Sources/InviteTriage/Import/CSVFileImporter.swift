import Foundation

/// Streams one CSV export file into the store. A `CSVRowParser` on a thread of its own reads and
/// parses the rows into the import's queue (`SideBySideFiles`) while the importer's thread
/// writes them, in file order, within the import's transaction.
struct CSVFileImporter {
    let file: InputFile
    let writer: StoreWriter
    let context: ImportContext

    /// Thrown when a file in an export is not one we know; the importer lists it as skipped.
    struct Unrecognised: Error {}

    static let headerSearchRows = 10
    /// Bytes of an invitation row with a long note: a file's size over this is fewer rows
    /// than it holds.
    static let largestTypicalRow = 256

    private var report: FileReport
    private var ownerNames = Set<String>()
    private var ownerURLs = Set<String>()
    private var lastOwner: (name: String?, url: String?)
    private var toldExpectedRows = false
    private var parsing: ParsingThread?

    init(file: InputFile, writer: StoreWriter, context: ImportContext) {
        self.file = file
        self.writer = writer
        self.context = context
        self.report = FileReport(file: file.displayName, kind: "csv")
    }

    /// Starts parsing on a thread of its own (`lowered`: one that yields its core, see
    /// `ThreadPriority`): each batch of rows goes to `output`, which says false once nobody
    /// takes them; `ended` is called once the parser has stopped.
    mutating func start(prefix: Data, lowered: Bool, output: @escaping ([CSVRowParser.Parsed]) -> Bool,
                        ended: @escaping @Sendable () -> Void) {
        parsing = ParsingThread(parser: CSVRowParser(file: file, clock: context.clock, output: output),
                                separator: Self.separator(in: prefix), lowered: lowered, ended: ended)
    }

    /// Waits for the parser's thread to end (it has called `ended`, or its output said false).
    func join() {
        parsing?.join()
    }

    /// Once the parser has ended and every batch is written: the file's report.
    mutating func finish() throws -> FileReport {
        guard let parsing else { preconditionFailure("finish() before start()") }
        parsing.join()
        if let parseError = parsing.error { throw parseError }
        guard let map = parsing.parser.map else {
            if parsing.parser.rowsBeforeHeader == 0 { throw TriageError.badInput("\(file.displayName):1", "the file is empty") }
            throw Unrecognised()
        }
        report.kind = map.kind.label
        if parsing.parser.usedWindows1252 {
            report.warnings.append("not UTF-8: read as Windows-1252; check accented names")
        }
        try writer.noteEvidence(map.kind, rows: report.new + report.known + report.outgoing)
        return report
    }

    /// What the first bytes of a CSV file say it holds (whether it may be read beside another).
    enum Guess: Equatable {
        case kind(ExportFileKind)
        /// No header where the parser looks for one: it will write no row.
        case noHeader
        /// Not to be told from these bytes.
        case unclear
    }

    /// Reads the header as the parser will, from `prefix`: the file's first bytes, or all of
    /// them when `wholeFile`.
    static func guess(_ prefix: Data, wholeFile: Bool) -> Guess {
        guard let lines = wholeLines(of: prefix, wholeFile: wholeFile) else { return .unclear }
        return header(in: lines, separator: separator(in: prefix, knownHeaderIn: lines), wholeFile: wholeFile)
    }

    /// The decoded text of `prefix`, cut after its last line break unless it is the whole file
    /// (the last line of a prefix may be cut); nil when it is not text.
    private static func wholeLines(of prefix: Data, wholeFile: Bool) -> [UInt8]? {
        var text: [UInt8] = []
        var decoder = UTF8Stream()
        do {
            try decoder.feed(prefix) { text.append(contentsOf: $0) }
            try decoder.finish { text.append(contentsOf: $0) }
        } catch {
            return nil
        }
        return wholeFile ? text : Array(text[..<((text.lastIndex(of: 0x0A) ?? -1) + 1)])
    }

    private static func header(in lines: [UInt8], separator: UInt8, wholeFile: Bool) -> Guess {
        var reader = CSVReader(separator: separator)
        var found: Guess?
        var rows = 0
        struct Decided: Error {}
        func look(_ record: CSVReader.Record) throws {
            if let map = HeaderMap.recognise(record.fields) {
                found = .kind(map.kind)
            } else {
                rows += 1
                if rows >= headerSearchRows { found = .noHeader }
            }
            if found != nil { throw Decided() }
        }
        do {
            try lines.withUnsafeBytes { try reader.feed($0, emit: look) }
            if wholeFile { try reader.finish(emit: look) }
        } catch {}
        return found ?? (wholeFile ? .noHeader : .unclear)
    }

    private static let separators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]

    /// The separator with which a header we know is found in the first lines; failing that,
    /// the first line with `,`, `;` or tab outside quotes decides, by the one it holds most of.
    /// A preamble may hold any: Excel saving with `;` leaves the `Notes:` sentence, commas and
    /// all, unquoted. Later lines do not count: a note may hold commas in a `;` file.
    static func separator(in prefix: Data) -> UInt8 {
        separator(in: prefix, knownHeaderIn: wholeLines(of: prefix, wholeFile: false))
    }

    /// `lines`: `prefix` decoded (`wholeLines`), where a known header is looked for.
    private static func separator(in prefix: Data, knownHeaderIn lines: [UInt8]?) -> UInt8 {
        if let lines, let known = separators.first(where: { if case .kind = header(in: lines, separator: $0, wholeFile: false) { true } else { false } }) {
            return known
        }
        var counts = [Int](repeating: 0, count: separators.count)
        var quoted = false
        var lines = 0
        func decided() -> UInt8? {
            guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { return nil }
            return separators[best]
        }
        for byte in prefix {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if byte == 0x0A {
                if let separator = decided() { return separator }
                lines += 1
                if lines >= headerSearchRows { break }
            } else if let index = separators.firstIndex(of: byte) {
                counts[index] += 1
            }
        }
        return decided() ?? UInt8(ascii: ",")
    }

    private mutating func reject(line: Int, _ problem: RowProblem) throws {
        guard context.skipBadRows else { throw TriageError.badInput("\(file.displayName):\(line)", problem.message) }
        report.rejected += 1
        if report.rejected <= 3 { report.warnings.append("line \(line): \(problem.message) (skipped)") }
    }

    mutating func write(_ parsed: CSVRowParser.Parsed) throws {
        let (line, result): (Int, CSVRowResult)
        switch parsed {
        case .record(let parsedLine, let parsedResult): (line, result) = (parsedLine, parsedResult)
        case .rejected(let line, let problem): return try reject(line: line, problem)
        }
        if isForgotten(result) {
            report.forgotten += 1
            return
        }
        switch result {
        case .received(let invitation, let ownerName, let ownerURL):
            if !toldExpectedRows {
                toldExpectedRows = true
                try writer.expectInvitations(Int(file.size ?? 0) / Self.largestTypicalRow)
            }
            report.count(try writer.upsert(invitation, source: file.displayName))
            try noteOwner(name: ownerName, url: ownerURL)
        case .sent(let invitation, let ownerName, let ownerURL):
            _ = try writer.upsert(invitation, source: file.displayName)
            report.outgoing += 1
            try noteOwner(name: ownerName, url: ownerURL)
        case .connection(let connection):
            report.count(try writer.upsert(connection))
        case .hiddenConnection:
            report.hidden += 1
        case .message(let message):
            report.count(try writer.insert(message))
        case .skippedMessage, .nothing:
            report.skipped += 1
        case .owner(let facts):
            report.count(try writer.record(owner: facts))
        case .contact(let contact):
            report.count(try writer.insert(contact))
        }
        context.progress(file.displayName, line: line)
    }

    private func isForgotten(_ result: CSVRowResult) -> Bool {
        let tombstones = writer.tombstones
        switch result {
        case .received(let invitation, _, _): return tombstones.covers(url: invitation.senderURL, name: invitation.senderName)
        case .sent(let invitation, _, _): return tombstones.covers(url: invitation.recipientURL, name: invitation.recipientName)
        case .connection(let connection): return tombstones.covers(url: connection.url, name: connection.name)
        case .contact(let contact): return tombstones.covers(url: nil, name: contact.name)
        case .message(let message):
            return tombstones.covers(url: message.senderURL, name: message.senderName)
                || message.recipientNames.contains { tombstones.covers(url: nil, name: $0) }
                || message.recipientURLs.contains { tombstones.covers(url: $0, name: "") }
        default: return false
        }
    }

    /// The owner's own name and URL, as the To of received and the From of sent invitations.
    private mutating func noteOwner(name: String?, url: String?) throws {
        // Every invitation row names the owner: a repeat needs no folding or hashing.
        if let name, let last = lastOwner.name, name.hasSameBytes(as: last), let url, let lastURL = lastOwner.url, url.hasSameBytes(as: lastURL) {
            return
        }
        lastOwner = (name, url)
        if let name, !name.containsASCII("@") {
            let key = TextFolding.fold(name)
            if ownerNames.insert(key).inserted { try writer.addIdentity(.name, key) }
        }
        if let url, ownerURLs.insert(url).inserted { try writer.addIdentity(.url, url) }
    }
}

/// A `CSVRowParser` running on a thread of its own. Its state belongs to that thread until
/// `join()` returns, then to the caller.
private final class ParsingThread: @unchecked Sendable {
    private(set) var parser: CSVRowParser
    private(set) var error: (any Error)?
    private var thread: BackgroundThread?

    init(parser: CSVRowParser, separator: UInt8, lowered: Bool, ended: @escaping @Sendable () -> Void) {
        self.parser = parser
        thread = BackgroundThread { [self] in
            if lowered { ThreadPriority.lowerCurrentThread() }
            do { try self.parser.run(separator: separator) } catch { self.error = error }
            ended()
        }
    }

    /// Once only: the thread's end is signalled once.
    func join() {
        thread?.join()
        thread = nil
    }
}
