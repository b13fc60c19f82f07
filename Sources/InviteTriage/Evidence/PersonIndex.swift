/// Finds a person in the owner's records by the identity rule of the importer: URLs match,
/// or one side has no URL and the folded names match.
///
/// URLs and names are kept as 64-bit hashes, not strings: a network of hundreds of thousands of
/// people then takes a few megabytes (two of them colliding is a chance in billions).
struct PersonIndex<Value: Sendable>: Sendable {
    private(set) var values: [Value] = []
    private var byURL: [Int: Int] = [:]
    private var byKeyWithoutURL: [Int: Int] = [:]
    private var byKey: [Int: Int] = [:]

    private func slot(url: String?, key: String) -> Int? {
        if let url { return byURL[url.hashValue] ?? byKeyWithoutURL[key.hashValue] }
        return byKey[key.hashValue]
    }

    func find(url: String?, key: String) -> Value? {
        slot(url: url, key: key).map { values[$0] }
    }

    /// Changes the person's value, adding the person with `initial` when not yet known.
    mutating func update(url: String?, key: String, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let index: Int
        if let found = slot(url: url, key: key) {
            index = found
        } else {
            index = values.count
            values.append(initial())
        }
        // The first person seen under a URL or name keeps it.
        if let url { byURL[url.hashValue] = byURL[url.hashValue] ?? index } else { byKeyWithoutURL[key.hashValue] = byKeyWithoutURL[key.hashValue] ?? index }
        byKey[key.hashValue] = byKey[key.hashValue] ?? index
        change(&values[index])
    }

    mutating func insert(_ value: Value, url: String?, key: String) {
        update(url: url, key: key, initial: value) { _ in }
    }
}
