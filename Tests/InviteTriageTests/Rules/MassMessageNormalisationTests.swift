import Testing
@testable import InviteTriage

/// `mass_message`: the same note, after normalising case, accents, punctuation, emoji, white
/// space, greetings and sign-offs, came from three or more different senders.
@Suite struct MassMessageNormalisationTests {
    static func judge(_ notes: [String]) -> Classifier.Judgement {
        var evidence = ElenaMarsh.records()
        let senders = notes.enumerated().map { index, note in
            ElenaMarsh.invitation(note, from: "Sender \(index)", url: "https://www.linkedin.com/in/sender-\(index)")
        }
        for facts in senders { ElenaMarsh.receive(facts, into: &evidence) }
        return ElenaMarsh.judge(senders[0], evidence)
    }

    @Test func theSameNoteWrittenDifferentlyByThreeSendersIsMass() {
        let judgement = Self.judge([
            "Hi Elena, always looking to grow my network with great professionals!",
            "Hello Elena!  Always looking to grow my network with GREAT professionals 🚀  Best regards, Chloe",
            "always looking to grow my network with great professionals. Cheers, Lukas",
        ])
        #expect(judgement.has(.massMessage), "\(judgement.summary)")
    }

    @Test func theSameNoteBehindDifferentGreetingsAndSignOffsIsMass() {
        let judgement = Self.judge([
            "Hi Elena, I am always looking to grow my network with great professionals!",
            "Hello Elena!  I am always looking to grow my network with GREAT professionals 🚀  Best regards, Chloe",
            "I am always looking to grow my network with great professionals. Cheers, Lukas",
        ])
        #expect(judgement.has(.massMessage), "\(judgement.summary)")
    }

    @Test func twoSendersAreNotMass() {
        let judgement = Self.judge([
            "Always looking to grow my network with great professionals!",
            "Always looking to grow my network with great professionals!",
        ])
        #expect(!judgement.has(.massMessage), "\(judgement.summary)")
    }

    @Test func threeDifferentNotesAreNotMass() {
        let judgement = Self.judge([
            "Always looking to grow my network with great professionals!",
            "Always keen to meet people in platform engineering.",
            "Looking to connect with engineers in Rotterdam.",
        ])
        #expect(!judgement.has(.massMessage), "\(judgement.summary)")
    }
}
