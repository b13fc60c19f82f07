/// Every reason the classifier can give, with its default points and its one-line description.
/// Negative points are strikes, positive points speak for the invitation; a reason of no
/// points by default is information, shown at any points. The codes are a stable contract
/// (JSON, config keys, docs/rules.md).
public enum ReasonCode: String, CaseIterable, Codable, Sendable {
    case genericMessage = "generic_message"
    case massMessage = "mass_message"
    case strangerNoRationale = "stranger_no_rationale"
    case falseClaim = "false_claim"
    case salesPitch = "sales_pitch"
    case repeatInvitation = "repeat_invitation"
    case personalNote = "personal_note"
    case sharedConnection = "shared_connection"
    case sharedEmployer = "shared_employer"
    case sharedSchool = "shared_school"
    case sharedGroup = "shared_group"
    case metBefore = "met_before"
    case priorConversation = "prior_conversation"
    case knownContact = "known_contact"
    case profileRationale = "profile_rationale"
    case unreadNote = "unread_note"

    public var defaultPoints: Double {
        switch self {
        case .genericMessage: -2
        case .massMessage: -1
        case .strangerNoRationale: -3
        case .falseClaim: -4
        case .salesPitch: -2
        case .repeatInvitation: -1
        case .personalNote: 2
        case .sharedConnection: 3
        case .sharedEmployer: 3
        case .sharedSchool: 2
        case .sharedGroup: 2
        case .metBefore: 4
        case .priorConversation: 5
        case .knownContact: 3
        case .profileRationale: 2
        case .unreadNote: 0
        }
    }

    /// What the rule means, in 50 characters or less.
    public var summary: String {
        switch self {
        case .genericMessage: "no note, the default text or a stock note"
        case .massMessage: "the same note came from 3 or more senders"
        case .strangerNoRationale: "no sign you know each other, and no reason"
        case .falseClaim: "a relationship claim your records contradict"
        case .salesPitch: "the note sells a product, service or call"
        case .repeatInvitation: "the same sender invited you before"
        case .personalNote: "the note names something specific to you"
        case .sharedConnection: "a connection you really share"
        case .sharedEmployer: "an employer in both your records"
        case .sharedSchool: "a school in both your records"
        case .sharedGroup: "a group in both your records"
        case .metBefore: "the note names the occasion where you met"
        case .priorConversation: "you have written to each other before"
        case .knownContact: "in your contacts, or gave your real e-mail"
        case .profileRationale: "their profile shares your skills or field"
        case .unreadNote: "a note the rules cannot read: left to you"
        }
    }

    /// Related reasons whose sum is capped, so overlapping signals do not pile up.
    public var group: ReasonGroup? {
        switch self {
        case .genericMessage, .massMessage, .salesPitch: .form
        case .sharedConnection, .sharedEmployer, .sharedSchool, .sharedGroup, .profileRationale: .commonGround
        case .metBefore, .priorConversation, .knownContact: .acquaintance
        default: nil
        }
    }

    /// Evidence that the person really knows the sender: with any of it, the suggestion is
    /// never `ignore` (ignoring someone you know is the costly mistake).
    var showsRelationship: Bool {
        switch self {
        case .priorConversation, .knownContact, .sharedConnection, .sharedEmployer, .sharedSchool: true
        default: false
        }
    }
}

public enum ReasonGroup: String, CaseIterable, Codable, Sendable {
    /// How the note is written: generic, mass-sent, a pitch.
    case form
    /// Things the records show you share.
    case commonGround = "common_ground"
    /// Signs you have met or talked.
    case acquaintance

    public var defaultCap: Double {
        switch self {
        case .form: -4
        case .commonGround: 5
        case .acquaintance: 6
        }
    }
}
