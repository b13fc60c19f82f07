import ArgumentParser
import Foundation
import InviteTriage

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Work through invitations one screen at a time: a accept, i ignore, n note, s skip, u undo, q quit.",
        discussion: """
            By default the pending ones, best first; takes the shared filters. Without a terminal on \
            stdin it reads one answer per line (a, i, s, u, q, or accept, ignore, skip, undo, quit; \
            `n TEXT` or `note TEXT` sets a note for the next decision), so it can be scripted.
            """
    )
    @OptionGroup var filters: FilterOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let clock = try global.clock()
            let configuration = try global.configuration()
            let store = try global.openStore(configuration)
            try Rescorer.rescore(store: store, configuration: configuration, clock: clock)
            let reader = InvitationReader(store: store)
            let items = try reader.list(try filters.filter(clock: clock)).items
            let session = ReviewSession(items: items, log: DecisionLog(store: store, clock: clock), reader: reader)
            let detail = InvitationDetailText(now: clock.now, configuration: configuration, width: Terminal.width)
            if Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal {
                try ReviewScreenLoop(session: session, detail: detail).run()
            } else {
                try ReviewLineLoop(session: session, detail: detail).run()
            }
            Terminal.print(session.closing)
        }
    }
}

/// The full-screen review on a terminal.
struct ReviewScreenLoop {
    let session: ReviewSession
    var detail: InvitationDetailText

    func run() throws {
        RawTerminal.enter()
        defer { RawTerminal.leave() }
        var showHelp = false
        var noteDraft: String?
        var pendingNote: String?
        var dirty = true
        while !session.finished {
            if dirty || RawTerminal.resized != 0 {
                RawTerminal.resized = 0
                let size = RawTerminal.size
                var screenDetail = detail
                screenDetail.width = size.width
                let prompt = noteDraft.map { "note: \($0)▏ (Enter to finish, Esc to cancel)" }
                    ?? pendingNote.map { "note “\(TerminalText.singleLine($0))” — now a or i to decide" }
                RawTerminal.draw(ReviewScreen(width: size.width, height: size.height, detail: screenDetail)
                    .lines(session, prompt: prompt, showHelp: showHelp))
                dirty = false
            }
            guard let key = RawTerminal.readKey() else { continue }
            dirty = true
            if var draft = noteDraft {
                switch key {
                case .enter: pendingNote = draft.isEmpty ? nil : draft; noteDraft = nil
                case .escape, .interrupt: noteDraft = nil
                case .backspace: if !draft.isEmpty { draft.removeLast() }; noteDraft = draft
                case .character(let character): draft.append(character); noteDraft = draft
                default: break
                }
                continue
            }
            if showHelp { showHelp = false; continue }
            switch key {
            case .character("a"): try session.perform(.accept(note: pendingNote)); pendingNote = nil
            case .character("i"): try session.perform(.ignore(note: pendingNote)); pendingNote = nil
            case .character("n"): noteDraft = ""
            case .character("s"): try session.perform(.skip); pendingNote = nil
            case .character("u"): try session.perform(.undo)
            case .character("j"), .down, .right: try session.perform(.next); pendingNote = nil
            case .character("k"), .up, .left: try session.perform(.previous); pendingNote = nil
            case .character("?"): showHelp = true
            case .character("q"), .interrupt, .endOfInput: try session.perform(.quit)
            default: break
            }
        }
    }
}

/// The review without a terminal: one invitation printed, one answer read per line.
struct ReviewLineLoop {
    let session: ReviewSession
    let detail: InvitationDetailText

    func run() throws {
        var note: String?
        var shown: Int64?
        while let item = session.current {
            if shown != item.id {
                Terminal.print("\n[\(session.position + 1) of \(session.items.count)]")
                Terminal.print(detail.render(item, history: []))
                shown = item.id
            }
            FileHandle.standardOutput.write(Data("decide (a accept, i ignore, s skip, u undo, n NOTE, q quit)> ".utf8))
            guard let line = readLine() else { break }
            let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
            switch words.first?.lowercased() ?? "" {
            case "a", "accept": try session.perform(.accept(note: note)); note = nil
            case "i", "ignore": try session.perform(.ignore(note: note)); note = nil
            case "s", "skip", "": try session.perform(.skip); note = nil
            case "u", "undo": try session.perform(.undo); shown = nil; note = nil
            case "j", "next": try session.perform(.next); note = nil
            case "k", "previous", "prev": try session.perform(.previous); note = nil
            case "n", "note":
                note = words.count > 1 ? words[1] : nil
                continue
            case "q", "quit": try session.perform(.quit)
            default:
                Terminal.note("unknown answer \"\(TerminalText.singleLine(String(line.prefix(20))))\": a, i, s, u, n NOTE or q")
                continue
            }
            if let message = session.message { Terminal.print("» " + message) }
        }
    }
}
