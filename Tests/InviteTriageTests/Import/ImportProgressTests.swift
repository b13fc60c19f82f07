import Foundation
import Testing
@testable import InviteTriage

/// Progress on a terminal: every 50,000 lines, naming the file, as two files are read at once.
@Suite struct ImportProgressTests {
    @Test func eachProgressLineNamesItsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("export"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        for index in 0..<100_000 { connections += "Person,Number\(index),https://www.linkedin.com/in/p-\(index),,Acme,Engineer,08 Nov 2026\n" }
        var messages = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
        for index in 0..<50_000 {
            messages += "2-\(index),,Person Number\(index),https://www.linkedin.com/in/p-\(index),Ana Owner,https://www.linkedin.com/in/ana,2026-11-18 17:22:40 UTC,,Hello \(index),INBOX\n"
        }
        let connectionsPath = folder.appendingPathComponent("export/Connections.csv").path
        let messagesPath = folder.appendingPathComponent("export/messages.csv").path
        try connections.write(toFile: connectionsPath, atomically: true, encoding: .utf8)
        try messages.write(toFile: messagesPath, atomically: true, encoding: .utf8)
        let store = try Store(path: folder.appendingPathComponent("db.sqlite").path, diagnostics: .silent)
        let lines = ProgressLines()
        let clock = Clock(now: LocalDateTime(text: "2026-11-26T09:00:00")!, zone: TimeZone(identifier: "UTC")!)
        _ = try Importer.run(paths: [folder.appendingPathComponent("export").path], store: store,
                             context: ImportContext(clock: clock, configuration: Configuration(), onProgress: { lines.add($0) }))
        // The header is line 1: rows end on lines 100,001 and 50,001.
        #expect(lines.all.sorted() == ["\(connectionsPath): line 100000", "\(connectionsPath): line 50000", "\(messagesPath): line 50000"].sorted())
    }
}

private final class ProgressLines: @unchecked Sendable {
    private(set) var all: [String] = []
    func add(_ line: String) { all.append(line) }
}
