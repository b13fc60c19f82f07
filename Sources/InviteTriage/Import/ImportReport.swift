/// What an import did, per file, for the report the command prints.
public struct FileReport: Sendable, Codable {
    public var file: String
    /// What the file was recognised as (`invitations`, `connections`, …, or `invite-triage JSON`).
    public var kind: String
    public var new = 0
    public var known = 0
    public var outgoing = 0
    public var hidden = 0
    public var rejected = 0
    public var skipped = 0
    /// Rows about people removed with `forget`, left out.
    public var forgotten = 0
    public var warnings: [String] = []
    /// When the file was skipped, byte for byte one imported before into the database as it
    /// is: the time of that import.
    public var unchangedSince: String?

    init(file: String, kind: String) {
        self.file = file
        self.kind = kind
    }

    mutating func count(_ outcome: StoreWriter.Outcome) {
        switch outcome {
        case .new: new += 1
        case .known: known += 1
        }
    }
}

public struct ImportReport: Sendable, Codable {
    public var files: [FileReport] = []
    /// Entries of folders and ZIPs that were not read (subfolders, unknown files).
    public var skipped: [String] = []
    /// Invitations newly marked connected because a Connections file lists their sender.
    public var newlyConnected = 0
    /// Accepted here and now connected on LinkedIn: the to-do is done.
    public var acceptedNowConnected: [Int64] = []
    /// Ignored here, yet connected on LinkedIn: worth a look.
    public var ignoredButConnected: [Int64] = []
    public var pending = 0
}
