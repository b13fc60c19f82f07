@testable import InviteTriage

/// Feeds bytes to a `CSVReader` in chunks of `chunkSize`, the way an import streams a file.
struct ChunkedCSV {
    var records: [CSVReader.Record] = []
    var usedWindows1252 = false

    init(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ","), chunkSize: Int) throws {
        var reader = CSVReader(separator: separator)
        var collected: [CSVReader.Record] = []
        var start = 0
        while start < bytes.count {
            let end = min(start + chunkSize, bytes.count)
            try Array(bytes[start..<end]).withUnsafeBytes { chunk in
                try reader.feed(chunk) { collected.append($0) }
            }
            start = end
        }
        try reader.finish { collected.append($0) }
        records = collected
        usedWindows1252 = reader.usedWindows1252
    }

    init(_ text: String, separator: UInt8 = UInt8(ascii: ","), chunkSize: Int) throws {
        try self.init(Array(text.utf8), separator: separator, chunkSize: chunkSize)
    }

    var fields: [[String]] { records.map(\.fields) }
    var lines: [Int] { records.map(\.line) }
}

/// Chunk sizes that split a small input everywhere: byte by byte, odd sizes, all at once.
let csvChunkSizes = [1, 2, 3, 7, 64, 1 << 20]

/// The problem a reader threw, or nil when it read the input without one.
func csvProblem(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ","), chunkSize: Int = 1 << 20) -> CSVReader.Problem? {
    do {
        _ = try ChunkedCSV(bytes, separator: separator, chunkSize: chunkSize)
        return nil
    } catch let problem as CSVReader.Problem {
        return problem
    } catch {
        return nil
    }
}
