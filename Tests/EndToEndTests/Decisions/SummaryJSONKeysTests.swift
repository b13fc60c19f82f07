import Foundation
import Testing

/// `summary --format json` keys: always all present (null when unknown), and documented.
@Suite struct SummaryJSONKeysTests {
    static let topLevel: Set<String> = ["period", "start", "end", "received", "decided", "backlog", "ignored", "linkedInToDo",
                                        "trend", "agreement", "invitations"]
    static let nested: [String: Set<String>] = [
        "received": ["total", "accept", "review", "ignore"],
        "decided": ["accepted", "ignored"],
        "backlog": ["pending", "olderThanWeek", "olderThanMonth", "oldestSentAt"],
        "ignored": ["count", "topReasons", "genericShare", "falseClaimsByKind"],
        "agreement": ["decisions", "agreed", "suggestedAcceptOrIgnore", "rate", "reviewShare", "byCode"],
    ]

    private func object(_ sandbox: Sandbox) throws -> [String: Any] {
        let result = try sandbox.triage(["summary", "--format", "json"])
        try #require(result.status == 0, "\(result)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Every key anywhere in a JSON value.
    private func keys(_ value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys($1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(keys($1)) } }
        return []
    }

    @Test func everyKeyIsPresentEvenWhenNothingIsKnown() throws {
        // An empty database: no pending invitation, no decision.
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let summary = try object(sandbox)
        #expect(Set(summary.keys) == Self.topLevel)
        for (key, expected) in Self.nested {
            let inner = try #require(summary[key] as? [String: Any], "\(key) is not an object")
            #expect(Set(inner.keys) == expected, "\(key)")
        }
        #expect((summary["backlog"] as? [String: Any])?["oldestSentAt"] is NSNull)
        #expect((summary["agreement"] as? [String: Any])?["rate"] is NSNull)
    }

    @Test func keysOfListedItemsAreAllPresent() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try DecisionsFixture.decideTheStandardSet(sandbox)
        let summary = try object(sandbox)
        let toDo = try #require(summary["linkedInToDo"] as? [[String: Any]])
        #expect(!toDo.isEmpty && toDo.allSatisfy { Set($0.keys) == ["id", "name", "profileUrl", "decidedAt"] })
        let trend = try #require(summary["trend"] as? [[String: Any]])
        #expect(!trend.isEmpty && trend.allSatisfy { Set($0.keys) == ["week", "received", "accepted", "ignored"] })
        let byCode = try #require((summary["agreement"] as? [String: Any])?["byCode"] as? [[String: Any]])
        #expect(!byCode.isEmpty && byCode.allSatisfy { Set($0.keys) == ["code", "decisions", "agreed", "rate"] })
        let invitations = try #require(summary["invitations"] as? [[String: Any]])
        #expect(!invitations.isEmpty && invitations.allSatisfy { Set($0.keys) == ["id", "name", "score", "suggestion", "status", "message"] })
    }

    @Test func everyKeyIsDocumented() throws {
        let sandbox = try DecisionsFixture.sandbox()
        defer { sandbox.remove() }
        try DecisionsFixture.decideTheStandardSet(sandbox)
        let keys = keys(try object(sandbox))
        let documents = [PackagePaths.root.appendingPathComponent("README.md")]
            + ((try? FileManager.default.contentsOfDirectory(at: PackagePaths.root.appendingPathComponent("docs"), includingPropertiesForKeys: nil)) ?? [])
        let documentation = documents.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        let undocumented = keys.filter { !documentation.contains("`\($0)`") && !documentation.contains("\"\($0)\"") }.sorted()
        #expect(undocumented.isEmpty, "undocumented summary keys: \(undocumented)")
    }
}
