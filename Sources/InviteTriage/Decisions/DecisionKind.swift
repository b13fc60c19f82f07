/// What the person decided. The tool never acts on LinkedIn: an accept here is a to-do there.
public enum DecisionKind: String, Codable, CaseIterable, Sendable {
    case accepted, ignored

    public var verb: String { self == .accepted ? "accept" : "ignore" }
}

/// Where a decision came from: one by one on the command line, a filter, the review screen,
/// or an undo. Agreement figures count only `single` and `review`.
public enum DecisionSource: String, Codable, Sendable {
    case single, bulk, review, undo
}

/// The page where LinkedIn lists received invitations: where an accept here is carried out.
public let linkedInInvitationManager = "https://www.linkedin.com/mynetwork/invitation-manager/received/"
