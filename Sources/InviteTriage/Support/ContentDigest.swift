/// A 128-bit digest of a byte stream, the same however the stream is cut into chunks: it tells
/// whether a file is, byte for byte, one imported before. Two independent lanes of
/// MurmurHash3-style mixing over 8-byte words. Not cryptographic: it guards against accident,
/// not against someone forging a file (who could as well edit the database).
struct ContentDigest: Sendable {
    private var first: UInt64 = 0x243F_6A88_85A3_08D3
    private var second: UInt64 = 0x1319_8A2E_0370_7344
    /// The bytes of an unfinished word, little-endian.
    private var pending: UInt64 = 0
    private var pendingCount = 0
    private(set) var byteCount: UInt64 = 0

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        if pendingCount > 0 {
            while pendingCount < 8, index < bytes.count {
                pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
                pendingCount += 1
                index += 1
            }
            if pendingCount == 8 {
                absorb(pending)
                (pending, pendingCount) = (0, 0)
            }
        }
        while index + 8 <= bytes.count {
            absorb(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        while index < bytes.count {
            pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            index += 1
        }
        byteCount += UInt64(bytes.count)
    }

    /// 32 hex digits.
    var hex: String {
        var (a, b) = (first, second)
        // The unfinished word and the length, so that trailing zero bytes count.
        a ^= Self.scramble(pending, 0x87C3_7B91_1142_53D5, 31, 0x4CF5_AD43_2745_937F)
        b ^= Self.scramble(pending, 0x4CF5_AD43_2745_937F, 33, 0x87C3_7B91_1142_53D5)
        a ^= byteCount
        b ^= byteCount
        a = a &+ b
        b = b &+ a
        (a, b) = (Self.finalMix(a), Self.finalMix(b))
        a = a &+ b
        b = b &+ a
        return Self.hex(a) + Self.hex(b)
    }

    private mutating func absorb(_ word: UInt64) {
        first ^= Self.scramble(word, 0x87C3_7B91_1142_53D5, 31, 0x4CF5_AD43_2745_937F)
        first = Self.rotate(first, 27) &* 5 &+ 0x52DC_E729
        second ^= Self.scramble(word, 0x4CF5_AD43_2745_937F, 33, 0x87C3_7B91_1142_53D5)
        second = Self.rotate(second, 31) &* 5 &+ 0x3849_5AB5
    }

    private static func scramble(_ word: UInt64, _ before: UInt64, _ rotation: UInt64, _ after: UInt64) -> UInt64 {
        rotate(word &* before, rotation) &* after
    }

    private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

    private static func finalMix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        return x ^ (x >> 33)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
