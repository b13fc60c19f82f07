/// One hash of a few strings in order, for sets that keep hashes instead of text. Valid within
/// one process only: Swift seeds its hasher per run, so such hashes are never stored.
enum CombinedHash {
    static func of(_ first: String, _ second: String, _ third: String) -> Int {
        var hasher = Hasher()
        hasher.combine(first)
        hasher.combine(second)
        hasher.combine(third)
        return hasher.finalize()
    }
}
