import Testing
@testable import InviteTriage

/// A connection's whole name anywhere in a note is a shared connection (Elena Marsh's records
/// hold Chiara Lombardi); a first name alone, a stranger's name or the sender's own is not.
@Suite struct ConnectionNamedInPassingTests {
    static func judge(_ note: String, from sender: String = ElenaMarsh.senderName) -> Classifier.Judgement {
        let facts = ElenaMarsh.invitation(note, from: sender)
        var evidence = ElenaMarsh.records()
        ElenaMarsh.receive(facts, into: &evidence)
        return ElenaMarsh.judge(facts, evidence)
    }

    @Test func aConnectionsWholeNameIsASharedConnection() {
        let judgement = Self.judge("I run the Rotterdam talks with Chiara Lombardi these days, would love to connect.")
        #expect(judgement.has(.sharedConnection), "\(judgement.summary)")
        #expect(!judgement.has(.falseClaim))
    }

    @Test(arguments: ["I run the Rotterdam talks with Chiara these days, would love to connect.",
                      "I run the Rotterdam talks with Marco Bellini these days, would love to connect."])
    func aFirstNameOrAStrangersNameIsNothing(note: String) {
        let judgement = Self.judge(note)
        #expect(!judgement.has(.sharedConnection), "\(judgement.summary)")
        #expect(!judgement.has(.falseClaim), "a name in passing is never a false claim")
    }

    @Test func theSendersOwnSignatureIsNoSharedConnection() {
        let judgement = Self.judge("Happy to connect! Best, Chiara Lombardi", from: "Chiara Lombardi")
        #expect(!judgement.has(.sharedConnection), "\(judgement.summary)")
    }
}
