/// One hash of a few strings in order, for sets that keep hashes instead of text. Valid within
/// one process only: Swift seeds its hasher per run, so such hashes are never stored. Made of
/// the strings' bytes (see `String.byteHash`): for folded names, URLs and content keys.
enum CombinedHash {
    static func of(_ first: String, _ second: String, _ third: String) -> Int {
        var hasher = Hasher()
        combine(first, into: &hasher)
        combine(second, into: &hasher)
        combine(third, into: &hasher)
        return hasher.finalize()
    }

    /// The length first, so that ("ab", "c") and ("a", "bc") differ.
    static func combine(_ text: String, into hasher: inout Hasher) {
        var text = text  // `withUTF8` is mutating; native strings are not copied.
        text.withUTF8 { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }
}
