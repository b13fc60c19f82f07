import Foundation
import Testing

/// Where the database is created: `--db`, else `INVITE_TRIAGE_DB`, else
/// `$XDG_DATA_HOME/invite-triage/invitations.sqlite`, else under `$HOME/.local/share`.
@Suite struct DatabaseLocationTests {
    private func importSample(_ sandbox: Sandbox, _ extra: [String], environment: [String: String] = [:]) throws {
        let result = try sandbox.run(["import", PackagePaths.sampleInvitationsJSON.path] + extra, environment: environment)
        #expect(result.status == 0, "\(result)")
    }

    private func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    @Test func xdgDataHomeIsTheDefault() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try importSample(sandbox, [])
        let database = sandbox.dataHome.appendingPathComponent("invite-triage/invitations.sqlite")
        #expect(exists(database))
        #expect(posixPermissions(database) == 0o600)
        #expect(posixPermissions(database.deletingLastPathComponent()) == 0o700)
    }

    @Test func homeLocalShareWhenXDGDataHomeIsEmpty() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try importSample(sandbox, [], environment: ["XDG_DATA_HOME": ""])
        #expect(exists(sandbox.home.appendingPathComponent(".local/share/invite-triage/invitations.sqlite")))
        #expect(!exists(sandbox.dataHome))
    }

    @Test func environmentVariableBeatsXDGDataHome() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let chosen = sandbox.url("from-env/triage.sqlite")
        try importSample(sandbox, [], environment: ["INVITE_TRIAGE_DB": chosen.path])
        #expect(exists(chosen))
        #expect(posixPermissions(chosen) == 0o600)
        #expect(posixPermissions(chosen.deletingLastPathComponent()) == 0o700)
        #expect(!exists(sandbox.dataHome))
    }

    @Test func flagBeatsEnvironmentVariable() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let fromFlag = sandbox.url("from-flag/triage.sqlite")
        let fromEnv = sandbox.url("from-env/triage.sqlite")
        try importSample(sandbox, ["--db", fromFlag.path], environment: ["INVITE_TRIAGE_DB": fromEnv.path])
        #expect(exists(fromFlag))
        #expect(!exists(fromEnv))
        #expect(!exists(sandbox.dataHome))
    }

    @Test func flagIsAcceptedBeforeAndAfterThePaths() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let database = sandbox.url("db/first.sqlite")
        let before = try sandbox.run(["import", "--db", database.path, PackagePaths.sampleInvitationsJSON.path])
        #expect(before.status == 0, "\(before)")
        let after = try sandbox.run(["import", PackagePaths.sampleVoyagerJSON.path, "--db", database.path])
        #expect(after.status == 0, "\(after)")
        let listed = try sandbox.run(["list", "--status", "all", "--format", "json", "--db", database.path])
        #expect(try ListedInvitation.decode(listed.stdout).count == 16)
        #expect(!exists(sandbox.dataHome))
    }

    @Test func listReadsTheSameDatabaseTheImportWrote() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let chosen = sandbox.url("elsewhere/invitations.sqlite")
        try importSample(sandbox, [], environment: ["INVITE_TRIAGE_DB": chosen.path])
        let listed = try sandbox.run(["list", "--format", "json"], environment: ["INVITE_TRIAGE_DB": chosen.path])
        #expect(try ListedInvitation.decode(listed.stdout).count == 10)
        let empty = try sandbox.run(["list", "--format", "json"])
        #expect(try ListedInvitation.decode(empty.stdout).isEmpty)
    }

    @Test func databaseIsInWALMode() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.importing([PackagePaths.sampleInvitationsJSON.path])
        #expect(try sqlite(sandbox.database, "PRAGMA journal_mode").trimmingCharacters(in: .whitespacesAndNewlines) == "wal")
    }
}
