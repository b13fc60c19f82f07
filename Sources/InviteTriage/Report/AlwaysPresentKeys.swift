/// JSON objects for scripts carry every key, `null` when unknown (Swift's synthesised
/// Encodable leaves nil keys out). Conforming types get an `encode(to:)` that writes each
/// stored property under its own name, so the keys are the property names, in one place.
public protocol AlwaysPresentKeys: Encodable {}

extension AlwaysPresentKeys {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: PropertyKey.self)
        for child in Mirror(reflecting: self).children {
            guard let label = child.label, let value = child.value as? any Encodable else { continue }
            try container.encode(value, forKey: PropertyKey(stringValue: label))
        }
    }
}

struct PropertyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
