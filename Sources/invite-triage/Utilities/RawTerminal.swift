import Foundation

/// The terminal in raw mode on the alternate screen, restored on every way out: normal
/// return, an error, Ctrl-C (read as a key), SIGTERM, SIGHUP and SIGINT.
enum RawTerminal {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var active = false
    /// Set by SIGWINCH: the screen must be drawn again at the new size.
    nonisolated(unsafe) static var resized: sig_atomic_t = 0

    static func enter() {
        guard !active, tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 0
            bytes[Int(VTIME)] = 1
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        active = true
        write("\u{1B}[?1049h\u{1B}[?25l")
        for signalNumber in [SIGTERM, SIGHUP, SIGINT] {
            signal(signalNumber) { number in
                RawTerminal.leave()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        signal(SIGWINCH) { _ in RawTerminal.resized = 1 }
        atexit { RawTerminal.leave() }
    }

    static func leave() {
        guard active else { return }
        active = false
        write("\u{1B}[?25h\u{1B}[?1049l")
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
    }

    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    static var size: (width: Int, height: Int) {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        return (80, 24)
    }

    static func draw(_ lines: [String]) {
        write("\u{1B}[H\u{1B}[2J" + lines.joined(separator: "\r\n"))
    }

    enum Key: Equatable {
        case character(Character)
        case up, down, left, right, enter, backspace, escape, interrupt, endOfInput
    }

    /// The next key; nil when none came within a tenth of a second (so resizes are noticed).
    static func readKey() -> Key? {
        var byte: UInt8 = 0
        let count = read(STDIN_FILENO, &byte, 1)
        if count == 0 { return nil }
        if count < 0 { return errno == EINTR || errno == EAGAIN ? nil : .endOfInput }
        switch byte {
        case 0x03, 0x04: return .interrupt
        case 0x0D, 0x0A: return .enter
        case 0x7F, 0x08: return .backspace
        case 0x1B:
            var sequence = [UInt8](repeating: 0, count: 2)
            guard read(STDIN_FILENO, &sequence, 2) == 2, sequence[0] == UInt8(ascii: "[") else { return .escape }
            switch sequence[1] {
            case UInt8(ascii: "A"): return .up
            case UInt8(ascii: "B"): return .down
            case UInt8(ascii: "C"): return .right
            case UInt8(ascii: "D"): return .left
            default: return .escape
            }
        default:
            guard byte >= 0x20 else { return nil }
            // One UTF-8 character: read its continuation bytes.
            var bytes = [byte]
            let extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
            for _ in 0..<extra {
                var next: UInt8 = 0
                if read(STDIN_FILENO, &next, 1) == 1 { bytes.append(next) }
            }
            return String(bytes: bytes, encoding: .utf8)?.first.map(Key.character)
        }
    }
}
