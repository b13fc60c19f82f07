/// How a command ended, as the documented exit statuses (README, `--help`).
public enum ExitStatus: Int32, Sendable {
    case ok = 0
    case usage = 64
    case badInput = 65
    case missingInput = 66
    case databaseBusy = 69
    case ioError = 74
    case databaseTooNew = 75
    case badConfiguration = 78
}

/// An error the user can act on: one line, `WHERE: what is wrong`, and the exit status.
public struct TriageError: Error, CustomStringConvertible, Sendable {
    public let status: ExitStatus
    public let message: String

    public init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { message }

    public static func badInput(_ location: String, _ problem: String) -> TriageError {
        TriageError(.badInput, "\(location): \(problem)")
    }
}
