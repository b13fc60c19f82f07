import Foundation

/// SplitMix64: a small generator that gives the same numbers on every machine and run.
struct GeneratedPersonRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound small: the modulo bias does not matter here).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// A generated person's received invitations, as an Invitations.csv of the 2023+ era.
///
/// Every note names the reader's talk (personal_note +2) and carries a mild pitch, "We help
/// teams with …" (sales_pitch -2), so the rules alone put every invitation at 0 → review. Half
/// the senders are recruiters ("I'm recruiting for …"), half Swift people ("I write Swift at
/// …"), shuffled with the seed; nothing else tells them apart. Invitation k (0-based) is sent
/// on 2026-08-01 plus k days, so file order is time order.
struct GeneratedPerson {
    struct Sender {
        var name: String
        var recruiter: Bool
        var note: String
    }

    static let firstNames = ["Alex", "Bram", "Chloe", "Dirk", "Esra", "Finn", "Gwen", "Hamza", "Iris", "Joost"]
    static let lastNames = ["Jansen", "Kok", "Lammers", "Mulder", "Nijland", "Oosting", "Peeters", "Quint"]
    static let topics = ["platform teams", "observability", "developer experience", "incident reviews", "build systems",
                         "API design", "release trains", "on-call health"]
    static let companies = ["a fintech in Utrecht", "a scale-up in Delft", "a logistics firm", "a health startup",
                            "a game studio", "a bank in Amsterdam"]
    static let services = ["hiring", "cloud costs", "team coaching", "code audits", "release tooling"]

    let senders: [Sender]

    /// `count` senders (at most 80: ten first names by eight last names).
    init(seed: UInt64, count: Int = 80) {
        precondition(count <= Self.firstNames.count * Self.lastNames.count && count % 2 == 0)
        var random = GeneratedPersonRandom(seed: seed)
        var recruiter = (0..<count).map { $0 % 2 == 0 }
        for index in stride(from: count - 1, to: 0, by: -1) {
            recruiter.swapAt(index, random.below(index + 1))
        }
        senders = (0..<count).map { index in
            let name = "\(Self.firstNames[index % 10]) \(Self.lastNames[index / 10])"
            let topic = Self.topics[random.below(Self.topics.count)]
            let company = Self.companies[random.below(Self.companies.count)]
            let service = Self.services[random.below(Self.services.count)]
            let middle = recruiter[index] ? "I'm recruiting for \(company)." : "I write Swift at \(company)."
            return Sender(name: name, recruiter: recruiter[index],
                          note: "Loved your talk on \(topic)! \(middle) We help teams with \(service).")
        }
    }

    /// The file LinkedIn's export would hold.
    var invitationsCSV: String {
        var lines = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 2026, month: 8, day: 1))!
        for (index, sender) in senders.enumerated() {
            let day = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: index, to: start)!)
            let sent = "\(day.month!)/\(day.day!)/\(day.year! % 100), \(1 + index % 11):\(String(format: "%02d", (index * 7) % 60)) PM"
            let slug = sender.name.lowercased().replacingOccurrences(of: " ", with: "-")
            lines.append("\(sender.name),Elena Marsh,\"\(sent)\",\"\(sender.note)\",INCOMING,https://www.linkedin.com/in/\(slug),https://www.linkedin.com/in/elena-marsh")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether a note (as `list` shows it) is a recruiter's.
    static func isRecruiter(note: String?) -> Bool { note?.contains("I'm recruiting for") == true }
    /// Whether a note mentions Swift.
    static func mentionsSwift(note: String?) -> Bool { note?.contains("Swift") == true }
}
