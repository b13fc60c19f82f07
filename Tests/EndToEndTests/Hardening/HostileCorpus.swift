import Foundation
import Testing

/// One hostile input: how to make it, and what `import` must do with it.
struct HostileInput: Sendable, CustomStringConvertible {
    let name: String
    /// Puts the input in place (or names the stored corpus file) and returns the path to import.
    let make: @Sendable (Sandbox) throws -> String
    /// The exit statuses allowed: 65/66 for a refusal, 0 for a documented recovery.
    let statuses: Set<Int32>
    /// What the error line says after `invite-triage: error: PATH`: the location (`:2`,
    /// `:Invitations.csv:3`, `:1:257`) and the problem. For a recovery: a fragment of stdout.
    let expected: String
    /// Set when Sources behave against issue 8 for this input: what goes wrong.
    var knownIssue: String?
    /// Seconds after which the import counts as hung and is killed.
    var limit: TimeInterval = 300

    var description: String { name }

    var isRecovery: Bool { statuses == [0] }

    /// An input stored in Tests/Hostile.
    static func stored(_ file: String, _ status: Int32, _ expected: String, knownIssue: String? = nil) -> HostileInput {
        HostileInput(name: file, make: { _ in HostilePaths.file(file) }, statuses: [status], expected: expected, knownIssue: knownIssue)
    }

    /// An input generated in the sandbox at test time (large ones, folders, special files).
    static func generated(_ name: String, _ status: Int32, _ expected: String, knownIssue: String? = nil, limit: TimeInterval = 300,
                          _ make: @escaping @Sendable (Sandbox) throws -> String) -> HostileInput {
        HostileInput(name: name, make: make, statuses: [status], expected: expected, knownIssue: knownIssue, limit: limit)
    }
}

/// The hostile-input corpus of issue 8: every input `import` can be handed by a stranger, with
/// the one-line error (or documented recovery) it must produce.
enum HostileCorpus {
    static let notAnExport = ": not a LinkedIn export file invite-triage knows"

    static let stored: [HostileInput] = [
        .stored("empty.csv", 65, ":1: the file is empty"),
        .stored("blank-lines.csv", 65, ":1: the file is empty"),
        // Documented recovery: a header with no rows reads nothing and changes nothing.
        .stored("header-only.csv", 0, "invitations: 0 new"),
        .stored("binary-garbage.bin", 65, ":1: a field holds a NUL byte: binary data, not text"),
        .stored("binary-garbage.json", 65, ":1:2: expected a quoted key"),
        .stored("truncated.zip", 65, ": not a readable ZIP archive (truncated or damaged)"),
        .stored("zip-slip-parent.zip", 65, ": holds no export files"),
        .stored("zip-slip-nested.zip", 65, ": holds no export files"),
        .stored("zip-absolute-path.zip", 65, ": holds no export files"),
        .stored("zip-declared-huge.zip", 65, ":Invitations.csv: uncompressed size exceeds the limit"),
        .stored("zip-damaged-entry.zip", 65, ":Invitations.csv: cannot extract from the ZIP (damaged or truncated)"),
        .stored("zip-bad-row.zip", 65, ":Invitations.csv:3: Sent At: no such date or time"),
        .stored("invalid-utf8.csv", 65, ":3: text is neither UTF-8 nor Windows-1252"),
        .stored("utf16-no-bom.csv", 65, ":1: the text looks like UTF-16 without a byte-order mark; save the file again as UTF-8"),
        // Stored, a NUL would cut the name short wherever it is read as a C string.
        .stored("nul-bytes.csv", 65, ":2: a field holds a NUL byte: binary data, not text"),
        .stored("unbalanced-quote.csv", 65, ":3: a quoted field is never closed"),
        .stored("wrong-columns.csv", 65, ":1" + notAnExport),
        .stored("missing-direction-column.csv", 65, ":1" + notAnExport),
        .stored("short-row.csv", 65, ":2: Direction is empty"),
        .stored("unknown-direction.csv", 65, ":2: Direction \"SIDEWAYS\" is neither INCOMING nor OUTGOING"),
        .stored("escape-in-direction.csv", 65, ":2: Direction \"\\u{1B}]0;PWNED\\u{7}"),
        .stored("year-0.csv", 65, ":2: Sent At: no such date or time"),
        .stored("year-9999.csv", 65, ":2: Sent At: date \"12/31/9999, 9:00 AM\" is outside 2002–2027"),
        .stored("february-31.csv", 65, ":2: Sent At: no such date or time in date \"2/31/26, 9:00 AM\""),
        .stored("connections-bad-date.csv", 65, ":2: Connected On: no such date or time"),
        .stored("messages-year-0.csv", 65, ":2: DATE: no such date or time"),
        // Documented recovery: the same invitation again (three times) is already known.
        .stored("duplicate-rows.csv", 0, "invitations: 3 already known"),
        .stored("json-empty.json", 65, ": the file is empty"),
        .stored("json-string.json", 65, ":1:1: not JSON: expected '{' or '['"),
        .stored("json-number.json", 65, ":1:1: not JSON: expected '{' or '['"),
        .stored("json-array-of-numbers.json", 65, ":1:2: $[0]: expected an invitation object, found a number"),
        .stored("json-truncated.json", 65, ":1:"),
        .stored("json-trailing-garbage.json", 65, ":1:21: unexpected text after the JSON value"),
        .stored("json-sentat-boolean.json", 65, ":1:58: $.invitations[0].sentAt: expected an ISO 8601 time or epoch milliseconds, found a boolean"),
        .stored("json-from-string.json", 65, ":1:27: $.invitations[0].from: missing"),
        .stored("json-invitations-object.json", 65, ":1:17: $.invitations: expected an array, found an object"),
        .stored("json-unknown-relationship.json", 65, ":1:97: $.invitations[0].relationship: unknown relationship \"nemesis\""),
        .stored("json-lone-surrogate.json", 65, ":1:48: string is not valid UTF-8"),
        .stored("json-huge-number.json", 65, ":1:68: $.invitations[0].from.mutualConnections: expected a whole number"),
        .stored("json-epoch-1e30.json", 65, ":1:58: $.invitations[0].sentAt: epoch time out of range"),
        .stored("json-epoch-31-digits.json", 65, ":1:58: $.invitations[0].sentAt: epoch time out of range"),
        .stored("json-year-0.json", 65, ":1:42: $[0].sentAt: no such date or time"),
    ]

    static let header = "From,To,Sent At,Message,Direction\n"

    static let generated: [HostileInput] = [
        .generated("50 MB single line", 65, ":2: a field is longer than 1 MiB") { sandbox in
            try write(sandbox, "line-50mb.csv", header: header, repeating: "x", count: 50_000_000)
        },
        .generated("50 MB single line of commas", 65, ":2: a row has more than 1024 columns") { sandbox in
            try write(sandbox, "commas-50mb.csv", header: header, repeating: "a,", count: 25_000_000)
        },
        .generated("2 MB quoted note", 65, ":2: a field is longer than 1 MiB") { sandbox in
            try sandbox.write("long-note.csv", text: header + "Mallory,Elena Marsh,\"11/20/26, 9:00 AM\",\"" + String(repeating: "n", count: 2_000_000) + "\",INCOMING\n")
        },
        .generated("10,000 columns", 65, ":1: a row has more than 1024 columns") { sandbox in
            try sandbox.write("columns-10000.csv", text: (0..<10_000).map { "c\($0)" }.joined(separator: ",") + "\n")
        },
        .generated("JSON arrays nested 100,000 deep", 65, ":1:257: nested deeper than 256 levels") { sandbox in
            try sandbox.write("deep-arrays.json", text: String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        },
        .generated("JSON objects nested 100,000 deep", 65, ":1:1281: nested deeper than 256 levels") { sandbox in
            try sandbox.write("deep-objects.json", text: String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000))
        },
        .generated("ZIP bomb (one entry over the ratio limit)", 65, ":Invitations.csv: expands more than 200 times its compressed size") { sandbox in
            // 8 MB of blank rows deflate about a thousand times: far over the 200 limit.
            let zip = sandbox.url("bomb.zip")
            try makeZip([("Invitations.csv", Data((header + String(repeating: "\n", count: 8_000_000)).utf8))], at: zip)
            return zip.path
        },
        .generated("ZIP holding only a subfolder", 65, ": holds no LinkedIn export file that invite-triage recognises") { sandbox in
            let zip = sandbox.url("jobs-only.zip")
            try makeZip([("Jobs/Saved Jobs.csv", Data("Saved Date,Job Url\n".utf8))], at: zip)
            return zip.path
        },
        .generated("folder with no export files", 65, ": holds no export files") { sandbox in
            try sandbox.write("no-export/notes.txt", text: "nothing to see\n")
            try sandbox.write("no-export/Jobs/Saved Jobs.csv", text: "Saved Date,Job Url\n")
            return sandbox.url("no-export").path
        },
        .generated("folder with unknown CSVs only", 65, ": holds no LinkedIn export file that invite-triage recognises") { sandbox in
            try sandbox.write("unknown-only/SearchQueries.csv", text: "Time,Search Query\n2026-11-01 10:00:00 UTC,swift\n")
            return sandbox.url("unknown-only").path
        },
        .generated("directory passed as a CSV", 65, ": holds no export files") { sandbox in
            let folder = sandbox.url("Invitations.csv")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder.path
        },
        .generated("missing file", 66, ": no such file or folder") { sandbox in
            sandbox.url("does-not-exist.csv").path
        },
        // A FIFO is no file to import: refused (65 or 66), never waited on.
        HostileInput(name: "FIFO with no writer", make: { sandbox in
            let path = sandbox.url("Invitations-fifo.csv").path
            guard mkfifo(path, 0o600) == 0 else { throw SetupFailure("mkfifo failed: \(String(cString: strerror(errno)))") }
            return path
        }, statuses: [65, 66], expected: ": ",
        limit: 15),
    ]

    static let all = stored + generated

    /// Writes HEADER + `unit` × `count` (no final newline) in 1 MB pieces; returns its path.
    static func write(_ sandbox: Sandbox, _ name: String, header: String, repeating unit: String, count: Int) throws -> String {
        let url = sandbox.url(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(header.utf8))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let piece = Data(String(repeating: unit, count: 1 << 20).utf8)
        var left = count
        while left > 0 {
            let units = min(left, 1 << 20)
            handle.write(units == 1 << 20 ? piece : Data(String(repeating: unit, count: units).utf8))
            left -= units
        }
        return url.path
    }
}
