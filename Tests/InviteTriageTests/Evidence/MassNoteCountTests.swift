import Testing
@testable import InviteTriage

/// A note is a mass message when several different people sent it: a sender who sends the
/// same note twice counts once, before and after the rare notes are dropped.
@Suite struct MassNoteCountTests {
    private let stock = "I'd like to add you to my professional network"

    private func add(_ evidence: inout Evidence, _ note: String, from sender: String, url: String? = nil) {
        evidence.addNote(massKey: note, senderURL: url, senderKey: sender)
    }

    @Test func aSenderRepeatingANoteCountsOnce() {
        var evidence = Evidence()
        add(&evidence, stock, from: "anna")
        add(&evidence, stock, from: "anna")
        #expect(evidence.senderCount(massKey: stock) == 1)
        add(&evidence, stock, from: "bob")
        add(&evidence, stock, from: "anna")
        add(&evidence, stock, from: "bob")
        #expect(evidence.senderCount(massKey: stock) == 2)
        add(&evidence, stock, from: "carl", url: "https://www.linkedin.com/in/carl")
        add(&evidence, stock, from: "carl again", url: "https://www.linkedin.com/in/carl")
        #expect(evidence.senderCount(massKey: stock) == 3)
    }

    @Test func onlyMassNotesAreKeptWithTheirCounts() {
        var evidence = Evidence()
        for sender in ["a", "b", "c", "d", "a"] { add(&evidence, stock, from: sender) }
        for sender in ["a", "b", "b"] { add(&evidence, "rare note", from: sender) }
        add(&evidence, "", from: "a")
        #expect(evidence.senderCount(massKey: "rare note") == 2)
        evidence.keepOnlyMassNotes()
        #expect(evidence.senderCount(massKey: stock) == 4)
        #expect(evidence.senderCount(massKey: "rare note") == 0)
        #expect(evidence.senderCount(massKey: "") == 0)
    }
}
