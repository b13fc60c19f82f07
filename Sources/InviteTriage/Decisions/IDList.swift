/// Invitation ids as people type them: `12`, `12-15`, `3,4,9`.
public enum IDList {
    static let maxRange = 100_000

    public static func parse(_ arguments: [String]) throws -> [Int64] {
        var ids: [Int64] = []
        for argument in arguments {
            for part in argument.split(separator: ",") where !part.isEmpty {
                let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                guard bounds.count <= 2, let low = Int64(bounds[0]), low > 0, let high = bounds.count == 2 ? Int64(bounds[1]) : low, high >= low else {
                    throw TriageError(.usage, "\"\(TerminalText.singleLine(String(part.prefix(30))))\" is not an id or a range such as 12-15")
                }
                guard high - low < maxRange else { throw TriageError(.usage, "range \(part) is longer than \(maxRange) ids") }
                ids += Array(low...high)
            }
        }
        guard !ids.isEmpty else { throw TriageError(.usage, "no invitation id given") }
        return ids
    }
}
