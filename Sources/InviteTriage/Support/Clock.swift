import Foundation

/// "Now" for every command: `INVITE_TRIAGE_NOW` (ISO 8601, with or without offset) when set,
/// so tests are repeatable; the system clock otherwise. Always read as local wall-clock time.
public struct Clock: Sendable {
    public let now: LocalDateTime
    public let zone: TimeZone

    public init(now: LocalDateTime, zone: TimeZone = .current) {
        self.now = now
        self.zone = zone
    }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Clock {
        let zone = TimeZone.current
        guard let text = environment["INVITE_TRIAGE_NOW"], !text.isEmpty else {
            return Clock(now: LocalDateTime(Date(), in: zone), zone: zone)
        }
        switch TimestampParser.parse(text, order: .monthFirst, zone: zone) {
        case .success(let value): return Clock(now: value, zone: zone)
        case .failure(let problem):
            throw TriageError(.usage, "INVITE_TRIAGE_NOW: \(problem.message); give an ISO 8601 time such as 2026-11-26T09:00:00")
        }
    }
}
