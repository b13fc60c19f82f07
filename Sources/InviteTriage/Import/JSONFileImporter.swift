import Foundation

/// Reads JSON inputs: the invite-triage format (`{"owner", "invitations"}`), a bare array of
/// its invitation objects, and LinkedIn's API response for received invitations (the
/// normalised `{"data", "included"}` graph). See docs/json-format.md.
struct JSONFileImporter {
    static let maxBytes = 256 << 20

    let file: InputFile
    let writer: StoreWriter
    let context: ImportContext

    func run() throws -> FileReport {
        var bytes: [UInt8] = []
        try file.read { chunk in
            guard bytes.count + chunk.count <= Self.maxBytes else {
                throw TriageError.badInput(file.displayName, "JSON file larger than \(Self.maxBytes >> 20) MiB")
            }
            bytes.append(contentsOf: chunk)
        }
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            throw TriageError.badInput("\(file.displayName):\(error.line):\(error.column)", error.message)
        }
        let document: InvitationDocument
        var skipped: [JSONFieldProblem] = []
        do {
            document = try InvitationDocument.read(root, clock: context.clock, skipBad: context.skipBadRows ? { skipped.append($0) } : nil)
        } catch let problem as JSONFieldProblem {
            throw TriageError.badInput(location(problem), "\(problem.path): \(problem.message)")
        }
        var report = FileReport(file: file.displayName, kind: document.kind)
        report.rejected = skipped.count
        for problem in skipped.prefix(3) { report.warnings.append("\(location(problem)): \(problem.path): \(problem.message) (skipped)") }
        if let owner = document.owner {
            _ = try writer.record(owner: owner)
            if !owner.positions.isEmpty { try writer.noteEvidence(.positions, rows: owner.positions.count) }
            if !owner.education.isEmpty { try writer.noteEvidence(.education, rows: owner.education.count) }
        }
        try writer.expectInvitations(document.received.count)
        for invitation in document.received {
            if writer.tombstones.covers(url: invitation.senderURL, name: invitation.senderName) { report.forgotten += 1; continue }
            report.count(try writer.upsert(invitation, source: file.displayName))
        }
        for invitation in document.sent {
            if writer.tombstones.covers(url: invitation.recipientURL, name: invitation.recipientName) { report.forgotten += 1; continue }
            _ = try writer.upsert(invitation, source: file.displayName)
            report.outgoing += 1
        }
        try writer.noteEvidence(.invitations, rows: document.received.count + document.sent.count)
        return report
    }

    private func location(_ problem: JSONFieldProblem) -> String {
        "\(file.displayName):\(problem.node.line):\(problem.node.column)"
    }
}

struct JSONFieldProblem: Error {
    let node: JSONNode
    let path: String
    let message: String
}

/// The invitations and owner facts a JSON document holds, whatever its shape.
struct InvitationDocument {
    var kind: String
    var owner: OwnerFacts?
    var received: [ReceivedInvitation] = []
    var sent: [SentInvitation] = []

    /// `skipBad`: called with the problem of a bad invitation object, which is then left out
    /// (`--skip-bad-rows`); nil makes it fatal.
    static func read(_ root: JSONNode, clock: Clock, skipBad: ((JSONFieldProblem) -> Void)? = nil) throws -> InvitationDocument {
        let reader = FieldReader(clock: clock)
        func each(_ elements: [JSONNode], path: (Int) -> String, into document: inout InvitationDocument) throws {
            for (index, element) in elements.enumerated() {
                do { try reader.invitation(element, path: path(index), into: &document) } catch let problem as JSONFieldProblem {
                    guard let skipBad else { throw problem }
                    skipBad(problem)
                }
            }
        }
        switch root.value {
        case .array(let elements):
            var document = InvitationDocument(kind: "invite-triage JSON (array)")
            try each(elements, path: { "$[\($0)]" }, into: &document)
            return document
        case .object(let members):
            let keys = members.map(\.key)
            if root["included"] != nil, root["data"] != nil || root["elements"] != nil {
                return try VoyagerGraph.read(root, reader: reader)
            }
            if root["invitations"] != nil || root["owner"] != nil {
                var document = InvitationDocument(kind: "invite-triage JSON")
                if let owner = root["owner"] { document.owner = try reader.owner(owner, path: "$.owner") }
                if let list = root["invitations"] {
                    guard case .array(let elements) = list.value else {
                        throw JSONFieldProblem(node: list, path: "$.invitations", message: "expected an array, found \(list.typeName)")
                    }
                    try each(elements, path: { "$.invitations[\($0)]" }, into: &document)
                }
                return document
            }
            let shown = keys.prefix(6).map { "\"\(TerminalText.singleLine(String($0.prefix(30))))\"" }.joined(separator: ", ")
            throw JSONFieldProblem(node: root, path: "$", message: "not a known JSON shape: an object with keys \(shown.isEmpty ? "(none)" : shown); expected the invite-triage format with \"invitations\" (see docs/json-format.md) or LinkedIn's invitation API response with \"data\" and \"included\"")
        default:
            throw JSONFieldProblem(node: root, path: "$", message: "not a known JSON shape: found \(root.typeName); expected an object with \"invitations\" (see docs/json-format.md)")
        }
    }
}

/// Typed access to JSON fields, with errors that name the field's path.
struct FieldReader {
    let clock: Clock

    func string(_ node: JSONNode?, path: String) throws -> String? {
        guard let node, !node.isNull else { return nil }
        guard let text = node.string else { throw JSONFieldProblem(node: node, path: path, message: "expected a string, found \(node.typeName)") }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    func strings(_ node: JSONNode?, path: String) throws -> [String] {
        guard let node, !node.isNull else { return [] }
        guard case .array(let elements) = node.value else {
            throw JSONFieldProblem(node: node, path: path, message: "expected an array of strings, found \(node.typeName)")
        }
        return try elements.enumerated().compactMap { try string($1, path: "\(path)[\($0)]") }
    }

    func count(_ node: JSONNode?, path: String) throws -> Int? {
        guard let node, !node.isNull else { return nil }
        guard let number = node.number, number >= 0, number < 1e9, number == number.rounded() else {
            throw JSONFieldProblem(node: node, path: path, message: "expected a whole number ≥ 0, found \(node.typeName)")
        }
        return Int(number)
    }

    func time(_ node: JSONNode?, path: String, parent: JSONNode) throws -> LocalDateTime {
        guard let node, !node.isNull else { throw JSONFieldProblem(node: parent, path: path, message: "missing; give an ISO 8601 time or epoch milliseconds") }
        let text: String
        if let number = node.number {
            guard abs(number) < 1e15, let whole = Int64(exactly: number.rounded()) else {
                throw JSONFieldProblem(node: node, path: path, message: "epoch time out of range")
            }
            text = String(whole)
        } else if let value = node.string { text = value } else {
            throw JSONFieldProblem(node: node, path: path, message: "expected an ISO 8601 time or epoch milliseconds, found \(node.typeName)")
        }
        switch TimestampParser.eventTime(text, order: .monthFirst, clock: clock) {
        case .success(let value): return value
        case .failure(let problem): throw JSONFieldProblem(node: node, path: path, message: problem.message)
        }
    }

    func positions(_ node: JSONNode?, path: String) throws -> [Position] {
        try objects(node, path: path) { element, elementPath in
            guard let company = try string(element["company"], path: elementPath + ".company") else { return nil }
            return Position(company: company, title: try string(element["title"], path: elementPath + ".title"),
                            start: try partialDate(element["start"], path: elementPath + ".start"),
                            end: try partialDate(element["end"], path: elementPath + ".end"),
                            location: try string(element["location"], path: elementPath + ".location"))
        }
    }

    func education(_ node: JSONNode?, path: String) throws -> [Schooling] {
        try objects(node, path: path) { element, elementPath in
            guard let school = try string(element["school"], path: elementPath + ".school") else { return nil }
            return Schooling(school: school, degree: try string(element["degree"], path: elementPath + ".degree"),
                             start: try partialDate(element["start"], path: elementPath + ".start"),
                             end: try partialDate(element["end"], path: elementPath + ".end"))
        }
    }

    private func partialDate(_ node: JSONNode?, path: String) throws -> String? {
        guard let text = try string(node, path: path) else { return nil }
        guard let value = PartialDate.normalize(text) else {
            throw JSONFieldProblem(node: node!, path: path, message: "expected YYYY, YYYY-MM or Mon YYYY")
        }
        return value
    }

    private func objects<T>(_ node: JSONNode?, path: String, _ body: (JSONNode, String) throws -> T?) throws -> [T] {
        guard let node, !node.isNull else { return [] }
        guard case .array(let elements) = node.value else {
            throw JSONFieldProblem(node: node, path: path, message: "expected an array, found \(node.typeName)")
        }
        return try elements.enumerated().compactMap { index, element in
            guard case .object = element.value else {
                throw JSONFieldProblem(node: element, path: "\(path)[\(index)]", message: "expected an object, found \(element.typeName)")
            }
            return try body(element, "\(path)[\(index)]")
        }
    }

    func owner(_ node: JSONNode, path: String) throws -> OwnerFacts {
        guard case .object = node.value else { throw JSONFieldProblem(node: node, path: path, message: "expected an object, found \(node.typeName)") }
        return OwnerFacts(name: try string(node["name"], path: path + ".name"),
                          profileURL: ProfileURL.normalize(try string(node["profileUrl"], path: path + ".profileUrl")),
                          headline: try string(node["headline"], path: path + ".headline"),
                          industry: try string(node["industry"], path: path + ".industry"),
                          location: try string(node["location"], path: path + ".location"),
                          positions: try positions(node["positions"], path: path + ".positions"),
                          education: try education(node["education"], path: path + ".education"),
                          groups: try strings(node["groups"], path: path + ".groups"),
                          skills: try strings(node["skills"], path: path + ".skills"),
                          emails: try strings(node["emails"], path: path + ".emails"))
    }

    /// One object of the invite-triage format.
    func invitation(_ node: JSONNode, path: String, into document: inout InvitationDocument) throws {
        guard case .object = node.value else { throw JSONFieldProblem(node: node, path: path, message: "expected an invitation object, found \(node.typeName)") }
        // "sentTime" and "fullName": the flat shape of tools built on LinkedIn's API (scaleabm).
        let sentKey = node["sentAt"] == nil && node["sentTime"] != nil ? "sentTime" : "sentAt"
        let sentAt = try time(node[sentKey], path: path + "." + sentKey, parent: node)
        let message = try string(node["message"], path: path + ".message")
        var direction = "incoming"
        if let given = try string(node["direction"], path: path + ".direction")?.lowercased() {
            guard ["incoming", "outgoing"].contains(given) else {
                throw JSONFieldProblem(node: node["direction"]!, path: path + ".direction", message: "expected \"incoming\" or \"outgoing\"")
            }
            direction = given
        }
        let personKey = direction == "incoming" ? "from" : "to"
        guard let person = node[personKey], case .object = person.value else {
            throw JSONFieldProblem(node: node[personKey] ?? node, path: "\(path).\(personKey)", message: "missing; give an object with \"name\" or \"profileUrl\"")
        }
        let personPath = "\(path).\(personKey)"
        let url = ProfileURL.normalize(try string(person["profileUrl"], path: personPath + ".profileUrl"))
        guard let name = try string(person["name"], path: personPath + ".name") ?? string(person["fullName"], path: personPath + ".fullName")
                ?? url.map(Self.nameFromURL) else {
            throw JSONFieldProblem(node: person, path: personPath, message: "needs \"name\" or \"profileUrl\"")
        }
        if direction == "outgoing" {
            document.sent.append(SentInvitation(recipientName: name, recipientURL: url, sentAt: sentAt, message: message))
            return
        }
        var relationship: Relationship?
        if let given = try string(node["relationship"], path: path + ".relationship") {
            guard let value = Relationship(rawValue: given.lowercased()) else {
                throw JSONFieldProblem(node: node["relationship"]!, path: path + ".relationship",
                                       message: "unknown relationship \"\(TerminalText.singleLine(String(given.prefix(30))))\"; allowed: \(Relationship.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            relationship = value
        }
        var profile = SenderProfile()
        profile.industry = try string(person["industry"], path: personPath + ".industry")
        profile.location = try string(person["location"], path: personPath + ".location")
        profile.positions = try positions(person["positions"], path: personPath + ".positions")
        profile.education = try education(person["education"], path: personPath + ".education")
        profile.groups = try strings(person["groups"], path: personPath + ".groups")
        profile.skills = try strings(person["skills"], path: personPath + ".skills")
        document.received.append(ReceivedInvitation(
            senderName: name, senderURL: url, sentAt: sentAt, message: message, relationship: relationship,
            givenEmail: try string(node["email"], path: path + ".email")?.lowercased(),
            headline: try string(person["headline"], path: personPath + ".headline"),
            profile: profile, mutualConnections: try count(person["mutualConnections"], path: personPath + ".mutualConnections")))
    }

    /// A display name when only the URL is known: the slug.
    static func nameFromURL(_ url: String) -> String {
        String(url.split(separator: "/").last ?? Substring(url))
    }
}
