/// The decision history as a table: when, what, which invitation, what was suggested then.
public enum HistoryText {
    public static func render(_ events: [DecisionLog.Event]) -> String {
        events.map { event in
            let decision = event.decision ?? "undecided"
            let undone = event.undone ? " (undone)" : ""
            let note = event.note.map { " — “\(TerminalText.singleLine($0))”" } ?? ""
            return "\(event.decidedAt.replacingOccurrences(of: "T", with: " "))  \(event.source.padding(toLength: 6, withPad: " ", startingAt: 0))  #\(event.invitation) \(TerminalText.singleLine(event.sender)): \(decision)\(note)  [suggested \(event.suggestion) at \(ListTable.points(event.score))]\(undone)"
        }.joined(separator: "\n")
    }
}
