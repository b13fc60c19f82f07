/// The queue of a review: one invitation at a time, decisions through the same code path and
/// history as `accept`/`ignore` (source `review`, one operation each). Knows nothing of the
/// terminal: the command feeds it actions and draws what it says.
public final class ReviewSession {
    public enum Action: Equatable, Sendable {
        case accept(note: String?)
        case ignore(note: String?)
        case skip
        case undo
        case next
        case previous
        case quit
    }

    public private(set) var items: [InvitationItem]
    public private(set) var position = 0
    public private(set) var finished = false
    /// What this review decided, in order (undone ones removed).
    public private(set) var decided: [(id: Int64, name: String, decision: DecisionKind, operation: Int64)] = []
    /// A line for the user about the last action.
    public private(set) var message: String?

    let log: DecisionLog
    let reader: InvitationReader

    public init(items: [InvitationItem], log: DecisionLog, reader: InvitationReader) {
        self.items = items
        self.log = log
        self.reader = reader
        finished = items.isEmpty
    }

    public var current: InvitationItem? { finished || items.isEmpty ? nil : items[position] }

    public func perform(_ action: Action) throws {
        message = nil
        switch action {
        case .accept(let note): try decide(.accepted, note: note)
        case .ignore(let note): try decide(.ignored, note: note)
        case .skip, .next: advance()
        case .previous:
            if position > 0 { position -= 1 } else { message = "this is the first one" }
        case .undo: try undoLast()
        case .quit: finished = true
        }
    }

    private func decide(_ decision: DecisionKind, note: String?) throws {
        guard let item = current else { return }
        let outcome = try log.decide([item.id], as: decision, note: note, source: .review, command: "review: \(decision.verb) \(item.id)")
        if let operation = outcome.operation {
            decided.append((item.id, item.from.name, decision, operation))
            message = "#\(item.id) \(decision.rawValue)"
        } else {
            message = "#\(item.id) was already \(decision.rawValue)"
        }
        try refresh(item.id)
        advance()
    }

    private func undoLast() throws {
        guard let last = decided.popLast() else {
            message = "nothing decided in this review to undo"
            return
        }
        _ = try log.undo(operation: last.operation)
        try refresh(last.id)
        if let index = items.firstIndex(where: { $0.id == last.id }) { position = index }
        finished = false
        message = "undid #\(last.id) (\(last.decision.rawValue))"
    }

    private func refresh(_ id: Int64) throws {
        if let index = items.firstIndex(where: { $0.id == id }), let fresh = try reader.item(id: id) { items[index] = fresh }
    }

    private func advance() {
        if position + 1 < items.count { position += 1 } else { finished = true }
    }

    /// The closing words: what was decided in this review.
    public var closing: String {
        guard !decided.isEmpty else { return "review ended: nothing decided" }
        let accepted = decided.filter { $0.decision == .accepted }
        let ignored = decided.filter { $0.decision == .ignored }
        var lines = ["review ended: \(accepted.count) accepted, \(ignored.count) ignored"]
        for entry in decided { lines.append("  #\(entry.id) \(TerminalText.singleLine(entry.name)): \(entry.decision.rawValue)") }
        if !accepted.isEmpty { lines.append("accept them on LinkedIn: \(linkedInInvitationManager)") }
        return lines.joined(separator: "\n")
    }
}
