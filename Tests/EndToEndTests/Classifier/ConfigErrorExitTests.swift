import Testing

/// A bad configuration is a clear error naming the key, with exit status 78 (EX_CONFIG).
@Suite struct ConfigErrorExitTests {
    static func config(_ toml: String, command: [String] = ["config"]) throws -> RunResult {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = try sandbox.write("config.toml", text: toml)
        return try sandbox.triage(command + ["--config", path])
    }

    @Test func unknownKeyExits78AndNamesTheKey() throws {
        let result = try Self.config("[points]\ngeneric_mesage = -5\n")
        #expect(result.status == 78, "\(result)")
        #expect(result.stderr.contains("generic_mesage"), "\(result)")
    }

    @Test func nonNumericPointsExit78AndNameTheKey() throws {
        let result = try Self.config("[points]\ngeneric_message = \"a lot\"\n")
        #expect(result.status == 78, "\(result)")
        #expect(result.stderr.contains("points.generic_message"), "\(result)")
    }

    @Test func badConfigurationStopsListingToo() throws {
        let result = try Self.config("[points]\ngeneric_mesage = -5\n", command: ["list"])
        #expect(result.status == 78, "\(result)")
        #expect(result.stderr.contains("generic_mesage"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test func goodConfigurationPrintsEachValueWithItsOrigin() throws {
        let result = try Self.config("[points]\ngeneric_message = -5\n")
        #expect(result.status == 0, "\(result)")
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("generic_message = ") }
        #expect(line?.contains("-5") == true, "\(result)")
        #expect(line?.contains("config.toml") == true, "the origin is the file: \(result)")
    }
}
