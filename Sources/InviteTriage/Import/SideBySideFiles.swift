import Foundation
import Synchronization

/// Reads the files of one input, up to two CSV files at once when their kinds differ: each
/// is parsed on a thread of its own and this thread writes the rows of whichever has some.
/// Read one after the other, an export whose rows were all known waited on one parser at a
/// time while the writer, answering rows from memory, idled. Files of one kind never go side
/// by side (their rows meet in one table, where which comes first decides), nor a file whose
/// kind its first bytes do not tell, nor JSON files (read on this thread). Reports come back
/// in file order and, when two files fail, the error of the one listed first is thrown: as
/// if they had been read one after the other. The largest file takes longest to parse, so
/// the other files' parsers yield their core to it (and to the writer).
struct SideBySideFiles {
    enum Outcome {
        /// Unchanged since its import: its earlier report, not read.
        case earlier(FileReport)
        /// Read: its report, and the digest of the bytes read.
        case read(FileReport, ContentDigest)
        /// A file of an export that we do not read.
        case skipped
    }

    /// Files parsed at once.
    static let lanes = 2
    /// Bytes read first, to recognise a file.
    static let prefixBytes = 64 << 10

    private let files: [InputFile]
    private let earlier: [FileReport?]
    private let writer: StoreWriter
    private let context: ImportContext
    private let inExport: Bool
    /// The largest file to read, by position in `files`.
    private let largest: Int?
    private var outcomes: [Outcome?]
    /// The files being read, by position in `files`.
    private var reading: [Int: Lane] = [:]
    private var next = 0
    /// The failure of the file listed first among those that failed.
    private var failure: (index: Int, error: any Error)?
    /// The first bytes of the next file, kept while it waits for a free lane.
    private var nextPrefix: Result<Data, any Error>?
    private let queue = HandOff<Item>(capacity: 4 * lanes)

    private enum Item {
        case rows(file: Int, [CSVRowParser.Parsed])
        case ended(file: Int)
    }

    private struct Lane {
        var importer: CSVFileImporter
        let guess: CSVFileImporter.Guess
        let digest: DigestBox
        let stop: StopFlag
    }

    /// Reads `files` (`earlier[i]`: file i's report when unchanged since its import); the
    /// outcomes in file order.
    static func read(_ files: [InputFile], earlier: [FileReport?], writer: StoreWriter, context: ImportContext,
                     inExport: Bool) throws -> [Outcome] {
        var run = SideBySideFiles(files: files, earlier: earlier, writer: writer, context: context, inExport: inExport,
                                  largest: largest(files, earlier: earlier), outcomes: Array(repeating: nil, count: files.count))
        try run.readAll()
        return run.outcomes.map { $0! }
    }

    /// The position of the largest file to read (the first of equals; an unknown size counts
    /// as none); nil when every file is unchanged.
    static func largest(_ files: [InputFile], earlier: [FileReport?]) -> Int? {
        var largest: Int?
        for index in files.indices where earlier[index] == nil {
            if largest.map({ files[index].size ?? 0 > files[$0].size ?? 0 }) ?? true { largest = index }
        }
        return largest
    }

    private mutating func readAll() throws {
        do {
            try start()
            while !reading.isEmpty {
                if let failure, !reading.keys.contains(where: { $0 < failure.index }) { throw failure.error }
                guard let item = queue.take() else { break }
                switch item {
                case .rows(let index, let rows): write(rows, of: index)
                case .ended(let index): try end(index)
                }
            }
            if let failure { throw failure.error }
        } catch {
            stopAll()
            throw error
        }
    }

    /// Starts the next files while lanes are free, in file order.
    private mutating func start() throws {
        while failure == nil, next < files.count, reading.count < Self.lanes {
            let index = next
            if let report = earlier[index] {
                outcomes[index] = .earlier(report)
                advance()
                continue
            }
            let prefix: Data
            switch nextFilePrefix() {
            case .success(let data): prefix = data
            case .failure(let error):
                guard reading.isEmpty else { return }  // an earlier file's error comes first
                throw error
            }
            let file = files[index]
            if Self.isJSON(prefix, name: file.name) {
                guard reading.isEmpty else { return }
                let digest = DigestBox()
                outcomes[index] = .read(try Self.readJSON(file.feeding(digest), prefix: prefix, writer: writer, context: context), digest.value)
                advance()
                continue
            }
            let wholeFile = file.size.map { $0 <= UInt64(prefix.count) } ?? (prefix.count < Self.prefixBytes)
            let guess = CSVFileImporter.guess(prefix, wholeFile: wholeFile)
            guard reading.values.allSatisfy({ Self.mayRead(guess, beside: $0.guess) }) else { return }
            let digest = DigestBox(), stop = StopFlag()
            var importer = CSVFileImporter(file: file.feeding(digest), writer: writer, context: context)
            let queue = queue
            importer.start(prefix: prefix, lowered: index != largest, output: { rows in !stop.isSet && queue.put(.rows(file: index, rows)) },
                           ended: { _ = queue.put(.ended(file: index)) })
            reading[index] = Lane(importer: importer, guess: guess, digest: digest, stop: stop)
            advance()
        }
    }

    private mutating func nextFilePrefix() -> Result<Data, any Error> {
        if let nextPrefix { return nextPrefix }
        let result = Result { try files[next].prefix(Self.prefixBytes) }
        nextPrefix = result
        return result
    }

    private mutating func advance() {
        next += 1
        nextPrefix = nil
    }

    private mutating func write(_ rows: [CSVRowParser.Parsed], of index: Int) {
        guard var lane = reading.removeValue(forKey: index) else { return }
        defer { reading[index] = lane }
        guard !lane.stop.isSet else { return }  // failed: the rows still queued are dropped
        do {
            for parsed in rows { try lane.importer.write(parsed) }
        } catch {
            fail(lane, index, error)
        }
    }

    private mutating func end(_ index: Int) throws {
        guard var lane = reading.removeValue(forKey: index) else { return }
        guard !lane.stop.isSet else { return lane.importer.join() }
        do {
            outcomes[index] = .read(try lane.importer.finish(), lane.digest.value)
        } catch is CSVFileImporter.Unrecognised {
            if inExport {
                outcomes[index] = .skipped
            } else {
                fail(lane, index, TriageError.badInput("\(files[index].displayName):1", "not a LinkedIn export file invite-triage knows: no header of Invitations, Connections, messages, Profile, Positions, Education, Skills, Email Addresses or Contacts in the first \(CSVFileImporter.headerSearchRows) lines (see docs/formats.md)"))
            }
        } catch {
            fail(lane, index, error)
        }
        try start()
    }

    /// File `index` failed: its parser stops. An error in a file's content is thrown once no
    /// file listed before it is still being read (one of those may fail too, and its error
    /// comes first); any other error (the database's, the disk's) at once: after it, SQLite
    /// may have rolled the transaction back, and rows written then would each be committed.
    private mutating func fail(_ lane: Lane, _ index: Int, _ error: any Error) {
        lane.stop.set()
        let inContent = (error as? TriageError)?.status == .badInput && writer.db.isInsideTransaction
        // As if listed before every file: thrown at the next item.
        if !inContent { return failure = (-1, error) }
        if failure.map({ index < $0.index }) ?? true { failure = (index, error) }
    }

    /// A file without header writes nothing; two of one kind, or one not told, go alone.
    private static func mayRead(_ guess: CSVFileImporter.Guess, beside other: CSVFileImporter.Guess) -> Bool {
        switch (guess, other) {
        case (.unclear, _), (_, .unclear): false
        case (.kind(let kind), .kind(let otherKind)): kind != otherKind
        case (.noHeader, _), (_, .noHeader): true
        }
    }

    /// Stops every parser still running and waits for their threads.
    private func stopAll() {
        for lane in reading.values { lane.stop.set() }
        queue.cancel()
        for lane in reading.values { lane.importer.join() }
    }

    private static func isJSON(_ prefix: Data, name: String) -> Bool {
        startsLikeJSON(prefix) || name.lowercased().hasSuffix(".json")
    }

    private static func startsLikeJSON(_ prefix: Data) -> Bool {
        let firstByte = prefix.drop(while: { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }).first
        return firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "[")
    }

    private static func readJSON(_ file: InputFile, prefix: Data, writer: StoreWriter, context: ImportContext) throws -> FileReport {
        guard startsLikeJSON(prefix) else {
            if prefix.isEmpty { throw TriageError.badInput(file.displayName, "the file is empty") }
            throw TriageError.badInput("\(file.displayName):1:1", "not JSON: expected '{' or '['")
        }
        return try JSONFileImporter(file: file, writer: writer, context: context).run()
    }
}

/// Tells a parser's thread to stop: set by the writer, read by the parser at each batch.
private final class StopFlag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .relaxed) }
    func set() { value.store(true, ordering: .relaxed) }
}
