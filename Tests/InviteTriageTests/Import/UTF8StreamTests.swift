import Foundation
import Testing
@testable import InviteTriage

/// Byte-order marks: a UTF-8 one is dropped, UTF-16 is transcoded, anything else passes through.
@Suite struct UTF8StreamTests {
    /// Streams `chunks` through a fresh `UTF8Stream` and returns what it emitted.
    private func decode(_ chunks: [[UInt8]]) throws -> (bytes: [UInt8], encoding: UTF8Stream.Encoding?) {
        var stream = UTF8Stream()
        var output: [UInt8] = []
        for chunk in chunks {
            try stream.feed(Data(chunk)) { output += Array($0) }
        }
        try stream.finish { output += Array($0) }
        return (output, stream.encoding)
    }

    private func oneByteChunks(_ bytes: [UInt8]) -> [[UInt8]] { bytes.map { [$0] } }

    /// Every way to cut `bytes` into two chunks.
    private func everySplit(_ bytes: [UInt8]) -> [[[UInt8]]] {
        (0...bytes.count).map { [Array(bytes[..<$0]), Array(bytes[$0...])] }
    }

    private let text = "Zoë,😀 Nguyễn\r\n"

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        for chunks in everySplit(input) + [oneByteChunks(input)] {
            let result = try decode(chunks)
            #expect(result.bytes == Array(text.utf8))
            #expect(result.encoding == .utf8)
        }
    }

    @Test func utf8WithoutMarkPassesThroughUnchanged() throws {
        let input = Array(text.utf8)
        #expect(try decode([input]).bytes == input)
        #expect(try decode(oneByteChunks(input)).bytes == input)
    }

    @Test func inputShorterThanAMarkIsStillEmitted() throws {
        #expect(try decode([Array("ab".utf8)]).bytes == Array("ab".utf8))
        #expect(try decode([[UInt8(ascii: "a")], [UInt8(ascii: "b")]]).bytes == Array("ab".utf8))
    }

    @Test func windows1252BytesPassThroughForTheCSVReader() throws {
        let input: [UInt8] = Array("Ren".utf8) + [0xE9, 0x80, 0x0A]
        #expect(try decode(oneByteChunks(input)).bytes == input)
    }

    @Test func utf16LittleEndianWithMarkIsTranscodedAtEverySplit() throws {
        let input: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for chunks in everySplit(input) + [oneByteChunks(input)] {
            let result = try decode(chunks)
            #expect(String(decoding: result.bytes, as: UTF8.self) == text, "split \(chunks.map(\.count))")
            #expect(result.encoding == .utf16LittleEndian)
        }
    }

    @Test func utf16BigEndianWithMarkIsTranscodedAtEverySplit() throws {
        let input: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for chunks in everySplit(input) + [oneByteChunks(input)] {
            let result = try decode(chunks)
            #expect(String(decoding: result.bytes, as: UTF8.self) == text, "split \(chunks.map(\.count))")
            #expect(result.encoding == .utf16BigEndian)
        }
    }

    @Test func surrogatePairSplitBetweenItsHalvesBecomesOneScalar() throws {
        // U+1F600 is D83D DE00; cut between the two code units and inside each.
        let input: [UInt8] = [0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE]
        for cut in 3..<input.count {
            let result = try decode([Array(input[..<cut]), Array(input[cut...])])
            #expect(result.bytes == Array("😀".utf8), "cut at \(cut)")
        }
    }

    @Test func loneHighSurrogateBecomesReplacementCharacter() throws {
        let input: [UInt8] = [0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00]
        #expect(String(decoding: try decode([input]).bytes, as: UTF8.self) == "\u{FFFD}A")
    }

    /// Mostly-ASCII UTF-16 without its mark is refused at line 1 (read as UTF-8 it held a NUL
    /// every other byte, and failed later on an "unreadable date"), however it is cut.
    @Test func utf16WithoutMarkIsRefused() throws {
        let header = "From,To,Sent At,Message,Direction\n"
        for bytes in [Array(header.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                      Array(header.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }] {
            for chunks in [[bytes], oneByteChunks(bytes), [Array(bytes.prefix(10)), Array(bytes.dropFirst(10))]] {
                #expect(throws: CSVReader.Problem.self) { try decode(chunks) }
            }
        }
    }

    @Test func utf8WithSomeNulBytesOrShortInputIsNotTakenForUTF16() throws {
        let withNuls = Array("From,To,Sent At\nNul\u{0}Name,Elena,\"11/20/26,\u{0} 9:00 AM\"\n".utf8)
        #expect(try decode([withNuls]).bytes == withNuls)
        let short: [UInt8] = [0x41, 0x00, 0x42, 0x00, 0x43, 0x00]
        #expect(try decode([short]).bytes == short)
    }
}
