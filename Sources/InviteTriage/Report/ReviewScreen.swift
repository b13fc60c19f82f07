/// One screen of `review`: the position, the invitation as `show` prints it, and the keys.
public struct ReviewScreen {
    public var width: Int
    public var height: Int
    public var detail: InvitationDetailText

    public init(width: Int, height: Int, detail: InvitationDetailText) {
        self.width = max(40, width)
        self.height = max(10, height)
        self.detail = detail
    }

    public static let keys = "a accept · i ignore · n note+decide · s skip · u undo · j/k ↓/↑ move · ? help · q quit"

    public static let help = """
        a         accept (a to-do on LinkedIn: the tool never acts there)
        i         ignore
        n         write a note, then a or i to decide with it
        s         skip for now
        u         undo the last decision of this review
        j ↓ →     next            k ↑ ←     previous
        q Ctrl-C  quit            ?         this help (any key to go back)
        """

    /// The screen's lines, each at most `width` columns, `height` lines in all.
    public func lines(_ session: ReviewSession, prompt: String?, showHelp: Bool) -> [String] {
        var lines: [String] = []
        let position = session.current.map { _ in "\(session.position + 1) of \(session.items.count)" } ?? "done"
        lines.append("invite-triage review — \(position)")
        lines.append(String(repeating: "─", count: min(width, 80)))
        if showHelp {
            lines += Self.help.split(separator: "\n").map(String.init)
        } else if let item = session.current {
            lines += detail.render(item, history: []).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let footer = [prompt ?? session.message.map { "» " + $0 } ?? "", Self.keys]
        let room = height - footer.count
        if lines.count > room { lines = Array(lines.prefix(room - 1)) + ["…"] }
        while lines.count < room { lines.append("") }
        return (lines + footer).map { DisplayWidth.truncate($0, to: width) }
    }
}
