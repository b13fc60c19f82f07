import Foundation
import Testing

/// `show ID --format json` gives the list object plus its history.
@Suite struct ShowJSONDetailTests {
    @Test func showHasEveryListKeyWithTheSameValuesPlusHistory() throws {
        let (sandbox, config) = try ClassifiedSamples.importedExport()
        defer { sandbox.remove() }
        let listing = try sandbox.listAll(["--config", config])
        // A pending invitation and a connected one (whose claims and reasons are not empty).
        let picks = [listing.first { $0.status == "pending" }, listing.first { $0.status == "connected" }].compactMap { $0 }
        try #require(picks.count == 2)
        for listed in picks {
            let id = try #require(listed.id)
            let result = try sandbox.triage(["show", String(id), "--format", "json", "--config", config])
            try #require(result.status == 0, "\(result)")
            let shown = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "not an object: \(result.stdout)")
            #expect(Set(shown.keys) == ListedInvitation.keys.union(["history"]))
            #expect(shown["history"] is [Any], "history is a list")
            var withoutHistory = shown
            withoutHistory["history"] = nil
            #expect(NSDictionary(dictionary: withoutHistory).isEqual(to: listed.object), "show and list differ for #\(id)")
        }
    }
}
