/// The CSV files of a LinkedIn export, recognised by their header row, never by file name
/// (names drift between eras: `Messages.csv`, `messages.csv`). One table says which headers
/// mean which column, so a new era or a vendor's CSV is a new line here, not new code.
enum ExportFileKind: String, CaseIterable, Sendable {
    case invitations, connections, messages, profile, positions, education, skills, emailAddresses, contacts

    var label: String {
        switch self {
        case .invitations: "invitations"
        case .connections: "connections"
        case .messages: "messages"
        case .profile: "profile"
        case .positions: "positions"
        case .education: "education"
        case .skills: "skills"
        case .emailAddresses: "e-mail addresses"
        case .contacts: "contacts"
        }
    }
}

enum Column: Int, CaseIterable, Sendable {
    case from, to, sentAt, message, direction, inviterURL, inviteeURL
    case firstName, lastName, fullName, url, emailAddress, company, position, connectedOn
    case conversation, conversationTitle, senderURL, recipientURLs, date, subject, content, folder, isDraft
    case headline, industry, location
    case companyName, title, startedOn, finishedOn
    case schoolName, startDate, endDate, degreeName
    case skillName, confirmed, primary, companies
}

struct ColumnSpec {
    let column: Column
    /// Header names folded to lower-case letters and digits (`Sent At` → `sentat`).
    let names: [String]
    let required: Bool
}

extension ExportFileKind {
    var columns: [ColumnSpec] {
        func req(_ column: Column, _ names: String...) -> ColumnSpec { ColumnSpec(column: column, names: names, required: true) }
        func opt(_ column: Column, _ names: String...) -> ColumnSpec { ColumnSpec(column: column, names: names, required: false) }
        switch self {
        case .invitations:
            return [req(.from, "from"), req(.to, "to"), req(.sentAt, "sentat"), req(.direction, "direction"),
                    opt(.message, "message"), opt(.inviterURL, "inviterprofileurl"), opt(.inviteeURL, "inviteeprofileurl")]
        case .connections:
            return [req(.firstName, "firstname"), req(.lastName, "lastname"), req(.connectedOn, "connectedon"),
                    opt(.url, "url", "profileurl"), opt(.company, "company"), opt(.position, "position")]
        case .messages:
            return [req(.from, "from"), req(.date, "date"), req(.content, "content"), opt(.to, "to"),
                    opt(.conversation, "conversationid"), opt(.conversationTitle, "conversationtitle"),
                    opt(.senderURL, "senderprofileurl"), opt(.recipientURLs, "recipientprofileurls"),
                    opt(.subject, "subject"), opt(.folder, "folder"), opt(.isDraft, "ismessagedraft", "isconversationdraft")]
        case .profile:
            return [req(.firstName, "firstname"), req(.lastName, "lastname"), req(.headline, "headline"),
                    opt(.industry, "industry"), opt(.location, "geolocation", "location")]
        case .positions:
            return [req(.companyName, "companyname"), req(.title, "title"), req(.startedOn, "startedon"),
                    opt(.finishedOn, "finishedon"), opt(.location, "location")]
        case .education:
            return [req(.schoolName, "schoolname"), req(.startDate, "startdate"), opt(.endDate, "enddate"),
                    opt(.degreeName, "degreename")]
        case .skills:
            return [req(.skillName, "name")]
        case .emailAddresses:
            return [req(.emailAddress, "emailaddress"), req(.confirmed, "confirmed"), opt(.primary, "primary")]
        case .contacts:
            return [req(.companies, "companies"), opt(.firstName, "firstname"), opt(.lastName, "lastname"),
                    opt(.fullName, "fullname")]
        }
    }
}

/// A recognised header: the kind of file and where each column stands.
struct HeaderMap {
    let kind: ExportFileKind
    let index: ColumnPositions

    static func foldHeader(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { ($0.properties.isAlphabetic || ("0"..."9").contains($0)) && $0.isASCII }.map(Character.init))
    }

    /// The kind whose required headers all appear, preferring the one that explains the most
    /// columns; nil when the row is no known header.
    static func recognise(_ header: [String]) -> HeaderMap? {
        let folded = header.map(foldHeader)
        var best: (map: HeaderMap, matched: Int)?
        for kind in ExportFileKind.allCases {
            if kind == .skills, folded.filter({ !$0.isEmpty }) != ["name"] { continue }
            var index = ColumnPositions()
            var complete = true
            for spec in kind.columns {
                if let position = folded.firstIndex(where: { spec.names.contains($0) }) {
                    index[spec.column] = position
                } else if spec.required {
                    complete = false
                    break
                }
            }
            guard complete else { continue }
            if best == nil || index.found > best!.matched { best = (HeaderMap(kind: kind, index: index), index.found) }
        }
        return best?.map
    }
}

/// Where each column is in a row: an array, not a dictionary, since every field of every row
/// asks.
struct ColumnPositions {
    private var positions = [Int](repeating: -1, count: Column.allCases.count)

    subscript(column: Column) -> Int? {
        get { positions[column.rawValue] < 0 ? nil : positions[column.rawValue] }
        set { positions[column.rawValue] = newValue ?? -1 }
    }

    /// How many columns were found.
    var found: Int { positions.count { $0 >= 0 } }
}
