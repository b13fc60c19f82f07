/// A look-up of byte strings by their bytes, without making a String or an Array of the key:
/// the standard hasher over the bytes finds the entries, the bytes confirm the match.
struct ByteTable<Value: Sendable>: Sendable {
    private let entries: [Int: [(key: [UInt8], value: Value)]]

    init(_ pairs: [([UInt8], Value)]) {
        entries = pairs.reduce(into: [:]) { table, pair in
            table[pair.0.withUnsafeBufferPointer(ByteTable.hash), default: []].append((pair.0, pair.1))
        }
    }

    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        entries[ByteTable.hash(key)]?.first { $0.key.elementsEqual(key) }?.value
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }
}
