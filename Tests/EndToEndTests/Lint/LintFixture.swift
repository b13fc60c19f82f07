import Foundation
import Testing

/// The records `lint` checks notes against: the sample export (Elena Marsh: Sofia Brandt among
/// her connections, Peter Vance not; a long conversation with Daan Hoekstra; Lotte van Dijk in
/// her contacts), optionally `samples/invitations.json` too (Tobias Lund shares the skills
/// Kubernetes, Swift and Go; Katrin Vogel worked at Helio Systems too), and a configuration
/// that declares her group.
enum LintFixture {
    static let config = "[owner]\ngroups = [\"Rotterdam Swift Meetup\"]\n"

    static func sandbox(withJSON: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.write("config.toml", text: config)
        var paths = [PackagePaths.sampleExport.path]
        if withJSON { paths.append(PackagePaths.sampleInvitationsJSON.path) }
        try sandbox.importing(paths, options: ["--config", sandbox.url("config.toml").path], sourceLocation: sourceLocation)
        return sandbox
    }

    /// The note the essay calls the default text.
    static let defaultText = "I'd like to add you to my professional network on LinkedIn."
    /// The essay's good example: the occasion where you met.
    static let metAtTheChamber = "It was great to meet you at the Chamber of Commerce event last night"

    /// A note that passes on its own, padded with specific words to exactly `length` characters.
    static func note(length: Int) -> String {
        var text = metAtTheChamber + "."
        let padding = " We talked about hiring platform engineers in Rotterdam and the harbour data project."
        while text.count < length { text += padding }
        return String(text.prefix(length))
    }
}

/// `lint --format json`.
struct LintJSON: Decodable {
    struct Finding: Decodable {
        var code: String
        var message: String
    }

    struct Claim: Decodable {
        var kind: String
        var text: String
        var verdict: String
        var evidence: String
    }

    var length: Int
    var limit: Int
    var recipient: String?
    var passes: Bool
    var findings: [Finding]
    var claims: [Claim]
    var suggestions: [String]
    var notes: [String]

    var codes: [String] { findings.map(\.code) }
}

extension Sandbox {
    /// `lint ARGUMENTS` with the fixture's configuration and database, `input` on stdin.
    func lint(_ arguments: [String], input: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let executable = try #require(Binary.url, "invite-triage is not built", sourceLocation: sourceLocation)
        return try runFeeding(executable, ["lint"] + arguments + ["--db", database.path, "--config", url("config.toml").path],
                              input: Data(input.utf8), environment: environment(), in: root)
    }

    /// `lint ARGUMENTS --format json`, decoded; the exit status comes along.
    func lintJSON(_ arguments: [String], input: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int32, report: LintJSON) {
        let result = try lint(arguments + ["--format", "json"], input: input, sourceLocation: sourceLocation)
        try #require(result.status == 0 || result.status == 1, "lint failed: \(result)", sourceLocation: sourceLocation)
        return (result.status, try JSONDecoder().decode(LintJSON.self, from: Data(result.stdout.utf8)))
    }
}
