import Foundation
import Testing

/// The samples imported and listed by the built binary, once per test run: every expectation
/// test reads the same `list --status all --format json` output.
enum ClassifiedSamples {
    /// The owner facts the export lacks (samples/README.md): her two groups.
    static let groupsConfig = """
        [owner]
        groups = ["Rotterdam Swift Meetup", "Women in Platform Engineering"]

        """

    /// samples/linkedin-export imported with `groupsConfig`.
    static let exportListing: Result<String, any Error> = Result {
        try listing(importing: [PackagePaths.sampleExport.path], config: groupsConfig)
    }

    /// samples/invitations.json imported alone, with no configuration file.
    static let jsonListing: Result<String, any Error> = Result {
        try listing(importing: [PackagePaths.sampleInvitationsJSON.path], config: nil)
    }

    struct CommandFailed: Error, CustomStringConvertible {
        let command: String
        let result: RunResult
        var description: String { "\(command) failed: \(result)" }
    }

    /// Imports `paths` into a fresh sandbox (with `config` as `--config` when given) and returns
    /// what `list --status all --format json` printed.
    static func listing(importing paths: [String], config: String?) throws -> String {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let options = try config.map { ["--config", try sandbox.write("config.toml", text: $0)] } ?? []
        let imported = try sandbox.triage(["import"] + paths + options)
        guard imported.status == 0 else { throw CommandFailed(command: "import", result: imported) }
        let listed = try sandbox.triage(["list", "--status", "all", "--format", "json"] + options)
        guard listed.status == 0 else { throw CommandFailed(command: "list", result: listed) }
        return listed.stdout
    }

    /// A sandbox holding the sample export imported with `groupsConfig`, and the config's path.
    static func importedExport(sourceLocation: SourceLocation = #_sourceLocation) throws -> (sandbox: Sandbox, config: String) {
        let sandbox = try Sandbox()
        let config = try sandbox.write("config/config.toml", text: groupsConfig)
        try sandbox.importing([PackagePaths.sampleExport.path], options: ["--config", config], sourceLocation: sourceLocation)
        return (sandbox, config)
    }
}
