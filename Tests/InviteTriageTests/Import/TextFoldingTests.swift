import Testing
@testable import InviteTriage

/// Folding for matching: case, accents, special letters and spacing, nothing else.
@Suite struct TextFoldingTests {
    @Test func caseIsFolded() {
        #expect(TextFolding.fold("Femke DE Boer") == "femke de boer")
    }

    @Test func accentsAreRemoved() {
        #expect(TextFolding.fold("Amélie Girard") == "amelie girard")
        #expect(TextFolding.fold("Nguyễn Thị Lan") == "nguyen thi lan")
        #expect(TextFolding.fold("ÉLODIE Çelik") == "elodie celik")
        #expect(TextFolding.fold("Matthias Ko\u{0308}hler") == "matthias kohler")
    }

    @Test func specialLettersBecomeWhatPeopleType() {
        #expect(TextFolding.fold("Jürgen Weiß") == "jurgen weiss")
        #expect(TextFolding.fold("Søren Ødegård") == "soren odegard")
        #expect(TextFolding.fold("Łukasz Æbelø") == "lukasz aebelo")
    }

    @Test func whitespaceRunsCollapseAndEndsAreTrimmed() {
        #expect(TextFolding.fold("  Julia  \t Example \n") == "julia example")
        #expect(TextFolding.fold("Ana\u{00A0}\u{00A0}Belén") == "ana belen")
        #expect(TextFolding.fold("Carmen Example ") == "carmen example")
    }

    @Test func emojiAndOtherScriptsAreKept() {
        #expect(TextFolding.fold("🟢 Ana Example 👉") == "🟢 ana example 👉")
        #expect(TextFolding.fold("王芳") == "王芳")
    }

    @Test func credentialSuffixStaysPartOfTheName() {
        #expect(TextFolding.fold("Bas de Vries, CISM") == "bas de vries, cism")
    }

    @Test func differentSpellingsOfOneNameMatch() {
        #expect(TextFolding.fold("JÜRGEN  WEISS") == TextFolding.fold("Jürgen Weiß"))
    }
}
