import Foundation

/// Hands items from producing threads to one consuming thread, holding at most `capacity` of
/// them: the producers run ahead of the consumer by that much and no further, so memory stays
/// bounded whatever the input's size. With several producers, each tells its end in an item
/// of its own (`finish` is one producer's end).
final class HandOff<Item>: @unchecked Sendable {
    // Every stored property is read and written under `condition`.
    private let condition = NSCondition()
    private var items: [Item] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Waits for room; false once the consumer has cancelled (the producer should stop).
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The producer has put its last item.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for it; nil once the producer has finished and all are taken.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty, !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }

    /// The consumer stops: items waiting are dropped and `put` returns false from now on.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs `body` on a thread of its own; `join()` waits for it to end. For a producer that
/// blocks (on a full `HandOff`), where a pool thread must not be held.
final class BackgroundThread: @unchecked Sendable {
    private let ended = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread { [ended] in
            body()
            ended.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    func join() {
        ended.wait()
    }
}
