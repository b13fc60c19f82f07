/// A byte of flags for each 64-bit hash: open addressing in two flat arrays, 9 bytes a slot,
/// one probe most of the time. For a million entries a `Dictionary` costs more to fill and
/// to ask, and a sorted array more to ask (twenty steps, each a cache miss).
struct FlagsByHash {
    /// 0 marks a free slot: the hash 0 has its flags apart.
    private var keys: [Int]
    private var flags: [UInt8]
    private var zeroFlags: UInt8?
    private(set) var count = 0

    /// Room for `capacity` entries before it grows.
    init(capacity: Int = 0) {
        var slots = 16
        while slots * 3 < capacity * 4 { slots *= 2 }
        keys = [Int](repeating: 0, count: slots)
        flags = [UInt8](repeating: 0, count: slots)
    }

    subscript(hash: Int) -> UInt8? {
        if hash == 0 { return zeroFlags }
        let (slot, found) = find(hash)
        return found ? flags[slot] : nil
    }

    /// Sets the flags of `hash`, or ORs them into those it has; returns the result.
    @discardableResult
    mutating func merge(_ hash: Int, _ value: UInt8, combine: (UInt8, UInt8) -> UInt8) -> UInt8 {
        if hash == 0 {
            if zeroFlags == nil { count += 1 }
            zeroFlags = zeroFlags.map { combine($0, value) } ?? value
            return zeroFlags!
        }
        let key = hash
        var (slot, found) = find(key)
        if found {
            flags[slot] = combine(flags[slot], value)
            return flags[slot]
        }
        if (count + 1) * 4 > keys.count * 3 {
            grow()
            slot = find(key).slot
        }
        keys[slot] = key
        flags[slot] = value
        count += 1
        return value
    }

    /// Every entry, in no order.
    func forEach(_ body: (_ hash: Int, _ flags: UInt8) -> Void) {
        if let zeroFlags { body(0, zeroFlags) }
        for (key, value) in zip(keys, flags) where key != 0 { body(key, value) }
    }

    /// The slot holding `key`, or the free one where it would go.
    private func find(_ key: Int) -> (slot: Int, found: Bool) {
        keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = key & mask
            while true {
                let stored = keys[slot]
                if stored == key { return (slot, true) }
                if stored == 0 { return (slot, false) }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let (oldKeys, oldFlags) = (keys, flags)
        keys = [Int](repeating: 0, count: oldKeys.count * 2)
        flags = [UInt8](repeating: 0, count: oldKeys.count * 2)
        for (key, value) in zip(oldKeys, oldFlags) where key != 0 {
            let slot = find(key).slot
            keys[slot] = key
            flags[slot] = value
        }
    }
}
