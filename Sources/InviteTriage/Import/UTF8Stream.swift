import Foundation

/// Turns an input's raw bytes into UTF-8: drops a UTF-8 byte-order mark and transcodes UTF-16
/// (recognised by its mark) as it streams. Other bytes pass through; the CSV reader falls back
/// to Windows-1252 where they are not UTF-8.
struct UTF8Stream {
    enum Encoding { case utf8, utf16LittleEndian, utf16BigEndian }

    private(set) var encoding: Encoding?
    private var pending: [UInt8] = []
    private var highSurrogate: UInt16?

    /// Feeds raw bytes; calls `emit` with UTF-8 bytes.
    mutating func feed(_ chunk: Data, emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        var bytes = chunk
        if encoding == nil {
            pending.append(contentsOf: bytes)
            guard pending.count >= 3 else { return }
            bytes = Data(pending)
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
            } else {
                encoding = .utf8
            }
        }
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
            let rest = Data(pending)
            pending.removeAll()
            encoding = .utf8
            try rest.withUnsafeBytes(emit)
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
