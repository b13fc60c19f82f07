import Foundation
import ZIPFoundation

/// One file to import: on disk or inside a ZIP. It streams its raw bytes in chunks, so a file
/// of any size is read in bounded memory.
struct InputFile {
    /// What errors name: `export.zip:Invitations.csv` or the path as given.
    let displayName: String
    /// The base name, for the report.
    let name: String
    /// The size in bytes as the file system or the ZIP declares it, before reading.
    let size: UInt64?
    private let stream: (_ consumer: (Data) throws -> Void) throws -> Void

    init(displayName: String, name: String, size: UInt64?, stream: @escaping (_ consumer: (Data) throws -> Void) throws -> Void) {
        self.displayName = displayName
        self.name = name
        self.size = size
        self.stream = stream
    }

    func read(_ consumer: (Data) throws -> Void) throws {
        try stream(consumer)
    }

    /// The same file, adding every byte read to `digest` on the way.
    func feeding(_ digest: DigestBox) -> InputFile {
        InputFile(displayName: displayName, name: name, size: size) { consumer in
            try stream { chunk in
                chunk.withUnsafeBytes { digest.value.update($0) }
                try consumer(chunk)
            }
        }
    }

    /// The digest of the whole file, read once.
    func digest() throws -> ContentDigest {
        var digest = ContentDigest()
        try read { chunk in chunk.withUnsafeBytes { digest.update($0) } }
        return digest
    }

    /// Up to `limit` bytes from the start, to recognise the file without reading all of it.
    func prefix(_ limit: Int) throws -> Data {
        struct Enough: Error {}
        var collected = Data()
        do {
            try read { chunk in
                collected.append(chunk.prefix(limit - collected.count))
                if collected.count >= limit { throw Enough() }
            }
        } catch is Enough {}
        return collected
    }

    static func onDisk(path: String, displayName: String) -> InputFile {
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber
        return InputFile(displayName: displayName, name: (path as NSString).lastPathComponent, size: size?.uint64Value) { consumer in
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw TriageError(.missingInput, "\(displayName): cannot open the file")
            }
            defer { try? handle.close() }
            while true {
                let chunk: Data
                do { chunk = try handle.read(upToCount: 1 << 20) ?? Data() } catch {
                    throw TriageError(.ioError, "\(displayName): read failed: \(error.localizedDescription)")
                }
                if chunk.isEmpty { return }
                try consumer(chunk)
            }
        }
    }
}

/// A digest filled on the thread that reads a file, read by the importer's once the file is done.
final class DigestBox: @unchecked Sendable {
    var value = ContentDigest()
}

/// Limits that keep a crafted ZIP from filling memory or disk.
enum ZipLimits {
    static let maxEntryBytes: UInt64 = 2 << 30
    static let maxTotalBytes: UInt64 = 8 << 30
    /// Real CSVs compress about 5–20 times; a bomb compresses thousands of times.
    static let maxRatio: UInt64 = 200
}

/// What one path on the command line expands to.
struct ExpandedInput {
    var files: [InputFile] = []
    /// Entries passed over (subfolders such as `Jobs/`, non-CSV files), for the report.
    var skipped: [String] = []
    /// Whether the files came from an export (folder or ZIP), where unknown files are skipped
    /// rather than refused.
    var isExport = false
}

enum InputExpander {
    static func expand(_ path: String) throws -> ExpandedInput {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TriageError(.missingInput, "\(path): no such file or folder")
        }
        if isDirectory.boolValue { return try folder(path) }
        // A FIFO or device would block or never end: only regular files are read.
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        guard type == .typeRegular else { throw TriageError(.badInput, "\(path): not a regular file") }
        if try isZip(path) { return try zip(path) }
        return ExpandedInput(files: [.onDisk(path: path, displayName: path)])
    }

    private static func folder(_ path: String) throws -> ExpandedInput {
        var result = ExpandedInput(isExport: true)
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path).sorted() } catch {
            throw TriageError(.ioError, "\(path): cannot list the folder: \(error.localizedDescription)")
        }
        for name in names where !name.hasPrefix(".") {
            let full = (path as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            if isDirectory.boolValue || !isDataFile(name) {
                result.skipped.append(full + (isDirectory.boolValue ? "/" : ""))
            } else {
                result.files.append(.onDisk(path: full, displayName: full))
            }
        }
        return result
    }

    private static func isDataFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".json")
    }

    private static func isZip(_ path: String) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TriageError(.missingInput, "\(path): cannot open the file (permission denied?)")
        }
        defer { try? handle.close() }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        return magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) || magic.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    private static func zip(_ path: String) throws -> ExpandedInput {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw TriageError(.badInput, "\(path): not a readable ZIP archive (truncated or damaged)")
        }
        var result = ExpandedInput(isExport: true)
        var declaredTotal: UInt64 = 0
        // An export may hold its CSVs at the root or inside one top folder.
        // macOS Finder adds `__MACOSX/` resource forks and `.DS_Store`: not part of the export.
        let entries = archive.filter { entry in
            let name = (entry.path as NSString).lastPathComponent
            return entry.type == .file && !entry.path.hasPrefix("__MACOSX/") && !name.hasPrefix("._") && name != ".DS_Store"
        }
        let roots = Set(entries.map { $0.path.split(separator: "/", omittingEmptySubsequences: false).count > 1 ? String($0.path.split(separator: "/")[0]) : "" })
        let prefix = roots.count == 1 && roots.first != "" ? roots.first! + "/" : ""
        let url = URL(fileURLWithPath: path)
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            // Judged on the whole entry path: `../Invitations.csv` must not pass for a top folder.
            let unsafe = entry.path.hasPrefix("/") || entry.path.split(separator: "/").contains { $0 == ".." || $0 == "." }
            let inner = String(entry.path.dropFirst(entry.path.hasPrefix(prefix) ? prefix.count : 0))
            guard !unsafe, !inner.contains("/"), isDataFile(inner) else {
                result.skipped.append("\(path):\(inner)")
                continue
            }
            declaredTotal += entry.uncompressedSize
            if entry.uncompressedSize > ZipLimits.maxEntryBytes || declaredTotal > ZipLimits.maxTotalBytes {
                throw TriageError(.badInput, "\(path):\(inner): uncompressed size exceeds the limit (\(ZipLimits.maxEntryBytes >> 30) GiB a file, \(ZipLimits.maxTotalBytes >> 30) GiB in all)")
            }
            let displayName = "\(path):\(inner)"
            let compressed = max(entry.compressedSize, 1)
            result.files.append(InputFile(displayName: displayName, name: inner, size: entry.uncompressedSize) { consumer in
                var produced: UInt64 = 0
                // Errors of our own (the reader stopping early, a bad row, a bomb) pass through
                // unchanged; only ZIPFoundation's own mean a damaged archive.
                var ownError: Error?
                do {
                    // An archive of its own for each read: two files of an export are read at
                    // once, on two threads, and an archive reads through one file handle. The
                    // entry carries its offsets; opening reads only the archive's end record.
                    let archive = try Archive(url: url, accessMode: .read)
                    let checksum = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: false) { chunk in
                        do {
                            produced += UInt64(chunk.count)
                            if produced > ZipLimits.maxEntryBytes || (produced > 1 << 20 && produced / compressed > ZipLimits.maxRatio) {
                                throw TriageError(.badInput, "\(displayName): expands more than \(ZipLimits.maxRatio) times its compressed size (a ZIP bomb?); refused")
                            }
                            try consumer(chunk)
                        } catch {
                            ownError = error
                            throw error
                        }
                    }
                    guard checksum == entry.checksum else {
                        throw TriageError(.badInput, "\(displayName): cannot extract from the ZIP (damaged or truncated)")
                    }
                } catch let error as TriageError {
                    throw ownError ?? error
                } catch {
                    if let ownError { throw ownError }
                    throw TriageError(.badInput, "\(displayName): cannot extract from the ZIP (damaged or truncated)")
                }
            })
        }
        return result
    }
}
