import Foundation

/// One row of `history --format json`, under its documented keys.
struct HistoryEvent: Decodable, Equatable {
    var invitation: Int
    var sender: String
    var decision: String?
    var decidedAt: String
    var note: String?
    var score: Double
    var suggestion: String
    var reasonCodes: [String]
    var source: String
    var operation: Int
    var command: String
    var undone: Bool

    /// The row as stored: everything but `undone`, which a later undo sets on the operation.
    var recorded: HistoryEvent {
        var copy = self
        copy.undone = false
        return copy
    }
}

/// `summary --format json`, under its documented keys (decoding fails if one is missing).
struct SummaryFigures: Decodable {
    struct Counts: Decodable, Equatable {
        var total: Int
        var accept: Int
        var review: Int
        var ignore: Int
    }

    struct Decided: Decodable, Equatable {
        var accepted: Int
        var ignored: Int
    }

    struct Backlog: Decodable, Equatable {
        var pending: Int
        var olderThanWeek: Int
        var olderThanMonth: Int
        var oldestSentAt: String?
    }

    struct CodeCount: Decodable, Equatable {
        var code: String
        var count: Int
    }

    struct Ignored: Decodable, Equatable {
        var count: Int
        var topReasons: [CodeCount]
        var genericShare: Double
        var falseClaimsByKind: [CodeCount]
    }

    struct ToDo: Decodable, Equatable {
        var id: Int
        var name: String
        var profileUrl: String?
        var decidedAt: String
    }

    struct Week: Decodable, Equatable {
        var week: String
        var received: Int
        var accepted: Int
        var ignored: Int
    }

    struct CodeAgreement: Decodable, Equatable {
        var code: String
        var decisions: Int
        var agreed: Int
        var rate: Double?
    }

    struct Agreement: Decodable, Equatable {
        var decisions: Int
        var agreed: Int
        var suggestedAcceptOrIgnore: Int
        var rate: Double?
        var reviewShare: Double?
        var byCode: [CodeAgreement]
    }

    struct Received: Decodable, Equatable {
        var id: Int
        var name: String
        var score: Double
        var suggestion: String
        var status: String
        var message: String?
    }

    var period: String
    var start: String
    var end: String
    var received: Counts
    var decided: Decided
    var backlog: Backlog
    var ignored: Ignored
    var linkedInToDo: [ToDo]
    var trend: [Week]
    var agreement: Agreement
    var invitations: [Received]
}
