import Foundation
import GRDB

/// Files whose exact bytes were imported into the database as it is now (`imported_file`).
/// Importing such a file again would change nothing, so the import skips it: one pass to
/// compare digests instead of parsing and looking up every row. Only a file of the same size
/// as a recorded one is read for its digest; any other goes straight to the importer.
struct UnchangedFiles {
    /// Bump when the same bytes would be read into other rows than before (a parser fix), so
    /// that files recorded by an older binary are read again.
    static let readerVersion = 2  // 2: Positions.csv's locations

    private let db: Database
    /// How files are read now: the version and the time zone zoned times are converted to.
    private let reader: String
    private let evidenceVersion: Int
    private let sizes: Set<UInt64>

    init(_ db: Database, clock: Clock) throws {
        self.db = db
        reader = Self.reader(clock)
        evidenceVersion = try Self.evidenceVersion(db)
        sizes = Set(try Int64.fetchAll(db, sql: "SELECT size FROM imported_file WHERE reader = ? AND evidence_version = ?",
                                       arguments: [reader, evidenceVersion]).map { UInt64($0) })
    }

    /// The report of the earlier import when `file` is one of the recorded files: every row
    /// already known, nothing read.
    func report(for file: InputFile) throws -> FileReport? {
        guard let size = file.size, sizes.contains(size) else { return nil }
        let digest = try file.digest()
        guard let row = try Row.fetchOne(db, sql: """
            SELECT report, imported_at FROM imported_file WHERE size = ? AND digest = ? AND reader = ? AND evidence_version = ?
            """, arguments: [Int64(digest.byteCount), digest.hex, reader, evidenceVersion]),
              var report = try? JSONDecoder().decode(FileReport.self, from: Data((row["report"] as String).utf8))
        else { return nil }
        report.file = file.displayName
        report.known += report.new
        report.new = 0
        report.unchangedSince = row["imported_at"]
        return report
    }

    /// Records the files of an import that changed the database, once it has written
    /// everything (links and evidence version included), and forgets those of earlier states.
    /// A file with rejected rows is not recorded: importing it again must report them again.
    static func record(_ files: [(digest: ContentDigest, report: FileReport)], db: Database, clock: Clock) throws {
        let version = try evidenceVersion(db)
        try db.execute(sql: "DELETE FROM imported_file WHERE evidence_version <> ?", arguments: [version])
        for (digest, report) in files where report.rejected == 0 {
            try db.execute(sql: """
                INSERT OR REPLACE INTO imported_file (size, digest, reader, evidence_version, report, imported_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [Int64(digest.byteCount), digest.hex, reader(clock), version, StoreWriter.json(report), clock.now.text])
        }
    }

    private static func reader(_ clock: Clock) -> String { "\(readerVersion) \(clock.zone.identifier)" }

    private static func evidenceVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT evidence_version FROM store_state WHERE id = 1") ?? 0
    }
}
