import Foundation

/// One object of `list --format json`, kept loosely so tests can also check which keys appear.
struct ListedInvitation {
    let object: [String: Any]

    static let keys: Set<String> = ["id", "status", "connectedOn", "score", "suggestion", "from", "sentAt", "message",
                                    "claims", "claimDetails", "reasons", "decision"]
    static let senderKeys: Set<String> = ["name", "profileUrl", "headline"]

    static func decode(_ text: String) throws -> [ListedInvitation] {
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let array = parsed as? [[String: Any]] else {
            throw CocoaError(.coderReadCorrupt, userInfo: [NSDebugDescriptionErrorKey: "list output is not an array of objects"])
        }
        return array.map(ListedInvitation.init)
    }

    var id: Int? { (object["id"] as? NSNumber)?.intValue }
    var status: String? { object["status"] as? String }
    var connectedOn: String? { object["connectedOn"] as? String }
    var sentAt: String? { object["sentAt"] as? String }
    var message: String? { object["message"] as? String }
    var sender: [String: Any] { object["from"] as? [String: Any] ?? [:] }
    var name: String? { sender["name"] as? String }
    var profileURL: String? { sender["profileUrl"] as? String }
    var headline: String? { sender["headline"] as? String }

    /// A comparable summary: what an import decided about this invitation.
    var summary: String {
        [String(id ?? -1), status ?? "?", name ?? "?", profileURL ?? "-", sentAt ?? "?", connectedOn ?? "-", message ?? "-"]
            .joined(separator: " | ")
    }
}
