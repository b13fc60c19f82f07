import ArgumentParser
import InviteTriage

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one invitation: its claims with verdicts, the score breakdown and the history.",
        discussion: "Example: invite-triage show 12 --format json"
    )
    @Argument(help: "The invitation id, as `list` prints it.") var id: Int64
    @Option(help: "text or json (the list object plus its history).") var format: OutputFormat = .text
    @OptionGroup var global: GlobalOptions

    struct Detail: Encodable {
        let item: InvitationItem
        let history: [DecisionLog.Event]

        func encode(to encoder: Encoder) throws {
            try item.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(history, forKey: .history)
        }

        enum Key: String, CodingKey { case history }
    }

    func run() throws {
        try reportingErrors {
            let configuration = try global.configuration()
            let clock = try global.clock()
            let store = try global.openStore(configuration)
            try global.warnIfStale(store, configuration)
            guard let item = try InvitationReader(store: store).item(id: id) else {
                throw TriageError(.usage, "no invitation has id \(id)")
            }
            let history = try DecisionLog(store: store, clock: clock).history(of: id)
            switch format {
            case .json: Terminal.print(try jsonText(Detail(item: item, history: history)))
            case .text: Terminal.print(InvitationDetailText(now: clock.now, configuration: configuration, width: Terminal.width).render(item, history: history))
            }
        }
    }
}

struct RescoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescore",
        abstract: "Recompute every score with the current configuration and evidence."
    )
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let configuration = try global.configuration()
            let store = try global.openStore(configuration)
            let count = try Rescorer.rescore(store: store, configuration: configuration, clock: try global.clock(), all: true)
            Terminal.print("rescored \(count) invitation(s)")
        }
    }
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every reason code with its points (as configured) and what it means."
    )
    enum Format: String, ExpressibleByArgument { case text, json, markdown }
    @Option(help: "text, json or markdown (docs/rules.md is this output).") var format: Format = .text
    @OptionGroup var global: GlobalOptions

    struct Rule: Encodable {
        let code: String
        let points: Double
        let group: String?
        let description: String
    }

    func run() throws {
        try reportingErrors {
            let configuration = try global.configuration()
            let rules = ReasonCode.allCases.map {
                Rule(code: $0.rawValue, points: configuration.points($0), group: $0.group?.rawValue, description: $0.summary)
            } + [Rule(code: LearnedReason.code, points: configuration.learningMaxPoints, group: nil,
                      description: LearnedReason.summary + " (± at most)")]
            switch format {
            case .json: Terminal.print(try jsonText(rules))
            case .markdown: Terminal.printRaw(RuleDocumentation.markdown(configuration))
            case .text:
                Terminal.print("  PTS  CODE                   GROUP          DESCRIPTION")
                for rule in rules {
                    let points = ListTable.points(rule.points)
                    Terminal.print(String(repeating: " ", count: max(0, 5 - points.count)) + points + "  "
                        + rule.code.padding(toLength: 22, withPad: " ", startingAt: 0) + " "
                        + (rule.group ?? "-").padding(toLength: 14, withPad: " ", startingAt: 0) + " " + rule.description)
                }
                Terminal.print("\naccept at ≥ \(ListTable.points(configuration.acceptAt)), ignore at ≤ \(ListTable.points(configuration.ignoreAt)); group caps: "
                    + ReasonGroup.allCases.map { "\($0.rawValue) \(ListTable.points(configuration.caps[$0] ?? $0.defaultCap))" }.joined(separator: ", "))
            }
        }
    }
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration and where each value came from."
    )
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let configuration = try global.configuration()
            Terminal.print("# file: \(configuration.file ?? "none (\(Configuration.path(flag: global.config).path) does not exist): built-in defaults")")
            var section = ""
            for entry in configuration.entries {
                let parts = entry.key.split(separator: ".", maxSplits: 1)
                if parts[0] != section {
                    section = String(parts[0])
                    Terminal.print("\n[\(section)]")
                }
                Terminal.print("\(parts[1]) = \(TerminalText.singleLine(entry.value))    # \(entry.origin)")
            }
        }
    }
}
