import Foundation
import Testing

/// Files that hold other people's data are the owner's alone: the database (and its -wal and
/// -shm) 0600 in a 0700 folder, `export --output` and `summary --output` 0600 — also under a
/// permissive umask, and also when the output file existed with a wider mode.
@Suite struct PrivateFileModeTests {
    /// Runs invite-triage under `umask 000` through the shell.
    private func underOpenUmask(_ sandbox: Sandbox, _ arguments: [String]) throws -> RunResult {
        let binary = try #require(Binary.url)
        return try runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "umask 000 && exec \"$0\" \"$@\"", binary.path] + arguments,
                              environment: sandbox.environment(), in: sandbox.root)
    }

    @Test func databaseAndItsFolderArePrivateUnderAnOpenUmask() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let database = sandbox.url("nested/data/invitations.sqlite")
        let result = try underOpenUmask(sandbox, ["import", PackagePaths.sampleExport.path, "--db", database.path])
        #expect(result.status == 0, "\(result)")
        #expect(posixPermissions(database) == 0o600)
        #expect(posixPermissions(database.deletingLastPathComponent()) == 0o700)
        // While a command has the database open, its -wal and -shm exist: check them then.
        let wal = URL(fileURLWithPath: database.path + "-wal"), shm = URL(fileURLWithPath: database.path + "-shm")
        for file in [wal, shm] where FileManager.default.fileExists(atPath: file.path) {
            #expect(posixPermissions(file) == 0o600, "\(file.lastPathComponent)")
        }
    }

    @Test func walAndShmArePrivateWhileACommandRuns() throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let file = try Concurrency.bulkFile(sandbox, "wal", rows: 0..<5_000)
        let binary = try #require(Binary.url)
        let run = try BackgroundRun(sandbox, executable: URL(fileURLWithPath: "/bin/sh"),
                                    ["-c", "umask 000 && exec \"$0\" \"$@\"", binary.path, "import", file.path, "--db", sandbox.database.path])
        let wal = sandbox.database.path + "-wal", shm = sandbox.database.path + "-shm"
        var modes: [Int?] = []
        pollUntil(300) {
            guard FileManager.default.fileExists(atPath: wal), FileManager.default.fileExists(atPath: shm) else { return !run.isRunning }
            modes = [posixPermissions(URL(fileURLWithPath: wal)), posixPermissions(URL(fileURLWithPath: shm))]
            return true
        }
        #expect(run.finish(killAfter: 600).result.status == 0)
        #expect(modes == [0o600, 0o600], "-wal and -shm modes while importing (empty: never seen)")
    }

    @Test func defaultDatabaseLocationIsPrivate() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try underOpenUmask(sandbox, ["import", PackagePaths.sampleExport.path])
        #expect(result.status == 0, "\(result)")
        let database = sandbox.dataHome.appendingPathComponent("invite-triage/invitations.sqlite")
        #expect(posixPermissions(database) == 0o600)
        #expect(posixPermissions(database.deletingLastPathComponent()) == 0o700)
    }

    @Test(arguments: [["export", "--format", "csv"], ["export", "--format", "json"], ["summary", "--format", "html"],
                      ["summary", "--format", "markdown"], ["summary"]])
    func outputFilesArePrivate(_ command: [String]) throws {
        let sandbox = try SeededSandbox.make()
        defer { sandbox.remove() }
        let fresh = sandbox.url("out/fresh.out")
        try FileManager.default.createDirectory(at: fresh.deletingLastPathComponent(), withIntermediateDirectories: true)
        let result = try underOpenUmask(sandbox, command + ["--output", fresh.path, "--db", sandbox.database.path])
        #expect(result.status == 0, "\(result)")
        #expect(posixPermissions(fresh) == 0o600)
        #expect((try? Data(contentsOf: fresh).count) ?? 0 > 0)

        // An existing world-readable file is narrowed, not left readable.
        let existing = sandbox.url("out/existing.out")
        FileManager.default.createFile(atPath: existing.path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
        let again = try underOpenUmask(sandbox, command + ["--output", existing.path, "--db", sandbox.database.path])
        #expect(again.status == 0, "\(again)")
        #expect(posixPermissions(existing) == 0o600)
    }
}
