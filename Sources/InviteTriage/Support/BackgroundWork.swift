import Foundation

/// Work started on another thread now and waited for later, so that the caller's thread reads
/// or writes meanwhile. The work, and what it captured, is released before `result()`
/// returns: a value it was given a copy of can then change without being copied.
final class BackgroundWork<Output: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Set here, cleared by the work when it ends; `output` is written by the work only and
    // read after `done` is waited for.
    private var work: (@Sendable () -> Output)?
    private var output: Output?

    init(_ work: @escaping @Sendable () -> Output) {
        self.work = work
        DispatchQueue.global().async(group: done) {
            self.output = self.work?()
            self.work = nil
        }
    }

    /// Whether `result()` would return without waiting.
    var isFinished: Bool { done.wait(timeout: .now()) == .success }

    /// Waits for the work to end.
    func wait() {
        done.wait()
    }

    /// The output, handed over: kept here too, a large value would be copied at its first
    /// change. `result()` must not be asked after.
    func takeResult() -> Output {
        done.wait()
        defer { output = nil }
        return output.unsafelyUnwrapped
    }

    func result() -> Output {
        done.wait()
        return output.unsafelyUnwrapped
    }
}
