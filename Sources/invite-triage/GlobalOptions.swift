import ArgumentParser
import Foundation
import InviteTriage

/// Options every command takes, after the subcommand name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $INVITE_TRIAGE_DB, else $XDG_DATA_HOME/invite-triage/invitations.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The configuration file (default: $INVITE_TRIAGE_CONFIG, else $XDG_CONFIG_HOME/invite-triage/config.toml).", valueName: "file"))
    var config: String?


    func configuration() throws -> Configuration { try Configuration.load(flag: config) }

    /// For `import`: the database is created when missing.
    func openOrCreateStore(_ configuration: Configuration) throws -> Store {
        let environment = ProcessInfo.processInfo.environment
        let timeout = environment["INVITE_TRIAGE_BUSY_TIMEOUT"].flatMap(Double.init) ?? configuration.busyTimeoutSeconds
        return try Store(path: StoreLocation.resolve(flag: db), busyTimeout: timeout)
    }

    /// For every other command: a database that does not exist is not created (a mistyped
    /// `--db` would leave an empty one behind, and a decision has nothing to decide on before
    /// the first import); they see an empty one and say so.
    func openStore(_ configuration: Configuration) throws -> Store {
        let path = StoreLocation.resolve(flag: db)
        guard FileManager.default.fileExists(atPath: path) else {
            Terminal.note("no database at \(path) yet: import a LinkedIn export first (invite-triage import FILE)")
            return try Store(emptyInMemoryFor: path)
        }
        return try openOrCreateStore(configuration)
    }

    /// For reading commands: scores are never rewritten here, only reported as stale.
    func warnIfStale(_ store: Store, _ configuration: Configuration) throws {
        if try Rescorer.isStale(store: store, configuration: configuration) {
            Terminal.note("scores are stale (the configuration, the evidence or the learned model changed); run `invite-triage rescore`")
        }
    }

    func clock() throws -> Clock { try Clock.fromEnvironment() }
}

/// Runs a command body, turning a `TriageError` into one line on stderr and its exit status.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as TriageError {
        Terminal.error(error.message)
        throw ExitCode(error.status.rawValue)
    }
}
