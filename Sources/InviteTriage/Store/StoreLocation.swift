import Foundation

/// Where the database lives: `--db` wins over `INVITE_TRIAGE_DB`, which wins over
/// `$XDG_DATA_HOME/invite-triage/invitations.sqlite` (`~/.local/share/…` when unset).
public enum StoreLocation {
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let path = environment["INVITE_TRIAGE_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        return ((dataHome as NSString).appendingPathComponent("invite-triage") as NSString).appendingPathComponent("invitations.sqlite")
    }
}
