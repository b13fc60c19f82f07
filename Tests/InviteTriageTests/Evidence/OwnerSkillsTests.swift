import Testing
@testable import InviteTriage

/// The reader's skills a note names count as common ground only when they say something of
/// the reader in particular: two of them, never an everyday skill or a word too short to tell
/// from ordinary ones.
@Suite struct OwnerSkillsTests {
    static let skills = OwnerSkills(["Go", "Kubernetes", "Terraform", "Site Reliability Engineering", "Leadership",
                                     "Project Management", "PostgreSQL", "Kubernetes"])

    static func core(_ note: String) -> String { NoteText.core(of: note) }

    @Test func twoSkillsAreCommonGroundInTheOrderTheNoteNamesThem() {
        let named = Self.skills.commonGround(inCore: Self.core("Would love you to speak about Terraform and Kubernetes at our meetup."))
        #expect(named == ["Terraform", "Kubernetes"])
    }

    @Test func oneSkillOfSeveralWordsIsNotEnough() {
        // What a mail-merged stock note names.
        #expect(Self.skills.commonGround(inCore: Self.core("Impressed by your Site Reliability Engineering experience!")).isEmpty)
        #expect(Self.skills.commonGround(inCore: Self.core("I lead site reliability engineering and Terraform at Bol."))
                == ["Site Reliability Engineering", "Terraform"])
    }

    @Test func oneSingleWordSkillIsNot() {
        #expect(Self.skills.commonGround(inCore: Self.core("Impressed by your Kubernetes experience!")).isEmpty)
    }

    @Test func everydaySkillsAndShortWordsDoNotCount() {
        // "Go" and "Leadership" would make two, with "Project Management" three: none is the reader's own.
        #expect(Self.skills.commonGround(inCore: Self.core("Let's go! Your leadership and project management impress me.")).isEmpty)
        #expect(Self.skills.commonGround(inCore: Self.core("Let's go: your leadership on Kubernetes impresses me.")).isEmpty)
    }

    @Test func aSkillOfSeveralWordsMustComeWhole() {
        #expect(Self.skills.commonGround(inCore: Self.core("Site visits and reliability matter to our engineering team.")).isEmpty)
    }

    @Test func aSkillNamedTwiceCountsOnce() {
        #expect(Self.skills.commonGround(inCore: Self.core("Kubernetes, Kubernetes, Kubernetes!")).isEmpty)
        // Listed twice with other capitals, it is still one skill: not two for one mention.
        #expect(OwnerSkills(["Kubernetes", "kubernetes", "Terraform"]).commonGround(inCore: Self.core("Kubernetes fan here")).isEmpty)
    }

    @Test func possessivesAndElisionsStillNameTheSkill() {
        #expect(Self.skills.commonGround(inCore: Self.core("Terraform's state and Kubernetes")) == ["Terraform", "Kubernetes"])
    }

    @Test func accentsAndCaseDoNotMatter() {
        let skills = OwnerSkills(["Développement Durable", "Énergie"])
        #expect(skills.commonGround(inCore: Self.core("Je travaille aussi dans le developpement durable et l'ÉNERGIE."))
                == ["Développement Durable", "Énergie"])
    }

    @Test func withoutSkillsNothingIsNamed() {
        #expect(OwnerSkills([]).commonGround(inCore: Self.core("Terraform and Kubernetes")).isEmpty)
    }
}
