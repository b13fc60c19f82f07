import Foundation
import Testing

/// The database as text (`sqlite3 DB .dump`), for comparing before and after a command.
func dump(_ database: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try sqlite(database, ".dump", sourceLocation: sourceLocation)
}

/// Expects two dumps to be identical; on failure shows where the first few lines differ.
func expectSameDump(_ before: String, _ after: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let identical = before == after
    #expect(identical, "the database changed:\n\(dumpDifference(before, after))", sourceLocation: sourceLocation)
}

/// The lines that differ, each cut to show the text around its first difference.
func dumpDifference(_ before: String, _ after: String) -> String {
    let old = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard old.count == new.count else {
        let removed = old.filter { !new.contains($0) }.map { "- " + $0.prefix(160) }
        let added = new.filter { !old.contains($0) }.map { "+ " + $0.prefix(160) }
        return "\(old.count) lines before, \(new.count) after\n" + (removed + added).prefix(20).joined(separator: "\n")
    }
    let changed = zip(old, new).filter { $0 != $1 }
    let shown = changed.prefix(10).map { pair -> String in
        let common = zip(pair.0, pair.1).prefix { $0 == $1 }.count
        let table = pair.0.split(separator: "(").first.map(String.init) ?? ""
        func around(_ line: String) -> String { String(line.dropFirst(max(0, common - 30)).prefix(80)) }
        return "\(table): …\(around(pair.0))… → …\(around(pair.1))…"
    }
    return "\(changed.count) line(s) differ\n" + shown.joined(separator: "\n")
}

/// Runs one statement or dot-command with the sqlite3 shell; returns its output.
func sqlite(_ database: URL, _ command: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", database.path, command],
                                environment: ProcessInfo.processInfo.environment, in: database.deletingLastPathComponent())
    try #require(result.status == 0, "sqlite3 failed: \(result)", sourceLocation: sourceLocation)
    return result.stdout
}

/// A single number from a query such as `SELECT COUNT(*) FROM invitation`.
func sqliteCount(_ database: URL, _ query: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
    let text = try sqlite(database, query, sourceLocation: sourceLocation).trimmingCharacters(in: .whitespacesAndNewlines)
    return try #require(Int(text), "not a number: \(text)", sourceLocation: sourceLocation)
}

/// Every row of `table` (its `columns`, all by default), one line each, sorted: comparable
/// across two databases.
func tableRows(_ database: URL, _ table: String, columns: String = "*", sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
    try sqlite(database, "SELECT \(columns) FROM \(table)", sourceLocation: sourceLocation).split(separator: "\n").map(String.init).sorted()
}

/// The columns of `invitation` that hold what was imported and decided, not the score the
/// classifier derived from it.
let importedInvitationColumns = """
    id, sender_name, sender_key, sender_url, sent_at, message, relationship, given_email, headline, profile,
    mutual_connections, source, imported_at, connected_on, decision, decided_at, decision_note
    """

/// The permission bits of a file or folder, nil when it does not exist.
func posixPermissions(_ url: URL) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? Int
}
