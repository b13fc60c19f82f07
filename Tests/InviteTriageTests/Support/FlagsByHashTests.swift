import Testing
@testable import InviteTriage

/// The open-addressing table answers as a dictionary would, through growth and collisions.
@Suite struct FlagsByHashTests {
    @Test(arguments: [0, 100, 5_000]) func answersAsADictionary(capacity: Int) {
        var random = FuzzRandom(seed: UInt64(capacity) + 3)
        var table = FlagsByHash(capacity: capacity)
        var reference: [Int: UInt8] = [:]
        // Few distinct low bits: many hashes want the same slot. Zero and negatives too.
        let hashes = (0..<3_000).map { index -> Int in
            index % 10 == 0 ? Int(bitPattern: UInt(random.next())) : (index % 7) << 40 | random.below(64) << 12
        } + [0, 1, -1, Int.min, Int.max]
        for hash in hashes {
            let value = UInt8(random.below(256))
            let merged = table.merge(hash, value) { $0 | $1 }
            reference[hash] = (reference[hash] ?? 0) | value
            #expect(merged == reference[hash])
        }
        #expect(table.count == reference.count)
        for (hash, value) in reference { #expect(table[hash] == value, "\(hash)") }
        var listed: [Int: UInt8] = [:]
        table.forEach { hash, value in
            #expect(listed[hash] == nil, "listed once")
            listed[hash] = value
        }
        #expect(listed == reference)
        for _ in 0..<3_000 {
            let absent = Int(bitPattern: UInt(random.next()))
            if reference[absent] == nil { #expect(table[absent] == nil) }
        }
    }
}
