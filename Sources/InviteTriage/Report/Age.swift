/// How long ago, in the fewest characters a table can hold: `5h`, `3d`, `6w`, `7mo`, `2y`.
public enum Age {
    public static func short(from sent: LocalDateTime, to now: LocalDateTime) -> String {
        let seconds = max(0, sent.seconds(until: now))
        let days = seconds / 86_400
        switch days {
        case 0: return "\(max(1, seconds / 3600))h"
        case 1..<14: return "\(days)d"
        case 14..<61: return "\(days / 7)w"
        case 61..<730: return "\(days / 30)mo"
        default: return "\(days / 365)y"
        }
    }
}
