/// The senders an import into an empty table has written so far, as a Bloom filter: a row
/// whose identity (minute and URL, or minute and folded name) was never seen cannot match a
/// stored one, and skips the look-up. A "maybe" (about one row in forty at a million) looks it
/// up as before. 4 MiB, whatever the size of the export.
final class SeenIdentities {
    /// Empty once released.
    private var bits = [UInt64](repeating: 0, count: 1 << 19)
    private static let mask = (1 << 25) - 1

    /// A row's identities as the filter keys them: hashed once for the question and the
    /// insert. The minute is hashed as numbers, not as the text the look-up needs.
    struct Identity {
        fileprivate let url: Int?
        fileprivate let key: Int

        init(minute time: LocalDateTime, url: String?, key: String) {
            func hash(_ kind: Int, _ text: String) -> Int {
                var hasher = Hasher()
                hasher.combine(time.year)
                hasher.combine(time.month)
                hasher.combine(time.day)
                hasher.combine(time.hour)
                hasher.combine(time.minute)
                hasher.combine(kind)
                CombinedHash.combine(text, into: &hasher)
                return hasher.finalize()
            }
            self.url = url.map { hash(1, $0) }
            self.key = hash(0, key)
        }
    }

    /// Adds the identities of a row written or matched: its name, and its URL when it has one.
    func insert(_ identity: Identity) {
        if bits.isEmpty { return }
        set(identity.key)
        if let url = identity.url { set(url) }
    }

    /// Frees the filter; every row may match afterwards.
    func release() {
        bits = []
    }

    /// Whether a row with these may match one added: one that has a URL matches by URL, or by
    /// name a row without one; one without matches by name.
    func mayContain(_ identity: Identity) -> Bool {
        if bits.isEmpty { return true }
        if let url = identity.url, isSet(url) { return true }
        return isSet(identity.key)
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
