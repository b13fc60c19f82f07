/// Finds which of many fixed fragments occur in a text, in one pass over its UTF-8 bytes
/// (Aho–Corasick, as a table: one lookup per byte, however many fragments there are).
/// Cheaper than a regex, or a substring search per fragment, by orders of magnitude.
struct FragmentAutomaton: Sendable {
    /// Each byte's column in `next`; 0 for bytes that appear in no fragment.
    private let column: [Int32]
    private let columns: Int
    /// `next[state * columns + column]`: the state after reading a byte.
    private let next: [Int32]
    /// The labels of the fragments that end at each state: `labels[labelStart[s]..<labelStart[s + 1]]`.
    private let labelStart: [Int32]
    private let labels: [Int32]

    /// `fragments[i]` reports label `i` when found; an empty fragment is found in every text.
    init(_ fragments: [(text: String, label: Int)]) {
        var column = [Int32](repeating: 0, count: 256)
        var columns = 1
        for (text, _) in fragments {
            for byte in text.utf8 where column[Int(byte)] == 0 {
                column[Int(byte)] = Int32(columns)
                columns += 1
            }
        }
        // The trie of the fragments; -1 where no fragment continues.
        var next = [Int32](repeating: -1, count: columns)
        var found: [[Int32]] = [[]]
        for (text, label) in fragments {
            var state = 0
            for byte in text.utf8 {
                let slot = state * columns + Int(column[Int(byte)])
                if next[slot] < 0 {
                    next[slot] = Int32(found.count)
                    next += repeatElement(-1, count: columns)
                    found.append([])
                }
                state = Int(next[slot])
            }
            found[state].append(Int32(label))
        }
        // Breadth first, so the state a mismatch falls back to is complete before it is used:
        // missing moves take the fallback's move, and each state also reports its fallback's
        // fragments (the ones that end its text).
        var fallback = [Int](repeating: 0, count: found.count)
        var queue: [Int] = []
        queue.reserveCapacity(found.count)
        // Every state's row is visited once: through a buffer, as checked indexing of the
        // table was most of building it (it is built at every start of a judging command).
        next.withUnsafeMutableBufferPointer { next in
            for slot in 0..<columns {
                if next[slot] < 0 { next[slot] = 0 } else { queue.append(Int(next[slot])) }
            }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                if !found[fallback[state]].isEmpty { found[state] += found[fallback[state]] }
                let row = state * columns, fallbackRow = fallback[state] * columns
                for slot in 0..<columns {
                    let target = next[row + slot]
                    let fallbackMove = next[fallbackRow + slot]
                    if target < 0 {
                        next[row + slot] = fallbackMove
                    } else {
                        fallback[Int(target)] = Int(fallbackMove)
                        queue.append(Int(target))
                    }
                }
            }
        }
        var labelStart: [Int32] = [0]
        var labels: [Int32] = []
        for state in found.indices {
            labels += found[state].count > 1 ? Set(found[state]).sorted() : found[state]
            labelStart.append(Int32(labels.count))
        }
        (self.column, self.columns, self.next, self.labelStart, self.labels) = (column, columns, next, labelStart, labels)
    }

    var stateCount: Int { labelStart.count - 1 }

    /// Sets `seen[label]` for every fragment found in `text`.
    func mark(in text: String, _ seen: inout [Bool]) {
        for index in labelStart[0]..<labelStart[1] { seen[Int(labels[Int(index)])] = true }
        var text = text
        // Every note passes here three times: through buffers, without the checks of indexing
        // arrays and the String's UTF-8 view (every value in the tables is in range by
        // construction).
        text.withUTF8 { bytes in
            next.withUnsafeBufferPointer { next in
                column.withUnsafeBufferPointer { column in
                    labelStart.withUnsafeBufferPointer { labelStart in
                        var state = 0
                        for byte in bytes {
                            state = Int(next[state &* columns &+ Int(column[Int(byte)])])
                            let start = Int(labelStart[state]), end = Int(labelStart[state &+ 1])
                            if start < end { for index in start..<end { seen[Int(labels[index])] = true } }
                        }
                    }
                }
            }
        }
    }
}
