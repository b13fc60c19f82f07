import Foundation
import Testing
@testable import InviteTriage

/// Mutated ZIP archives (the sample export and the corpus's ZIPs, flipped, cut, spliced):
/// expanding them and reading every file they hold ends in data or a `TriageError`, never a
/// crash, and never reads past the limits.
@Suite struct ZipReaderFuzzTests {
    static let iterations = 600
    static let tokens: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x01, 0x02], [0x50, 0x4B, 0x05, 0x06], [0x50, 0x4B, 0x06, 0x06],
                                    [0xFF, 0xFF, 0xFF, 0xFF], [0x00, 0x00, 0x00, 0x00], [0xFF, 0xFF], Array("../".utf8), Array("/".utf8)]

    struct Enough: Error {}

    /// Expands the archive at `path` and reads each file (up to 4 MiB in all); returns an
    /// error of an unexpected type, if any.
    static func expandAndRead(_ path: String) -> Error? {
        do {
            let expanded = try InputExpander.expand(path)
            var total = 0
            for file in expanded.files {
                do {
                    try file.read { chunk in
                        total += chunk.count
                        if total > 4 << 20 { throw Enough() }
                    }
                } catch is Enough {
                    return nil
                }
                _ = try file.prefix(64)
            }
            return nil
        } catch is TriageError {
            return nil
        } catch {
            return error
        }
    }

    @Test func mutatedArchivesExpandOrFailWithATriageError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("invite-triage-zip-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = FuzzSeeds.zip.filter { $0.starts(with: [0x50, 0x4B]) }
        try #require(!seeds.isEmpty, "no ZIP seeds found under samples/ and Tests/Hostile/")
        var mutator = FuzzMutator(random: FuzzRandom(seed: 0x21F_0001), tokens: Self.tokens, seeds: seeds, maxLength: 64 << 10)
        var findings = FuzzFindings()
        // The last input is kept on disk: if a crash ends the run, it is the reproducer.
        let path = folder.appendingPathComponent("fuzz.zip").path
        for _ in 0..<Self.iterations {
            var input = mutator.random.pick(seeds)
            // Most mutations keep the local header magic, so the archive is read as a ZIP.
            input = mutator.mutate(input)
            if mutator.random.chance(80), input.count >= 4 { input.replaceSubrange(0..<4, with: [0x50, 0x4B, 0x03, 0x04]) }
            FileManager.default.createFile(atPath: path, contents: Data(input))
            if let error = Self.expandAndRead(path) { findings.add("\(type(of: error)): \(error)", input) }
        }
        #expect(findings.isEmpty, "\(findings.report)")
    }
}
