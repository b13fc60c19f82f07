import Foundation

/// Questions about a string answered from its UTF-8 bytes, for the per-row paths where
/// Foundation (through `NSString` on Linux) or canonical-equivalence `==` would cost more.
extension String {
    /// `contains(String(ascii))` exactly as Foundation answers it, without its trip through
    /// `NSString` when the bytes decide: no such byte means false; one followed by ASCII or by
    /// nothing means true. Only when every one is followed by a non-ASCII scalar, which may be
    /// a combining mark Foundation will not split from it, does Foundation decide.
    func containsASCII(_ ascii: Unicode.Scalar) -> Bool {
        let target = UInt8(ascii.value)
        var found = false
        var previousWasTarget = false
        for byte in utf8 {
            if previousWasTarget, byte < 0x80 { return true }
            previousWasTarget = byte == target
            found = found || previousWasTarget
        }
        if previousWasTarget { return true }
        return found && contains(String(ascii))
    }

    /// `range(of: needle)` (`.backwards`: the last one) as Foundation finds it, without its
    /// trip through `NSString` on Linux when the bytes decide. They do for a needle of ASCII
    /// characters without a canonical twin (all but K, ; and `: "K" also matches the Kelvin
    /// sign), whose only spelling is its bytes: where they occur first (last) with ASCII, or an
    /// end of the text, on either side, the match neither starts nor ends inside a character;
    /// where they do not occur, the needle is not there. Otherwise Foundation decides.
    func rangeOfBytes(_ needle: String, backwards: Bool = false) -> Range<String.Index>? {
        var (text, needle) = (self, needle)  // `withUTF8` is mutating; native strings are not copied.
        let answer = text.withUTF8 { text in needle.withUTF8 { Self.byteRange(of: $0, in: text, backwards: backwards) } }
        guard answer.decided else { return range(of: needle, options: backwards ? .backwards : []) }
        return answer.range.map { utf8.index(startIndex, offsetBy: $0.lowerBound)..<utf8.index(startIndex, offsetBy: $0.upperBound) }
    }

    private static func byteRange(of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                                  backwards: Bool) -> (range: Range<Int>?, decided: Bool) {
        let twins: [UInt8] = [UInt8(ascii: "K"), UInt8(ascii: ";"), UInt8(ascii: "`")]
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 && !twins.contains($0) }) else { return (nil, false) }
        guard needle.count <= text.count else { return (nil, true) }
        func occurs(at start: Int) -> Bool { needle.indices.allSatisfy { text[start + $0] == needle[$0] } }
        let starts = 0...(text.count - needle.count)
        guard let start = backwards ? starts.reversed().first(where: occurs) : starts.first(where: occurs) else { return (nil, true) }
        let end = start + needle.count
        let whole = (start == 0 || text[start - 1] < 0x80) && (end == text.count || text[end] < 0x80)
        return (start..<end, whole)
    }

    /// `split(separator: Character(ascii))`, found from the bytes when every separator stands
    /// between ASCII bytes (or at an end): then each is a character of its own. Otherwise a
    /// combining mark after one or a prepended mark before it could join it to a neighbour,
    /// and the character-by-character split (slow: it finds every character's bounds) decides.
    func splitOnASCII(_ separator: Unicode.Scalar) -> [Substring] {
        let target = UInt8(separator.value)
        let bytes = utf8
        var pieces: [Substring] = []
        var pieceStart = bytes.startIndex
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == target {
                guard previous < 0x80, next == bytes.endIndex || bytes[next] < 0x80 else {
                    return split(separator: Character(separator))
                }
                if pieceStart < index { pieces.append(self[pieceStart..<index]) }
                pieceStart = next
            }
            previous = byte
            index = next
        }
        if pieceStart < bytes.endIndex { pieces.append(self[pieceStart..<bytes.endIndex]) }
        return pieces
    }

    /// The same bytes: stricter than `==`, which also equates canonically equal spellings
    /// (é and e + U+0301) and must normalise non-ASCII text to say so.
    func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var (this, other) = (self, other)  // `withUTF8` is mutating; native strings are not copied.
        return this.withUTF8 { a in other.withUTF8 { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }

    /// A hash of the UTF-8 bytes, for sets and tables that keep hashes instead of text. Six
    /// times cheaper than `hashValue` for non-ASCII text, which must be normalised because
    /// `==` equates canonically equal spellings. Use it for text that is folded (one spelling
    /// per word: `TextFolding` decomposes), URLs, or where two spellings of one text being
    /// told apart only costs a second computation (a cache). Seeded per process, like `Hasher`.
    var byteHash: Int {
        var hasher = Hasher()
        CombinedHash.combine(self, into: &hasher)
        return hasher.finalize()
    }
}
