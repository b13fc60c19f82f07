import Foundation
import Testing

/// The length against LinkedIn's limit (300, or 200 for free accounts), counted in characters
/// as a person sees them, not bytes.
@Suite struct LintLengthTests {
    @Test func threeHundredAndOneCharactersFailTheDefaultLimit() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let long = LintFixture.note(length: 301)
        let result = try sandbox.lint([long])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("301/300 characters"), "\(result.stdout)")
        let (_, report) = try sandbox.lintJSON([long])
        #expect(report.length == 301 && report.limit == 300)
        #expect(report.codes == ["too_long"], "\(report.codes)")
        let (status, fits) = try sandbox.lintJSON([LintFixture.note(length: 300)])
        #expect(status == 0 && fits.passes && fits.length == 300, "\(fits.findings)")
    }

    @Test func twoHundredAndOneCharactersFailTheFreeLimitOnly() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let note = LintFixture.note(length: 201)
        let (freeStatus, free) = try sandbox.lintJSON([note, "--limit", "200"])
        #expect(freeStatus == 1)
        #expect(free.limit == 200 && free.codes == ["too_long"], "\(free.codes)")
        let (status, paid) = try sandbox.lintJSON([note, "--limit", "300"])
        #expect(status == 0 && paid.passes, "\(paid.findings)")
        let (_, exact) = try sandbox.lintJSON([LintFixture.note(length: 200), "--limit", "200"])
        #expect(exact.passes, "\(exact.findings)")
    }

    @Test func accentedLettersCountAsOneCharacterEach() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        // 300 characters, 352 bytes in UTF-8: within the limit.
        let base = LintFixture.metAtTheChamber + "."
        var note = base
        while note.count < 300 { note += " Café crème in Zürich, schön!" }
        note = String(note.prefix(300))
        try #require(note.utf8.count > 300)
        let (status, report) = try sandbox.lintJSON([note])
        #expect(report.length == 300, "\(report.length) for \(note.utf8.count) bytes")
        #expect(status == 0 && report.passes, "\(report.findings)")
    }

    @Test func emojiCountAsTheCharactersTheyShowAs() throws {
        let sandbox = try LintFixture.sandbox()
        defer { sandbox.remove() }
        let note = LintFixture.metAtTheChamber + " 🎉👩‍💻🇳🇱 Schön!"
        let (_, report) = try sandbox.lintJSON([note])
        #expect(report.length == note.count, "\(report.length) vs \(note.count) characters (\(note.utf8.count) bytes)")
        #expect(report.length < note.unicodeScalars.count, "a flag or a joined emoji is one character")
    }
}
