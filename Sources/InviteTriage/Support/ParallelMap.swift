import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, spread over the processor's cores; results in order.
    /// Worth it only where each call does real work (a note analysed, an invitation judged).
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard !isEmpty else { return [] }
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / 32 + 1))
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each worker initialises its own indices only.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < count {
                    (output.baseAddress.unsafelyUnwrapped + index).initialize(to: transform(self[index]))
                    index += workers
                }
            }
            initialized = count
        }
    }
}
