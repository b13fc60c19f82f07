import Foundation
import GRDB

/// Settings of one import run.
public struct ImportContext {
    public var clock: Clock
    public var configuration: Configuration
    /// Turn row errors into warnings with a count instead of failing the import.
    public var skipBadRows = false
    /// Read every file, even one unchanged since its import (see `UnchangedFiles`).
    public var rereadUnchanged = false
    /// Called now and then with a file and a line number, for progress on a terminal.
    public var onProgress: ((String) -> Void)?

    public init(clock: Clock, configuration: Configuration, skipBadRows: Bool = false, rereadUnchanged: Bool = false,
                onProgress: ((String) -> Void)? = nil) {
        self.clock = clock
        self.configuration = configuration
        self.skipBadRows = skipBadRows
        self.rereadUnchanged = rereadUnchanged
        self.onProgress = onProgress
    }

    /// Every 50,000 lines of a file; two files are read at once, so each line names its file.
    func progress(_ file: String, line: Int) {
        if let onProgress, line % 50_000 == 0 { onProgress("\(file): line \(line)") }
    }
}

/// `invite-triage import PATH...`: every path (export ZIP, extracted folder, single CSV or
/// JSON) in one transaction. If any file fails, nothing is stored.
public enum Importer {
    public static func run(paths: [String], store: Store, context: ImportContext) throws -> ImportReport {
        var report = ImportReport()
        var inputs: [(ExpandedInput, String)] = []
        for path in paths {
            let expanded = try InputExpander.expand(path)
            if expanded.isExport, expanded.files.isEmpty {
                throw TriageError.badInput(path, "holds no export files (no .csv or .json at its top level)")
            }
            inputs.append((expanded, path))
        }
        // The first import writes nearly every page of the database: once, without the WAL.
        let empty = try store.read { db in try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM invitation)") == true }
        try (empty ? store.writeWithRollbackJournal : store.write) { db in
            var bulk = try BulkLoad.begin(db)
            let writer = try StoreWriter(db: db, importedAt: context.clock.now.text, intoEmptyTable: bulk != nil)
            let unchanged = context.rereadUnchanged ? nil : try UnchangedFiles(db, clock: context.clock)
            // Files unchanged since their import are reported, not read.
            let earlierReports = try inputs.map { expanded, _ in try expanded.files.map { try unchanged?.report(for: $0) } }
            // The invitations stored are read beside the first files when the rest is about as many.
            var bytesToRead = 0
            for ((expanded, _), reports) in zip(inputs, earlierReports) {
                for (file, earlier) in zip(expanded.files, reports) where earlier == nil { bytesToRead += Int(file.size ?? 0) }
            }
            try writer.expectInvitations(bytesToRead / CSVFileImporter.largestTypicalRow)
            var read: [(digest: ContentDigest, report: FileReport)] = []
            let changesBefore = db.totalChangesCount
            for ((expanded, path), earlierReports) in zip(inputs, earlierReports) {
                report.skipped += expanded.skipped
                var recognised = 0
                let outcomes = try SideBySideFiles.read(expanded.files, earlier: earlierReports, writer: writer, context: context,
                                                        inExport: expanded.isExport)
                for (file, outcome) in zip(expanded.files, outcomes) {
                    switch outcome {
                    case .earlier(let fileReport):
                        report.files.append(fileReport)
                        recognised += 1
                    case .read(let fileReport, let digest):
                        report.files.append(fileReport)
                        recognised += 1
                        // Only a file read to its end has the digest of its bytes.
                        if digest.byteCount == file.size { read.append((digest, fileReport)) }
                    case .skipped:
                        report.skipped.append(file.displayName)
                    }
                }
                if expanded.isExport, recognised == 0 {
                    throw TriageError.badInput(path, "holds no LinkedIn export file that invite-triage recognises (Invitations.csv, Connections.csv, …)")
                }
            }
            let imported = db.totalChangesCount != changesBefore
            writer.finishWriting()
            FreedMemory.release()
            try bulk?.restore(db, except: BulkLoad.scoreIndexes)
            // Every import ends with every invitation linked that can be: one that changed
            // nothing has nothing new to link (at a million rows, looking costs seconds).
            if imported { try link(writer: writer, db: db, into: &report) }
            // Scores depend on the evidence: only an import that changed something makes them stale.
            let changed = imported || report.newlyConnected > 0
            if changed { try writer.bumpEvidenceVersion() }
            // Scoring is part of the import: when it returns, every invitation is scored.
            _ = try Rescorer.rescore(db, configuration: context.configuration, clock: context.clock)
            try bulk?.restore(db)
            // An import that changed nothing writes nothing, this record included.
            if changed { try UnchangedFiles.record(read, db: db, clock: context.clock) }
            report.pending = try InvitationTally.count(db, status: .pending)
        }
        return report
    }

    /// Marks invitations whose sender is now among the connections, and reports those you
    /// had decided on.
    private static func link(writer: StoreWriter, db: Database, into report: inout ImportReport) throws {
        let decidedUnconnected = try Row.fetchAll(db, sql: """
            SELECT id, decision FROM invitation WHERE status IN ('accepted', 'ignored') AND connected_on IS NULL ORDER BY id
            """)
        report.newlyConnected = try writer.linkConnections()
        for row in decidedUnconnected {
            let id: Int64 = row["id"]
            guard try Bool.fetchOne(db, sql: "SELECT connected_on IS NOT NULL FROM invitation WHERE id = ?", arguments: [id]) == true else { continue }
            if row["decision"] as String == DecisionKind.accepted.rawValue { report.acceptedNowConnected.append(id) } else { report.ignoredButConnected.append(id) }
        }
    }
}
