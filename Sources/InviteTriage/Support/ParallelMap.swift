import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `transform` of every element, spread over the processor's cores; results in order.
    /// Worth it only where each call does real work (a note analysed, an invitation judged).
    /// `behindWriter`: called from a background thread (never the writer's: it runs one of
    /// the iterations) while another thread writes what an earlier call produced. Its
    /// workers then yield their core to that thread, which waited for one a fifth of the time
    /// and held every other thread up. A worker thread of the shared pool stays lowered, and
    /// so does later work that lands on it (it runs as fast, but yields to unlowered threads).
    func parallelMap<T: Sendable>(behindWriter: Bool = false, _ transform: @Sendable (Element) -> T) -> [T] {
        guard !isEmpty else { return [] }
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / 32 + 1))
        // Workers take a few elements at a time from a shared count, not fixed shares: the
        // writing thread pre-empts one worker or another, and with fixed shares the others
        // waited for the one pre-empted at the end of every page.
        let taken = Atomic<Int>(0)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each index is initialised by the one worker that took it.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                if behindWriter { ThreadPriority.lowerCurrentThread() }
                while true {
                    let start = taken.add(Self.parallelStep, ordering: .relaxed).oldValue
                    guard start < count else { return }
                    for index in start..<Swift.min(start + Self.parallelStep, count) {
                        (output.baseAddress.unsafelyUnwrapped + index).initialize(to: transform(self[index]))
                    }
                }
            }
            initialized = count
        }
    }

    /// Elements a worker takes at once: the count is touched once per this many.
    private static var parallelStep: Int { 8 }
}
