/// Turns one CSV row of a recognised export file into a record. Pure: no database.
struct CSVRow {
    let fields: [String]
    let map: HeaderMap
    let line: Int

    /// The field trimmed of white space (as `trimmingCharacters(in: .whitespaces)` would), or
    /// nil when empty.
    subscript(column: Column) -> String? {
        guard let index = map.index[column], index < fields.count else { return nil }
        let value = fields[index].trimmingBlanks()
        return value.isEmpty ? nil : value
    }
}

/// What a row became.
enum CSVRowResult {
    case received(ReceivedInvitation, ownerName: String?, ownerURL: String?)
    case sent(SentInvitation, ownerName: String?, ownerURL: String?)
    case connection(ConnectionRecord)
    case hiddenConnection
    case message(MessageRecord)
    case skippedMessage
    case owner(OwnerFacts)
    case contact(ContactRecord)
    case nothing
}

struct RowProblem: Error {
    let message: String
}

enum CSVRowReader {
    /// `ownerURLs` remembers the owner's URL, which every invitation row repeats.
    static func read(_ row: CSVRow, order: DayMonthOrder, clock: Clock, ownerURLs: inout ProfileURL.Memo) throws(RowProblem) -> CSVRowResult {
        switch row.map.kind {
        case .invitations: return try invitation(row, order: order, clock: clock, ownerURLs: &ownerURLs)
        case .connections: return try connection(row, order: order, clock: clock)
        case .messages: return try message(row, order: order, clock: clock)
        case .profile:
            let name = [row[.firstName], row[.lastName]].compactMap { $0 }.joined(separator: " ")
            return .owner(OwnerFacts(name: name.isEmpty ? nil : name, headline: row[.headline],
                                     industry: row[.industry], location: row[.location]))
        case .positions:
            guard let company = row[.companyName] else { return .nothing }
            var facts = OwnerFacts()
            facts.positions = [Position(company: company, title: row[.title], start: PartialDate.normalize(row[.startedOn]),
                                        end: PartialDate.normalize(row[.finishedOn]), location: row[.location])]
            return .owner(facts)
        case .education:
            guard let school = row[.schoolName] else { return .nothing }
            var facts = OwnerFacts()
            facts.education = [Schooling(school: school, degree: row[.degreeName], start: PartialDate.normalize(row[.startDate]),
                                         end: PartialDate.normalize(row[.endDate]))]
            return .owner(facts)
        case .skills:
            guard let skill = row[.skillName] else { return .nothing }
            var facts = OwnerFacts()
            facts.skills = [skill]
            return .owner(facts)
        case .emailAddresses:
            guard let email = row[.emailAddress], email.contains("@") else { return .nothing }
            var facts = OwnerFacts()
            facts.emails = [email]
            return .owner(facts)
        case .contacts:
            let name = row[.fullName] ?? [row[.firstName], row[.lastName]].compactMap { $0 }.joined(separator: " ")
            guard !name.isEmpty else { return .nothing }
            return .contact(ContactRecord(name: name, company: row[.companies] ?? ""))
        }
    }

    /// The column that holds the file's dates, for deciding day/month order.
    static func dateColumn(of kind: ExportFileKind) -> Column? {
        switch kind {
        case .invitations: .sentAt
        case .connections: .connectedOn
        case .messages: .date
        default: nil
        }
    }

    static func time(_ text: String?, column: String, order: DayMonthOrder, clock: Clock) throws(RowProblem) -> LocalDateTime {
        guard let text else { throw RowProblem(message: "\(column) is empty") }
        switch TimestampParser.eventTime(text, order: order, clock: clock) {
        case .success(let value): return value
        case .failure(let problem): throw RowProblem(message: "\(column): \(problem.message)")
        }
    }

    private static func invitation(_ row: CSVRow, order: DayMonthOrder, clock: Clock,
                                   ownerURLs: inout ProfileURL.Memo) throws(RowProblem) -> CSVRowResult {
        let sentAt = try time(row[.sentAt], column: "Sent At", order: order, clock: clock)
        let message = row[.message]
        guard let written = row[.direction] else { throw RowProblem(message: "Direction is empty") }
        // LinkedIn writes upper case: only other text is upper-cased (a copy on every row).
        let direction = written == "INCOMING" || written == "OUTGOING" ? written : written.uppercased()
        switch direction {
        case "INCOMING", "RECEIVED":
            guard let sender = row[.from] else { throw RowProblem(message: "From is empty") }
            let invitation = ReceivedInvitation(senderName: sender, senderURL: ProfileURL.normalize(row[.inviterURL]),
                                                sentAt: sentAt, message: message)
            return .received(invitation, ownerName: row[.to], ownerURL: ownerURLs.normalize(row[.inviteeURL]))
        case "OUTGOING", "SENT":
            guard let recipient = row[.to] else { throw RowProblem(message: "To is empty") }
            let invitation = SentInvitation(recipientName: recipient, recipientURL: ProfileURL.normalize(row[.inviteeURL]),
                                            sentAt: sentAt, message: message)
            return .sent(invitation, ownerName: row[.from], ownerURL: ownerURLs.normalize(row[.inviterURL]))
        default:
            throw RowProblem(message: "Direction \"\(direction.prefix(20))\" is neither INCOMING nor OUTGOING")
        }
    }

    private static func connection(_ row: CSVRow, order: DayMonthOrder, clock: Clock) throws(RowProblem) -> CSVRowResult {
        let name = [row[.firstName], row[.lastName]].compactMap { $0 }.joined(separator: " ")
        let url = ProfileURL.normalize(row[.url])
        // A row with only a date is a member whose profile is hidden: counted, nothing stored.
        guard !name.isEmpty || url != nil else { return .hiddenConnection }
        let connectedOn = try time(row[.connectedOn], column: "Connected On", order: order, clock: clock)
        return .connection(ConnectionRecord(name: name, url: url, company: row[.company], position: row[.position],
                                            connectedOn: connectedOn.dateText))
    }

    private static func message(_ row: CSVRow, order: DayMonthOrder, clock: Clock) throws(RowProblem) -> CSVRowResult {
        if let draft = row[.isDraft], draft.lowercased() == "yes" || draft.lowercased() == "true" { return .skippedMessage }
        // Sponsored mail has a sender-URL column but no URL in it: not a conversation.
        if row.map.index[.senderURL] != nil, row[.senderURL] == nil { return .skippedMessage }
        guard let sender = row[.from] else { return .skippedMessage }
        let sentAt = try time(row[.date], column: "DATE", order: order, clock: clock)
        let recipients = (row[.to] ?? "").splitOnASCII(",").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
        let recipientURLs = (row[.recipientURLs] ?? "").splitOnASCII(",").compactMap { ProfileURL.normalize(String($0)) }
        let conversation = row[.conversation] ?? row[.conversationTitle] ?? ([sender] + recipients).map(TextFolding.fold).sorted().joined(separator: "|")
        return .message(MessageRecord(conversation: conversation, senderName: sender, senderURL: ProfileURL.normalize(row[.senderURL]),
                                      recipientNames: recipients, recipientURLs: recipientURLs, sentAt: sentAt,
                                      content: row[.content] ?? ""))
    }
}
