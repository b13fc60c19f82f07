/// Finds a person in the owner's records by the identity rule of the importer: URLs match,
/// or one side has no URL and the folded names match.
struct PersonIndex<Value: Sendable>: Sendable {
    private(set) var values: [Value] = []
    private var byURL: [String: Int] = [:]
    private var byKeyWithoutURL: [String: Int] = [:]
    private var byKey: [String: Int] = [:]

    private func slot(url: String?, key: String) -> Int? {
        if let url { return byURL[url] ?? byKeyWithoutURL[key] }
        return byKey[key]
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
        if let url { byURL[url] = byURL[url] ?? index } else { byKeyWithoutURL[key] = byKeyWithoutURL[key] ?? index }
        byKey[key] = byKey[key] ?? index
        change(&values[index])
    }

    mutating func insert(_ value: Value, url: String?, key: String) {
        update(url: url, key: key, initial: value) { _ in }
    }
}
