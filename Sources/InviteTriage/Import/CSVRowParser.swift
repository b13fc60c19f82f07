import Foundation

/// The reading half of a CSV import, run on a thread of its own while the importer writes:
/// decodes the bytes, finds the header (after any `Notes:` preamble), decides the day/month
/// order of the dates and turns each row into a record. Pure: it never touches the database.
struct CSVRowParser {
    /// A row as the writer needs it: its line and what it holds. The raw fields stay (and are
    /// freed) on the parser's thread, off the writer's, which bounds the import.
    enum Parsed {
        case record(line: Int, CSVRowResult)
        case rejected(line: Int, RowProblem)
    }

    /// Thrown when the consumer stopped taking rows.
    struct Stopped: Error {}

    static let maxBufferedRows = 50_000
    /// Rows handed to the writer at once: each hand-off can wake a waiting thread (a system
    /// call and a switch); 1,024 rows rather than 256 made the 1M re-read 6% faster.
    static let batchSize = 1024

    let file: InputFile
    let clock: Clock
    /// Takes each batch; false when the consumer stopped taking rows.
    private let output: ([Parsed]) -> Bool
    private(set) var map: HeaderMap?
    private(set) var rowsBeforeHeader = 0
    private(set) var usedWindows1252 = false
    private var order: DayMonthOrder?
    private var buffered: [CSVRow] = []
    private var ownerURLMemo = ProfileURL.Memo()
    private var batch: [Parsed] = []

    init(file: InputFile, clock: Clock, output: @escaping ([Parsed]) -> Bool) {
        self.file = file
        self.clock = clock
        self.output = output
    }

    mutating func run(separator: UInt8) throws {
        var decoder = UTF8Stream()
        var reader = CSVReader(separator: separator)
        do {
            try file.read { chunk in
                try decoder.feed(chunk) { bytes in try reader.feed(bytes) { try self.accept($0) } }
            }
            try decoder.finish { bytes in try reader.feed(bytes) { try self.accept($0) } }
            try reader.finish { try self.accept($0) }
        } catch let problem as CSVReader.Problem {
            try send()
            throw TriageError.badInput("\(file.displayName):\(problem.line)", problem.message)
        }
        usedWindows1252 = reader.usedWindows1252
        if map != nil { try flush(order ?? .monthFirst) }
        try send()
    }

    private mutating func accept(_ record: CSVReader.Record) throws {
        guard let map else {
            if let found = HeaderMap.recognise(record.fields) {
                map = found
                return
            }
            rowsBeforeHeader += 1
            if rowsBeforeHeader >= CSVFileImporter.headerSearchRows { throw CSVFileImporter.Unrecognised() }
            return
        }
        let row = CSVRow(fields: record.fields, map: map, line: record.line)
        guard let dateColumn = CSVRowReader.dateColumn(of: map.kind) else { return try parse(row, order: .monthFirst) }
        let evidence = row[dateColumn].flatMap(TimestampParser.orderEvidence)
        if let order {
            if let evidence, evidence != order {
                let problem = RowProblem(message: "date \"\(row[dateColumn] ?? "")\" contradicts the \(order == .monthFirst ? "month/day" : "day/month") order of the earlier rows")
                return try emit(.rejected(line: row.line, problem))
            }
            return try parse(row, order: order)
        }
        if let evidence {
            order = evidence
            try flush(evidence)
            return try parse(row, order: evidence)
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
        for row in rows { try parse(row, order: order) }
    }

    private mutating func parse(_ row: CSVRow, order: DayMonthOrder) throws {
        do {
            try emit(.record(line: row.line, try CSVRowReader.read(row, order: order, clock: clock, ownerURLs: &ownerURLMemo)))
        } catch let problem as RowProblem {
            try emit(.rejected(line: row.line, problem))
        }
    }

    private mutating func emit(_ parsed: Parsed) throws {
        batch.append(parsed)
        if batch.count >= Self.batchSize { try send() }
    }

    private mutating func send() throws {
        guard !batch.isEmpty else { return }
        guard output(batch) else { throw Stopped() }
        batch.removeAll(keepingCapacity: true)
    }
}
