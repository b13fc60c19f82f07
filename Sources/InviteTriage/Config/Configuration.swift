import Foundation
import TOMLKit

/// The effective configuration: built-in defaults, overridden by the TOML file
/// (`--config FILE`, else `INVITE_TRIAGE_CONFIG`, else `$XDG_CONFIG_HOME/invite-triage/config.toml`).
/// Every key is documented in docs/configuration.md.
public struct Configuration: Sendable {
    public var points: [ReasonCode: Double] = Dictionary(uniqueKeysWithValues: ReasonCode.allCases.map { ($0, $0.defaultPoints) })
    public var caps: [ReasonGroup: Double] = Dictionary(uniqueKeysWithValues: ReasonGroup.allCases.map { ($0, $0.defaultCap) })
    /// `accept` at or above this score.
    public var acceptAt: Double = 3
    /// `ignore` at or below this score.
    public var ignoreAt: Double = -3
    /// Owner facts the export lacks.
    public var ownerGroups: [String] = []
    public var ownerEmails: [String] = []
    public var ownerNames: [String] = []
    /// "Regular interaction": at least this many messages in the last `regularDays` days.
    public var regularMessages = 6
    public var regularDays = 365
    public var busyTimeoutSeconds: Double = 600
    /// The personal model: on once there are `learningMinDecisions` one-by-one decisions with
    /// at least `learningMinEach` accepts and ignores; its reason is bounded by ±`learningMaxPoints`.
    public var learningEnabled = true
    public var learningMinDecisions = 20
    public var learningMinEach = 5
    public var learningMaxPoints: Double = 3
    /// Where each key's value came from: "default" or the file.
    public var origins: [String: String] = [:]
    /// The file that was read, if any.
    public var file: String?

    public init() {}

    /// Bumped when the rules change in a way that changes scores, so that stored scores read
    /// as stale after an upgrade (2: the claims of 2026-11-29; 3: business with your employer,
    /// places by their other names, "former Helio colleague" and other phrasings; 4: notes in
    /// languages the rules do not read are no stock notes; 5: what only someone the reader has
    /// dealt with writes, the sender's introduction; 6: notes typed on a phone, thanks for what
    /// was done; 7: claims as people write them, a supplier's customers and your own colleague
    /// are no claims, schools by their names in other languages).
    static let rulesVersion = "8"

    /// Changes whenever anything that affects a score does.
    public var fingerprint: String {
        var parts = [Self.rulesVersion, String(acceptAt), String(ignoreAt), String(regularMessages), String(regularDays),
                     String(learningEnabled), String(learningMinDecisions), String(learningMinEach), String(learningMaxPoints)]
        parts += ReasonCode.allCases.map { "\($0.rawValue)=\(points[$0] ?? 0)" }
        parts += ReasonGroup.allCases.map { "\($0.rawValue)=\(caps[$0] ?? 0)" }
        parts += ownerGroups.sorted() + ["|"] + ownerEmails.sorted() + ["|"] + ownerNames.sorted()
        return ContentKey.of(parts.joined(separator: ";"))
    }

    public func points(_ code: ReasonCode) -> Double { points[code] ?? code.defaultPoints }

    // MARK: Loading

    public static func path(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> (path: String, explicit: Bool) {
        if let flag, !flag.isEmpty { return (flag, true) }
        if let path = environment["INVITE_TRIAGE_CONFIG"], !path.isEmpty { return (path, true) }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
        return (((configHome as NSString).appendingPathComponent("invite-triage") as NSString).appendingPathComponent("config.toml"), false)
    }

    /// Loads the configuration; a missing default file is no error, a missing named one is.
    public static func load(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Configuration {
        let (path, explicit) = Self.path(flag: flag, environment: environment)
        var configuration = Configuration()
        for key in allKeys { configuration.origins[key] = "default" }
        guard FileManager.default.fileExists(atPath: path) else {
            if explicit { throw TriageError(.badConfiguration, "\(path): no such configuration file") }
            return configuration
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw TriageError(.badConfiguration, "\(path): cannot read the configuration (not UTF-8 text?)")
        }
        try configuration.apply(toml: text, file: path)
        return configuration
    }

    static var allKeys: [String] {
        ["score.accept_at", "score.ignore_at"] + ReasonCode.allCases.map { "points.\($0.rawValue)" }
            + ReasonGroup.allCases.map { "caps.\($0.rawValue)" }
            + ["owner.groups", "owner.emails", "owner.names", "conversation.regular_messages", "conversation.regular_days",
               "learning.enabled", "learning.min_decisions", "learning.min_each", "learning.max_points",
               "database.busy_timeout_seconds"]
    }

    mutating func apply(toml text: String, file: String) throws {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw TriageError(.badConfiguration, "\(file):\(error.source.begin.line): \(error.description)")
        }
        self.file = file
        func fail(_ key: String, _ problem: String) -> TriageError {
            TriageError(.badConfiguration, "\(file): \(key): \(problem)")
        }
        for section in table.keys {
            guard let inner = table[section]?.table else {
                throw fail(section, "expected a table ([\(section)]); known tables: score, points, caps, owner, conversation, learning, database")
            }
            for key in inner.keys {
                let name = "\(section).\(key)"
                guard Self.allKeys.contains(name) else {
                    throw fail(name, "unknown key; see docs/configuration.md for the keys")
                }
                let value = inner[key]!
                func number() throws -> Double {
                    if let double = value.double { return double }
                    if let int = value.int { return Double(int) }
                    throw fail(name, "expected a number")
                }
                func strings() throws -> [String] {
                    guard let array = value.array else { throw fail(name, "expected an array of strings") }
                    return try array.map { element in
                        guard let string = element.string else { throw fail(name, "expected an array of strings") }
                        return string
                    }
                }
                func count(_ range: ClosedRange<Int>) throws -> Int {
                    guard let int = value.int, range.contains(int) else { throw fail(name, "expected a whole number from \(range.lowerBound) to \(range.upperBound)") }
                    return int
                }
                switch section {
                case "score":
                    if key == "accept_at" { acceptAt = try number() } else { ignoreAt = try number() }
                case "points":
                    let points = try number()
                    guard abs(points) <= 100 else { throw fail(name, "points must lie between -100 and 100") }
                    self.points[ReasonCode(rawValue: key)!] = points
                case "caps":
                    caps[ReasonGroup(rawValue: key)!] = try number()
                case "owner":
                    switch key {
                    case "groups": ownerGroups = try strings()
                    case "emails": ownerEmails = try strings().map { $0.lowercased() }
                    default: ownerNames = try strings()
                    }
                case "conversation":
                    if key == "regular_messages" { regularMessages = try count(1...10_000) } else { regularDays = try count(1...36_500) }
                case "learning":
                    switch key {
                    case "enabled":
                        guard let flag = value.bool else { throw fail(name, "expected true or false") }
                        learningEnabled = flag
                    case "min_decisions": learningMinDecisions = try count(2...1_000_000)
                    case "min_each": learningMinEach = try count(1...1_000_000)
                    default:
                        let points = try number()
                        guard (0...20).contains(points) else { throw fail(name, "expected a number from 0 to 20") }
                        learningMaxPoints = points
                    }
                default:
                    let seconds = try number()
                    guard seconds >= 0 else { throw fail(name, "expected 0 or more seconds") }
                    busyTimeoutSeconds = seconds
                }
                origins[name] = file
            }
        }
        guard acceptAt > ignoreAt else {
            throw fail("score.accept_at", "must be greater than score.ignore_at (\(acceptAt) ≤ \(ignoreAt))")
        }
    }

    /// `key = value` lines with where each came from, for `invite-triage config`.
    public var entries: [(key: String, value: String, origin: String)] {
        func list(_ values: [String]) -> String { "[" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        func number(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        var values: [String: String] = [
            "score.accept_at": number(acceptAt), "score.ignore_at": number(ignoreAt),
            "owner.groups": list(ownerGroups), "owner.emails": list(ownerEmails), "owner.names": list(ownerNames),
            "conversation.regular_messages": String(regularMessages), "conversation.regular_days": String(regularDays),
            "learning.enabled": String(learningEnabled), "learning.min_decisions": String(learningMinDecisions),
            "learning.min_each": String(learningMinEach), "learning.max_points": number(learningMaxPoints),
            "database.busy_timeout_seconds": number(busyTimeoutSeconds),
        ]
        for code in ReasonCode.allCases { values["points.\(code.rawValue)"] = number(points(code)) }
        for group in ReasonGroup.allCases { values["caps.\(group.rawValue)"] = number(caps[group] ?? group.defaultCap) }
        return Self.allKeys.map { ($0, values[$0] ?? "", origins[$0] ?? "default") }
    }
}
