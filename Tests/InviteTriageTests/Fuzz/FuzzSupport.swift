import Foundation
import Testing

/// SplitMix64: a tiny generator that gives the same numbers on every machine and run, so a
/// fuzz run is a fixed list of inputs and any failure it finds is found again.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// The package's folders, found from this file.
enum FuzzPaths {
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static let hostile = root.appendingPathComponent("Tests/Hostile")
    static let samples = root.appendingPathComponent("samples")
}

/// Seed inputs: the stored hostile corpus and the samples, cut to `limit` bytes each.
enum FuzzSeeds {
    static func files(in folder: URL, extensions: Set<String>) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter { extensions.contains($0.pathExtension.lowercased()) }
    }

    static func load(extensions: Set<String>, limit: Int) -> [[UInt8]] {
        let folders = [FuzzPaths.hostile, FuzzPaths.samples, FuzzPaths.samples.appendingPathComponent("linkedin-export")]
        return folders.flatMap { files(in: $0, extensions: extensions) }.compactMap { url in
            (try? Data(contentsOf: url)).map { Array($0.prefix(limit)) }
        }
    }

    static let csv = load(extensions: ["csv", "bin"], limit: 2048)
    static let json = load(extensions: ["json"], limit: 1 << 20)
    static let zip = load(extensions: ["zip"], limit: 1 << 20)
}

/// Byte-level mutations in the style of AFL/libFuzzer: flips, interesting bytes, tokens of the
/// format, deletions, duplications and splices with another seed.
struct FuzzMutator {
    var random: FuzzRandom
    let tokens: [[UInt8]]
    let seeds: [[UInt8]]
    /// Mutated inputs are cut to this many bytes, so a run stays quick.
    let maxLength: Int

    static let interestingBytes: [UInt8] = [0x00, 0x0A, 0x0D, 0x22, 0x2C, 0x3B, 0x09, 0x5C, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF,
                                            0xF0, 0xF4, 0xF8, 0xFE, 0xFF]

    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...random.below(4) {
            switch random.below(8) {
            case 0 where !bytes.isEmpty:
                bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
            case 1 where !bytes.isEmpty:
                bytes[random.below(bytes.count)] = random.pick(Self.interestingBytes)
            case 2:
                bytes.insert(contentsOf: random.pick(tokens), at: random.below(bytes.count + 1))
            case 3 where !bytes.isEmpty:
                let start = random.below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(16)))
            case 4 where !bytes.isEmpty:
                let start = random.below(bytes.count)
                let piece = bytes[start..<min(bytes.count, start + 1 + random.below(64))]
                bytes.insert(contentsOf: piece, at: random.below(bytes.count + 1))
            case 5:
                let other = random.pick(seeds)
                guard !other.isEmpty else { continue }
                let start = random.below(other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + random.below(128))], at: random.below(bytes.count + 1))
            case 6:
                bytes.insert(contentsOf: (0..<random.below(8)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: random.below(bytes.count + 1))
            default:
                if bytes.count > 1 { bytes.removeLast(random.below(bytes.count / 2 + 1)) }
            }
        }
        return Array(bytes.prefix(maxLength))
    }

    /// Splits `bytes` into random chunks (some empty), as reads of a file can.
    mutating func chunks(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var start = 0
        while start < bytes.count {
            let size = random.pick([0, 1, 1, 2, 3, 5, 17, 64, 1000])
            result.append(Array(bytes[start..<min(bytes.count, start + size)]))
            start += size
        }
        return result
    }
}

/// Collects what a fuzz run found, to report it once with the inputs that show it.
struct FuzzFindings {
    private(set) var items: [String] = []

    mutating func add(_ what: String, _ input: [UInt8]) {
        guard items.count < 10 else { return }
        let shown = input.prefix(200).map { (0x20..<0x7F).contains($0) && $0 != 0x5C ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }.joined()
        items.append("\(what): \"\(shown)\"\(input.count > 200 ? "… (\(input.count) bytes)" : "")")
    }

    var isEmpty: Bool { items.isEmpty }
    var report: String { items.joined(separator: "\n") }
}
