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

    /// Room for `count` people, made once: grown by doubling, the tables of a large network
    /// were up to twice their size, and held old and new at once while growing.
    mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
        byURL.reserveCapacity(count)
        byKey.reserveCapacity(count)
    }

    private func slot(_ person: PersonHash) -> Int? {
        if let url = person.url { return byURL[url] ?? byKeyWithoutURL[person.key] }
        return byKey[person.key]
    }

    func find(url: String?, key: String) -> Value? {
        find(PersonHash(url: url, key: key))
    }

    /// A judgement looks the sender up in several indexes: hashed once.
    func find(_ person: PersonHash) -> Value? {
        slot(person).map { values[$0] }
    }

    /// Changes the person's value, adding the person with `initial` when not yet known.
    mutating func update(url: String?, key: String, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let person = PersonHash(url: url, key: key)
        let index: Int
        if let found = slot(person) {
            index = found
        } else {
            index = values.count
            values.append(initial())
        }
        // The first person seen under a URL or name keeps it.
        if let url = person.url { byURL[url] = byURL[url] ?? index } else { byKeyWithoutURL[person.key] = byKeyWithoutURL[person.key] ?? index }
        byKey[person.key] = byKey[person.key] ?? index
        change(&values[index])
    }

    mutating func insert(_ value: Value, url: String?, key: String) {
        update(url: url, key: key, initial: value) { _ in }
    }
}

/// A person's URL and folded name as `PersonIndex` keeps them.
struct PersonHash: Sendable {
    let url: Int?
    let key: Int

    init(url: String?, key: String) {
        // URLs and folded names have one spelling each: their bytes decide.
        self.url = url?.byteHash
        self.key = key.byteHash
    }
}
