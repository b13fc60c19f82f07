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
        case nulByte(line: Int)
        case utf16WithoutMark

        var line: Int {
            switch self {
            case .unclosedQuote(let line), .fieldTooLong(let line), .tooManyFields(let line), .invalidUTF8(let line), .nulByte(let line): line
            case .utf16WithoutMark: 1
            }
        }

        var message: String {
            switch self {
            case .unclosedQuote: "a quoted field is never closed (unbalanced \")"
            case .fieldTooLong: "a field is longer than \(CSVReader.maxFieldBytes / 1024 / 1024) MiB"
            case .tooManyFields: "a row has more than \(CSVReader.maxFields) columns"
            case .invalidUTF8: "text is neither UTF-8 nor Windows-1252 (mixed encodings)"
            // Stored, it would cut the text short wherever it is read as a C string.
            case .nulByte: "a field holds a NUL byte: binary data, not text"
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
    /// The current field's bytes copied so far; see `pending`.
    private var field: [UInt8] = []
    /// The current field's bytes in the chunk being fed, not copied: a field that starts and
    /// ends in one chunk, with no doubled quote, is decoded where it lies. Only while `field`
    /// is empty; copied into it before the chunk goes.
    private var pending: Range<Int>?
    private var fields: [String] = []
    private var line = 1
    private var recordLine = 1

    init(separator: UInt8) {
        self.separator = separator
        field.reserveCapacity(256)
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer, emit: (Record) throws -> Void) throws {
        defer { keepPending(bytes) }
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
                if byte == UInt8(ascii: "\"") { state = .quoted } else { try plain(byte, at: index - 1, in: bytes, emit: emit) }
            case .unquoted:
                try plain(byte, at: index - 1, in: bytes, emit: emit)
            case .quoted:
                break  // handled above
            case .quoteInQuoted:
                if byte == UInt8(ascii: "\"") {
                    try append(byte, from: bytes)
                    state = .quoted
                } else {
                    // The closing quote; anything but a separator or newline after it is kept
                    // as text, as spreadsheets do.
                    state = .unquoted
                    try plain(byte, at: index - 1, in: bytes, emit: emit)
                }
            case .afterCR:
                state = .fieldStart
                if byte != 0x0A {
                    if byte == UInt8(ascii: "\"") { state = .quoted } else { try plain(byte, at: index - 1, in: bytes, emit: emit) }
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
    /// memchr: notes are the longest fields, and rarely hold a newline.
    private mutating func endOfQuotedRun(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return start }
        let end = memchr(base + start, Int32(UInt8(ascii: "\"")), bytes.count - start).map { UnsafeRawPointer($0) - base } ?? bytes.count
        var next = start
        while next < end, let newline = memchr(base + next, 0x0A, end - next) {
            line += 1
            next = UnsafeRawPointer(newline) - base + 1
        }
        return end
    }

    mutating func finish(emit: (Record) throws -> Void) throws {
        switch state {
        case .quoted: throw Problem.unclosedQuote(line: recordLine)
        case .fieldStart where fields.isEmpty && field.isEmpty, .afterCR: return
        default: try endRecord(in: UnsafeRawBufferPointer(start: nil, count: 0), emit: emit)
        }
    }

    /// `byte`, at `position` in `bytes`, outside quotes.
    private mutating func plain(_ byte: UInt8, at position: Int, in bytes: UnsafeRawBufferPointer, emit: (Record) throws -> Void) throws {
        switch byte {
        case separator:
            try endField(in: bytes)
            state = .fieldStart
        case 0x0A:
            try endRecord(in: bytes, emit: emit)
            line += 1
            recordLine = line
            state = .fieldStart
        case 0x0D:
            try endRecord(in: bytes, emit: emit)
            line += 1
            recordLine = line
            state = .afterCR
        default:
            try append(bytes, position..<position + 1)
            state = .unquoted
        }
    }

    private var fieldLength: Int { field.count + (pending?.count ?? 0) }

    /// A byte that is not where the input has it (the quote of a doubled quote).
    private mutating func append(_ byte: UInt8, from bytes: UnsafeRawBufferPointer) throws {
        guard fieldLength < Self.maxFieldBytes else { throw Problem.fieldTooLong(line: recordLine) }
        keepPending(bytes)
        field.append(byte)
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws {
        guard fieldLength + range.count <= Self.maxFieldBytes else { throw Problem.fieldTooLong(line: recordLine) }
        if field.isEmpty {
            // Left where it is while the field runs on without a gap.
            if let start = pending?.lowerBound, pending?.upperBound == range.lowerBound {
                pending = start..<range.upperBound
                return
            }
            if pending == nil {
                pending = range
                return
            }
        }
        keepPending(bytes)
        field.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[range]))
    }

    /// Copies the bytes left in `bytes` into `field`: the chunk is about to go, or the field
    /// to have a gap.
    private mutating func keepPending(_ bytes: UnsafeRawBufferPointer) {
        guard let range = pending else { return }
        field.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[range]))
        pending = nil
    }

    private mutating func endField(in bytes: UnsafeRawBufferPointer) throws {
        guard fields.count < Self.maxFields else { throw Problem.tooManyFields(line: recordLine) }
        if let range = pending {
            fields.append(try decode(UnsafeRawBufferPointer(rebasing: bytes[range])))
            pending = nil
        } else {
            fields.append(try field.withUnsafeBytes { try decode($0) })
            field.removeAll(keepingCapacity: true)
        }
    }

    private mutating func endRecord(in bytes: UnsafeRawBufferPointer, emit: (Record) throws -> Void) throws {
        try endField(in: bytes)
        defer { fields.removeAll(keepingCapacity: true) }
        if fields.count == 1, fields[0].isEmpty { return }  // blank row
        try emit(Record(fields: fields, line: recordLine))
    }

    private mutating func decode(_ bytes: UnsafeRawBufferPointer) throws -> String {
        if let start = bytes.baseAddress, memchr(start, 0, bytes.count) != nil { throw Problem.nulByte(line: recordLine) }
        if usedWindows1252 { return Windows1252.decode(bytes) }
        let utf8 = bytes.assumingMemoryBound(to: UInt8.self)
        if Self.isASCII(bytes) { return String(decoding: utf8, as: UTF8.self) }
        if let text = Self.validUTF8(utf8) {
            sawNonASCII = true
            return text
        }
        guard !sawNonASCII else { throw Problem.invalidUTF8(line: recordLine) }
        usedWindows1252 = true
        return Windows1252.decode(bytes)
    }

    /// Eight bytes at a time: most fields are ASCII, and ASCII needs no other check.
    private static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var bits: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            bits |= bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            bits |= UInt64(bytes[index])
            index += 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }
}

extension CSVReader {
    /// The text when the bytes are valid UTF-8, else nil. `String(decoding:)` repairs invalid
    /// bytes, so getting the same bytes back means there was nothing to repair; it is about
    /// twice as fast as `String(validating:)`, which goes through a generic decoder.
    static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
        var text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.count == bytes.count else { return nil }
        let same = text.withUTF8 { decoded in memcmp(decoded.baseAddress!, base, bytes.count) == 0 }
        return same ? text : nil
    }
}

/// Windows-1252, the encoding Excel on Windows saves CSV in.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decode<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
