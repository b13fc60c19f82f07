/// LinkedIn's API response for received invitations (`application/vnd.linkedin.normalized+json`):
/// `data.elements` lists InvitationViews that point, by URN, to Invitations in `included`,
/// which point to the sender's MiniProfile. References are resolved in any order.
enum VoyagerGraph {
    static func read(_ root: JSONNode, reader: FieldReader) throws -> InvitationDocument {
        var document = InvitationDocument(kind: "LinkedIn API invitations")
        guard let included = root["included"], case .array(let entities) = included.value else {
            throw JSONFieldProblem(node: root["included"] ?? root, path: "$.included", message: "expected an array")
        }
        var byURN: [String: (node: JSONNode, path: String)] = [:]
        for (index, entity) in entities.enumerated() {
            if let urn = entity["entityUrn"]?.string { byURN[urn] = (entity, "$.included[\(index)]") }
        }
        // The views list the invitations with their insights; without views, every Invitation
        // in `included` stands alone.
        let elementsNode = root["data"]?["elements"] ?? root["elements"]
        var views: [(node: JSONNode, path: String)] = []
        if let elementsNode, case .array(let elements) = elementsNode.value {
            for (index, element) in elements.enumerated() {
                views.append((element, "$.data.elements[\(index)]"))
            }
        }
        if views.isEmpty || !views.contains(where: { $0.node["*invitation"] != nil || $0.node["invitation"] != nil }) {
            views = entities.enumerated().compactMap { index, entity in
                (entity["$type"]?.string ?? "").hasSuffix(".Invitation") ? (JSONNode(value: .object([("invitation", entity)]), line: entity.line, column: entity.column), "$.included[\(index)]") : nil
            }
        }
        for view in views {
            let invitation: (node: JSONNode, path: String)
            if let urn = view.node["*invitation"]?.string {
                guard let found = byURN[urn] else {
                    throw JSONFieldProblem(node: view.node, path: view.path + ".*invitation", message: "refers to \(urn), which \"included\" does not hold")
                }
                invitation = found
            } else if let inline = view.node["invitation"] {
                invitation = (inline, view.path + ".invitation")
            } else {
                continue  // a view of something else (a summary entity)
            }
            try readInvitation(invitation.node, path: invitation.path, view: view.node, byURN: byURN, reader: reader, into: &document)
        }
        return document
    }

    private static func readInvitation(_ node: JSONNode, path: String, view: JSONNode, byURN: [String: (node: JSONNode, path: String)],
                                       reader: FieldReader, into document: inout InvitationDocument) throws {
        let type = node["invitationType"]?.string?.uppercased() ?? "PENDING"
        let state = node["invitationState"]?.string?.uppercased()
        let sentAt = try reader.time(node["sentTime"], path: path + ".sentTime", parent: node)
        let message = try reader.string(node["message"], path: path + ".message")
        let outgoing = type == "SENT"
        let personReference = outgoing ? (node["*toMember"] ?? node["toMember"]) : (node["*fromMember"] ?? node["fromMember"])
        var profile: (node: JSONNode, path: String)?
        if let urn = personReference?.string {
            guard let found = byURN[urn] else {
                throw JSONFieldProblem(node: personReference!, path: path + (outgoing ? ".*toMember" : ".*fromMember"), message: "refers to \(urn), which \"included\" does not hold")
            }
            profile = found
        } else if let inline = personReference, case .object = inline.value {
            profile = (inline, path + ".fromMember")
        }
        guard let profile else {
            throw JSONFieldProblem(node: node, path: path, message: "names no \(outgoing ? "recipient" : "sender") (*fromMember)")
        }
        let first = try reader.string(profile.node["firstName"], path: profile.path + ".firstName")
        let last = try reader.string(profile.node["lastName"], path: profile.path + ".lastName")
        let url = ProfileURL.fromSlug(try reader.string(profile.node["publicIdentifier"], path: profile.path + ".publicIdentifier"))
        let joined = [first, last].compactMap { $0 }.joined(separator: " ")
        guard let name = joined.isEmpty ? url.map(FieldReader.nameFromURL) : joined else {
            throw JSONFieldProblem(node: profile.node, path: profile.path, message: "the profile has no name and no publicIdentifier")
        }
        if outgoing {
            document.sent.append(SentInvitation(recipientName: name, recipientURL: url, sentAt: sentAt, message: message))
            return
        }
        if let state, !["PENDING", "UNSEEN", "SEEN"].contains(state) { return }  // accepted or withdrawn elsewhere
        document.received.append(ReceivedInvitation(
            senderName: name, senderURL: url, sentAt: sentAt, message: message,
            headline: try reader.string(profile.node["occupation"], path: profile.path + ".occupation"),
            mutualConnections: try mutualCount(view, reader: reader) ?? mutualCount(node, reader: reader)))
    }

    /// `insights[].sharedInsight.totalCount`, or the `sharedConnectionsInsight` /
    /// `numSharedConnections` forms other clients write.
    private static func mutualCount(_ node: JSONNode, reader: FieldReader) throws -> Int? {
        if let count = node["numSharedConnections"]?.number { return Int(max(0, count)) }
        if case .array(let insights)? = node["insights"]?.value {
            for insight in insights {
                for key in ["sharedInsight", "sharedConnectionsInsight"] {
                    if let count = insight[key]?["totalCount"]?.number { return Int(max(0, count)) }
                }
            }
        }
        if let count = node["sharedConnectionsInsight"]?["totalCount"]?.number { return Int(max(0, count)) }
        return nil
    }
}
