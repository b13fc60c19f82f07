import Foundation

/// Streams one CSV export file into the store: finds the header (after any `Notes:` preamble),
/// recognises the kind of file, decides the day/month order of its dates and writes each row.
struct CSVFileImporter {
    let file: InputFile
    let writer: StoreWriter
    let context: ImportContext

    /// Thrown when a file in an export is not one we know; the importer lists it as skipped.
    struct Unrecognised: Error {}

    static let headerSearchRows = 10
    static let maxBufferedRows = 50_000

    private var report: FileReport
    private var map: HeaderMap?
    private var rowsBeforeHeader = 0
    private var order: DayMonthOrder?
    private var buffered: [CSVRow] = []
    private var ownerNames = Set<String>()
    private var ownerURLs = Set<String>()
    private var ownerURLMemo = ProfileURL.Memo()
    private var lastOwner: (name: String?, url: String?)

    init(file: InputFile, writer: StoreWriter, context: ImportContext) {
        self.file = file
        self.writer = writer
        self.context = context
        self.report = FileReport(file: file.displayName, kind: "csv")
    }

    mutating func run(prefix: Data) throws -> FileReport {
        var decoder = UTF8Stream()
        var reader = CSVReader(separator: Self.separator(in: prefix))
        do {
            try file.read { chunk in
                try decoder.feed(chunk) { bytes in try reader.feed(bytes) { try self.accept($0) } }
            }
            try decoder.finish { bytes in try reader.feed(bytes) { try self.accept($0) } }
            try reader.finish { try self.accept($0) }
        } catch let problem as CSVReader.Problem {
            throw TriageError.badInput("\(file.displayName):\(problem.line)", problem.message)
        }
        guard let map else {
            if rowsBeforeHeader == 0 { throw TriageError.badInput("\(file.displayName):1", "the file is empty") }
            throw Unrecognised()
        }
        try flush(order ?? .monthFirst)
        if reader.usedWindows1252 {
            report.warnings.append("not UTF-8: read as Windows-1252; check accented names")
        }
        try writer.noteEvidence(map.kind, rows: report.new + report.known + report.outgoing)
        return report
    }

    /// The separator of the header: the first line among the first ones with `,`, `;` or tab
    /// outside quotes (a `Notes:` preamble has none outside its quotes) decides, by the one it
    /// holds most of. Later lines do not count: a note may hold commas in a `;` file.
    static func separator(in prefix: Data) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
        var counts = [Int](repeating: 0, count: candidates.count)
        var quoted = false
        var lines = 0
        func decided() -> UInt8? {
            guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { return nil }
            return candidates[best]
        }
        for byte in prefix {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if byte == 0x0A {
                if let separator = decided() { return separator }
                lines += 1
                if lines >= headerSearchRows { break }
            } else if let index = candidates.firstIndex(of: byte) {
                counts[index] += 1
            }
        }
        return decided() ?? UInt8(ascii: ",")
    }

    private mutating func accept(_ record: CSVReader.Record) throws {
        guard let map else {
            if let found = HeaderMap.recognise(record.fields) {
                map = found
                report.kind = found.kind.label
                return
            }
            rowsBeforeHeader += 1
            if rowsBeforeHeader >= Self.headerSearchRows { throw Unrecognised() }
            return
        }
        let row = CSVRow(fields: record.fields, map: map, line: record.line)
        guard let dateColumn = CSVRowReader.dateColumn(of: map.kind) else { return try write(row, order: .monthFirst) }
        let evidence = row[dateColumn].flatMap(TimestampParser.orderEvidence)
        if let order {
            if let evidence, evidence != order {
                try reject(row, RowProblem(message: "date \"\(row[dateColumn] ?? "")\" contradicts the \(order == .monthFirst ? "month/day" : "day/month") order of the earlier rows"))
                return
            }
            return try write(row, order: order)
        }
        if let evidence {
            order = evidence
            try flush(evidence)
            return try write(row, order: evidence)
        }
        buffered.append(row)
        if buffered.count >= Self.maxBufferedRows {
            order = .monthFirst  // LinkedIn's own order, when nothing in the file says otherwise
            try flush(.monthFirst)
        }
    }

    private mutating func flush(_ order: DayMonthOrder) throws {
        let rows = buffered
        buffered.removeAll()
        for row in rows { try write(row, order: order) }
    }

    private mutating func reject(_ row: CSVRow, _ problem: RowProblem) throws {
        guard context.skipBadRows else { throw TriageError.badInput("\(file.displayName):\(row.line)", problem.message) }
        report.rejected += 1
        if report.rejected <= 3 { report.warnings.append("line \(row.line): \(problem.message) (skipped)") }
    }

    private mutating func write(_ row: CSVRow, order: DayMonthOrder) throws {
        let result: CSVRowResult
        do { result = try CSVRowReader.read(row, order: order, clock: context.clock, ownerURLs: &ownerURLMemo) } catch { return try reject(row, error) }
        if isForgotten(result) {
            report.forgotten += 1
            return
        }
        switch result {
        case .received(let invitation, let ownerName, let ownerURL):
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
            report.count(try writer.record(owner: facts) > 0 ? .new : .known)
        case .contact(let contact):
            report.count(try writer.insert(contact))
        }
        context.progress(row.line)
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
