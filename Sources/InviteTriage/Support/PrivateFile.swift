import Foundation

/// Writes files that hold other people's data (exports, reports) readable by the owner only.
public enum PrivateFile {
    public static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else {
            throw TriageError(.ioError, "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        fchmod(descriptor, 0o600)  // an existing file keeps no wider mode
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else { throw TriageError(.ioError, "\(path): write failed: \(String(cString: strerror(errno)))") }
            written += result
        }
    }
}
