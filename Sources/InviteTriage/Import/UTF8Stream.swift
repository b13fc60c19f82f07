import Foundation

/// Turns an input's raw bytes into UTF-8: drops a UTF-8 byte-order mark and transcodes UTF-16
/// (recognised by its mark) as it streams; refuses what looks like UTF-16 without its mark.
/// Other bytes pass through; the CSV reader falls back to Windows-1252 where they are not UTF-8.
struct UTF8Stream {
    enum Encoding { case utf8, utf16LittleEndian, utf16BigEndian }

    private(set) var encoding: Encoding?
    private var pending: [UInt8] = []
    private var highSurrogate: UInt16?

    /// Bytes looked at to tell the encoding: the same ones however the input is cut.
    static let sniffedBytes = 64

    /// Feeds raw bytes; calls `emit` with UTF-8 bytes.
    mutating func feed(_ chunk: Data, emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        var bytes = chunk
        if encoding == nil {
            pending.append(contentsOf: bytes)
            guard pending.count >= Self.sniffedBytes else { return }
            bytes = try decideEncoding()
        }
        try emitConverted(bytes, emit: emit)
    }

    /// Takes the byte-order mark off the first bytes (held in `pending`) and sets `encoding`.
    private mutating func decideEncoding() throws -> Data {
        var bytes = Data(pending)
        pending.removeAll()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8
            bytes.removeFirst(3)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            bytes.removeFirst(2)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            bytes.removeFirst(2)
        } else if Self.looksLikeUTF16(bytes.prefix(Self.sniffedBytes)) {
            throw CSVReader.Problem.utf16WithoutMark
        } else {
            encoding = .utf8
        }
        return bytes
    }

    /// Mostly ASCII in UTF-16 without a mark: nearly every other byte is zero, the others not.
    /// UTF-8 text has no zero bytes but where a stranger put them.
    static func looksLikeUTF16(_ bytes: Data) -> Bool {
        let pairs = bytes.count / 2
        guard pairs >= 4 else { return false }
        let start = bytes.startIndex
        let zerosFirst = (0..<pairs).filter { bytes[start + 2 * $0] == 0 }.count
        let zerosSecond = (0..<pairs).filter { bytes[start + 2 * $0 + 1] == 0 }.count
        let most = pairs * 3 / 4, few = pairs / 8
        return (zerosSecond >= most && zerosFirst <= few) || (zerosFirst >= most && zerosSecond <= few)
    }

    private mutating func emitConverted(_ bytes: Data, emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian:
            var utf8: [UInt8] = []
            utf8.reserveCapacity(bytes.count)
            transcode(bytes, into: &utf8)
            try utf8.withUnsafeBytes(emit)
        default:
            try bytes.withUnsafeBytes(emit)
        }
    }

    mutating func finish(emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        if encoding == nil, !pending.isEmpty {
            try emitConverted(try decideEncoding(), emit: emit)
        }
    }

    private mutating func transcode(_ bytes: Data, into output: inout [UInt8]) {
        pending.append(contentsOf: bytes)
        let littleEndian = encoding == .utf16LittleEndian
        var index = 0
        while index + 1 < pending.count {
            let unit = littleEndian
                ? UInt16(pending[index]) | UInt16(pending[index + 1]) << 8
                : UInt16(pending[index]) << 8 | UInt16(pending[index + 1])
            index += 2
            var scalar: Unicode.Scalar?
            if let high = highSurrogate {
                highSurrogate = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    scalar = Unicode.Scalar(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00))
                } else {
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                }
            }
            if scalar == nil {
                if (0xD800...0xDBFF).contains(unit) { highSurrogate = unit; continue }
                scalar = Unicode.Scalar(UInt32(unit)) ?? "\u{FFFD}"
            }
            // Encoded in place: a String per scalar would cost an allocation per character.
            UTF8.encode(scalar!) { output.append($0) }
        }
        pending.removeFirst(index)
    }
}
