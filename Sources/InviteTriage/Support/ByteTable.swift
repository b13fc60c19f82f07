/// A look-up of byte strings by their bytes, without making a String or an Array of the key:
/// a hash finds the entries, the bytes confirm the match.
struct ByteTable<Value: Sendable>: Sendable {
    private let entries: [UInt64: [(key: [UInt8], value: Value)]]

    init(_ pairs: [([UInt8], Value)]) {
        entries = pairs.reduce(into: [:]) { table, pair in table[ByteTable.hash(pair.0[...]), default: []].append((pair.0, pair.1)) }
    }

    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        entries[ByteTable.hash(key)]?.first { $0.key.elementsEqual(key) }?.value
    }

    /// FNV-1a: a few instructions a byte.
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
