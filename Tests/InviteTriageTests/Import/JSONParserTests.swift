import Testing
@testable import InviteTriage

/// The position-keeping JSON parser: where each value stands, escapes, and refusals that name
/// a line and column instead of crashing.
@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try JSONParser.parse(Array(text.utf8))
    }

    private func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func valuesKnowTheirLineAndColumn() throws {
        let root = try parse("{\n  \"invitations\": [\n    {\"sentAt\": \"2026-11-01\", \"n\": 12}\n  ]\n}")
        #expect((root.line, root.column) == (1, 1))
        let list = try #require(root["invitations"])
        #expect((list.line, list.column) == (2, 18))
        guard case .array(let elements) = list.value else {
            Issue.record("invitations is \(list.typeName)")
            return
        }
        let first = try #require(elements.first)
        #expect((first.line, first.column) == (3, 5))
        let sentAt = try #require(first["sentAt"])
        #expect((sentAt.line, sentAt.column) == (3, 16))
        #expect(sentAt.string == "2026-11-01")
        let number = try #require(first["n"])
        #expect((number.line, number.column) == (3, 35))
        #expect(number.number == 12)
    }

    @Test func byteOrderMarkIsSkippedAndColumnsCountFromAfterIt() throws {
        let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[true]".utf8))
        #expect((root.line, root.column) == (1, 1))
    }

    @Test func literalsAndNumbers() throws {
        let root = try parse(#"{"t": true, "f": false, "n": null, "x": -1.5e2, "z": 0}"#)
        if case .bool(true)? = root["t"]?.value {} else { Issue.record("t is not true") }
        if case .bool(false)? = root["f"]?.value {} else { Issue.record("f is not false") }
        #expect(root["n"]?.isNull == true)
        #expect(root["x"]?.number == -150)
        #expect(root["z"]?.number == 0)
    }

    @Test func simpleEscapes() throws {
        let root = try parse(#"["a\"b\\c\/d\n\t\r\b\f"]"#)
        guard case .array(let elements) = root.value else { Issue.record("not an array"); return }
        #expect(elements.first?.string == "a\"b\\c/d\n\t\r\u{08}\u{0C}")
    }

    @Test func unicodeEscapesIncludingASurrogatePair() throws {
        let root = try parse(#"{"s": "caf\u00e9 \u00E9 \u20AC \ud83d\ude00"}"#)
        #expect(root["s"]?.string == "café é € 😀")
    }

    @Test func rawUTF8InStrings() throws {
        #expect(try parse(#"{"s": "Nguyễn 王芳 😀"}"#)["s"]?.string == "Nguyễn 王芳 😀")
    }

    @Test func loneSurrogateBecomesReplacementCharacter() throws {
        #expect(try parse(#"{"s": "a\ud83db"}"#)["s"]?.string == "a\u{FFFD}b")
    }

    @Test func highSurrogateFollowedByAnotherEscapeKeepsThatCharacter() throws {
        #expect(try parse(#"{"s": "\ud83d\u0041"}"#)["s"]?.string == "\u{FFFD}A")
    }

    @Test func highSurrogateFollowedByAnotherHighSurrogateStillPairsTheSecond() throws {
        let root = try parse(#"{"s": "\ud83d\ud83d\ude00"}"#)
        #expect(root["s"]?.string == "\u{FFFD}😀")
    }

    @Test func duplicateKeysResolveToTheLastOne() throws {
        #expect(try parse(#"{"a": 1, "a": 2}"#)["a"]?.number == 2)
    }

    @Test func veryDeepNestingIsAnErrorNotACrash() throws {
        let depth = 100_000
        let bytes = Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
        let error = try #require(syntaxError(bytes))
        #expect(error.message.contains("nested deeper"))
        #expect(error.line == 1)
        #expect(error.column == JSONParser.maxDepth + 1)
    }

    @Test func nestingJustWithinTheLimitIsRead() {
        let depth = JSONParser.maxDepth
        let bytes = Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
        #expect(syntaxError(bytes) == nil)
    }

    @Test func trailingGarbageIsAnErrorAtItsPosition() throws {
        let error = try #require(syntaxError(Array("{\"a\": 1}\n  x".utf8)))
        #expect(error.message.contains("after the JSON value"))
        #expect((error.line, error.column) == (2, 3))
    }

    @Test func trailingWhitespaceIsFine() {
        #expect(syntaxError(Array("{\"a\": 1}\n \t\r\n".utf8)) == nil)
    }

    @Test func invalidUTF8InAStringIsAnError() throws {
        let bytes = Array("{\"name\": \"Ren".utf8) + [0xE9] + Array("\"}".utf8)
        let error = try #require(syntaxError(bytes))
        #expect(error.message.contains("not valid UTF-8"))
        #expect(error.line == 1)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "{a: 1}", "[01x]", "\"unterminated", "[\"a\nb\"]", "[\"\\q\"]",
                      "[\"\\u12\"]", "tru", "[1 2]", "{\"a\": 1,}", "-"])
    func malformedDocumentsAreErrors(text: String) {
        #expect(syntaxError(Array(text.utf8)) != nil)
    }

    @Test func errorOnALaterLineCountsLines() throws {
        let error = try #require(syntaxError(Array("[\n1,\n2,\n@]".utf8)))
        #expect((error.line, error.column) == (4, 1))
    }
}
