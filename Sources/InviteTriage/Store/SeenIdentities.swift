/// The senders an import into an empty table has written so far, as a Bloom filter: a row
/// whose identity (minute and URL, or minute and folded name) was never seen cannot match a
/// stored one, and skips the look-up. A "maybe" (about one row in forty at a million) looks it
/// up as before. 4 MiB, whatever the size of the export.
final class SeenIdentities {
    /// Empty once released.
    private var bits = [UInt64](repeating: 0, count: 1 << 19)
    private static let mask = (1 << 25) - 1

    /// Adds the identities of a row written or matched: its name, and its URL when it has one.
    func insert(minute: String, url: String?, key: String) {
        if bits.isEmpty { return }
        set(CombinedHash.of(minute, "key", key))
        if let url { set(CombinedHash.of(minute, "url", url)) }
    }

    /// Frees the filter; every row may match afterwards.
    func release() {
        bits = []
    }

    /// Whether a row with these may match one added: one that has a URL matches by URL, or by
    /// name a row without one; one without matches by name.
    func mayContain(minute: String, url: String?, key: String) -> Bool {
        if bits.isEmpty { return true }
        if let url, isSet(CombinedHash.of(minute, "url", url)) { return true }
        return isSet(CombinedHash.of(minute, "key", key))
    }

    // Two bit positions from one hash.
    private func set(_ hash: Int) {
        let (first, second) = (hash & Self.mask, (hash >> 32) & Self.mask)
        bits[first >> 6] |= 1 << UInt64(first & 63)
        bits[second >> 6] |= 1 << UInt64(second & 63)
    }

    private func isSet(_ hash: Int) -> Bool {
        let (first, second) = (hash & Self.mask, (hash >> 32) & Self.mask)
        return bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
    }
}
