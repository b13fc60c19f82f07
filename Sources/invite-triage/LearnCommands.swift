import ArgumentParser
import InviteTriage

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Show the personal model learned from your one-by-one decisions: active or not, counts, top features."
    )
    @Option(help: "text or json.") var format: OutputFormat = .text
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let configuration = try global.configuration()
            let status = try LearningStatus.compute(store: try global.openStore(configuration), configuration: configuration)
            switch format {
            case .json: Terminal.print(try jsonText(status))
            case .text:
                if status.active {
                    Terminal.print("learning active: \(status.decisions) decisions (\(status.accepted) accepted, \(status.ignored) ignored); the learned reason adds at most ±\(ListTable.points(status.maxPoints).replacingOccurrences(of: "+", with: "")) points")
                } else {
                    Terminal.print("learning inactive: \(status.decisions)/\(status.minDecisions) decisions made one by one, \(status.accepted)/\(status.minEach) accepted, \(status.ignored)/\(status.minEach) ignored (bulk decisions do not count)")
                }
                for (title, features) in [("toward accept", status.towardAccept), ("toward ignore", status.towardIgnore)] where !features.isEmpty {
                    Terminal.print("\(title):")
                    for feature in features {
                        Terminal.print("  \(TerminalText.singleLine(feature.feature))  (accepted \(feature.accepted), ignored \(feature.ignored))")
                    }
                }
                if let warning = status.warning { Terminal.note("warning: \(warning)") }
            }
        }
    }
}

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Replay your decisions in time order and measure the suggestions with and without the learned reason."
    )
    @Option(help: "text or json.") var format: OutputFormat = .text
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let configuration = try global.configuration()
            let evaluation = try Evaluation.replay(store: try global.openStore(configuration), configuration: configuration)
            switch format {
            case .json: Terminal.print(try jsonText(evaluation))
            case .text:
                Terminal.print("\(evaluation.decisions) decisions replayed in time order (\(evaluation.predictedWithModel) predicted with the model active)")
                for (title, side) in [("without the learned reason", evaluation.withoutLearned), ("with the learned reason", evaluation.withLearned)] {
                    Terminal.print("\n\(title): agreement \(percent(side.agreement)), at review \(percent(side.reviewShare))")
                    Terminal.print("  decided \\ suggested   accept  review  ignore")
                    for decision in ["accepted", "ignored"] {
                        let row = side.confusion[decision] ?? [:]
                        Terminal.print("  \(decision.padding(toLength: 20, withPad: " ", startingAt: 0))" + ["accept", "review", "ignore"].map {
                            String(row[$0] ?? 0).leftPadded(8)
                        }.joined())
                    }
                }
                if let gain = evaluation.gain { Terminal.print("\ngain: \(gain >= 0 ? "+" : "")\(gain) percentage points of agreement") }
            }
        }
    }

    private func percent(_ share: Double?) -> String { share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
