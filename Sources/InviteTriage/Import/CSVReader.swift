import Foundation

/// A streaming RFC 4180 reader over UTF-8 bytes, fed in chunks so a file of any size is read in
/// bounded memory. Handles quoted separators and newlines, doubled quotes, CRLF, a missing final
/// newline and blank rows. Written by hand because it is the hot loop of every import.
///
/// Fields that are not valid UTF-8 switch the reader to Windows-1252 — once, and only while
/// every earlier byte was ASCII (where both encodings agree); otherwise the file is refused.
struct CSVReader {
    struct Record {
        var fields: [String]
        /// The line the record starts on, counting from 1.
        var line: Int
    }

    enum Problem: Error {
        case unclosedQuote(line: Int)
        case fieldTooLong(line: Int)
        case tooManyFields(line: Int)
        case invalidUTF8(line: Int)
        case utf16WithoutMark

        var line: Int {
            switch self {
            case .unclosedQuote(let line), .fieldTooLong(let line), .tooManyFields(let line), .invalidUTF8(let line): line
            case .utf16WithoutMark: 1
            }
        }

        var message: String {
            switch self {
            case .unclosedQuote: "a quoted field is never closed (unbalanced \")"
            case .fieldTooLong: "a field is longer than \(CSVReader.maxFieldBytes / 1024 / 1024) MiB"
            case .tooManyFields: "a row has more than \(CSVReader.maxFields) columns"
            case .invalidUTF8: "text is neither UTF-8 nor Windows-1252 (mixed encodings)"
            case .utf16WithoutMark: "the text looks like UTF-16 without a byte-order mark; save the file again as UTF-8 (or UTF-16 with its mark)"
            }
        }
    }

    static let maxFieldBytes = 1 << 20
    static let maxFields = 1024

    let separator: UInt8
    private(set) var usedWindows1252 = false
    private var sawNonASCII = false

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterCR }
    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var line = 1
    private var recordLine = 1

    init(separator: UInt8) {
        self.separator = separator
        field.reserveCapacity(256)
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer, emit: (Record) throws -> Void) throws {
        var index = 0
        while index < bytes.count {
            // Inside a field, copy the whole run up to the next byte that matters at once:
            // this loop sees every byte of every import.
            switch state {
            case .unquoted:
                let end = endOfUnquotedRun(bytes, from: index)
                if end > index {
                    try append(bytes, index..<end)
                    index = end
                    continue
                }
            case .quoted:
                let end = endOfQuotedRun(bytes, from: index)
                try append(bytes, index..<end)
                index = end
                if index < bytes.count {
                    state = .quoteInQuoted
                    index += 1
                }
                continue
            default:
                break
            }
            let byte = bytes[index]
            index += 1
            switch state {
            case .fieldStart:
                if byte == UInt8(ascii: "\"") { state = .quoted } else { try plain(byte, emit: emit) }
            case .unquoted:
                try plain(byte, emit: emit)
            case .quoted:
                break  // handled above
            case .quoteInQuoted:
                if byte == UInt8(ascii: "\"") {
                    try append(byte)
                    state = .quoted
                } else {
                    // The closing quote; anything but a separator or newline after it is kept
                    // as text, as spreadsheets do.
                    state = .unquoted
                    try plain(byte, emit: emit)
                }
            case .afterCR:
                state = .fieldStart
                if byte != 0x0A {
                    if byte == UInt8(ascii: "\"") { state = .quoted } else { try plain(byte, emit: emit) }
                }
            }
        }
    }

    /// Where the text of an unquoted field stops: at the next separator, CR or LF.
    private func endOfUnquotedRun(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == separator || byte == 0x0A || byte == 0x0D { break }
            index += 1
        }
        return index
    }

    /// Where the text of a quoted field stops: at the next quote. Counts the newlines passed.
    private mutating func endOfQuotedRun(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var index = start
        var newlines = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == 0x0A { newlines += 1 }
            index += 1
        }
        line += newlines
        return index
    }

    mutating func finish(emit: (Record) throws -> Void) throws {
        switch state {
        case .quoted: throw Problem.unclosedQuote(line: recordLine)
        case .fieldStart where fields.isEmpty && field.isEmpty, .afterCR: return
        default: try endRecord(emit: emit)
        }
    }

    private mutating func plain(_ byte: UInt8, emit: (Record) throws -> Void) throws {
        switch byte {
        case separator:
            try endField()
            state = .fieldStart
        case 0x0A:
            try endRecord(emit: emit)
            line += 1
            recordLine = line
            state = .fieldStart
        case 0x0D:
            try endRecord(emit: emit)
            line += 1
            recordLine = line
            state = .afterCR
        default:
            try append(byte)
            state = .unquoted
        }
    }

    private mutating func append(_ byte: UInt8) throws {
        guard field.count < Self.maxFieldBytes else { throw Problem.fieldTooLong(line: recordLine) }
        field.append(byte)
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws {
        guard field.count + range.count <= Self.maxFieldBytes else { throw Problem.fieldTooLong(line: recordLine) }
        field.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[range]))
    }

    private mutating func endField() throws {
        guard fields.count < Self.maxFields else { throw Problem.tooManyFields(line: recordLine) }
        fields.append(try decode(field))
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord(emit: (Record) throws -> Void) throws {
        try endField()
        defer { fields.removeAll(keepingCapacity: true) }
        if fields.count == 1, fields[0].isEmpty { return }  // blank row
        try emit(Record(fields: fields, line: recordLine))
    }

    private mutating func decode(_ bytes: [UInt8]) throws -> String {
        if usedWindows1252 { return Windows1252.decode(bytes) }
        if let text = Self.validUTF8(bytes) {
            if !sawNonASCII, bytes.contains(where: { $0 >= 0x80 }) { sawNonASCII = true }
            return text
        }
        guard !sawNonASCII else { throw Problem.invalidUTF8(line: recordLine) }
        usedWindows1252 = true
        return Windows1252.decode(bytes)
    }
}

extension CSVReader {
    /// The text when the bytes are valid UTF-8, else nil. `String(decoding:)` repairs invalid
    /// bytes, so getting the same bytes back means there was nothing to repair; it is about
    /// twice as fast as `String(validating:)`, which goes through a generic decoder.
    static func validUTF8(_ bytes: [UInt8]) -> String? {
        if bytes.isEmpty { return "" }
        var text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.count == bytes.count else { return nil }
        let same = text.withUTF8 { decoded in
            bytes.withUnsafeBufferPointer { memcmp(decoded.baseAddress!, $0.baseAddress!, bytes.count) == 0 }
        }
        return same ? text : nil
    }
}

/// Windows-1252, the encoding Excel on Windows saves CSV in.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
