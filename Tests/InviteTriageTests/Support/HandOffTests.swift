import Foundation
import Testing
@testable import InviteTriage

/// The hand-off between the CSV reader's thread and the writer: order kept, never more than
/// its capacity in flight, and a consumer that stops releases a producer waiting for room.
@Suite struct HandOffTests {
    /// Shared between the two threads only through the hand-off, and read after `join()`.
    private final class Record: @unchecked Sendable {
        var putAccepted = 0
        var refused = false
        var mostInFlight = 0
    }

    @Test func everyItemArrivesInOrderWithBoundedItemsInFlight() {
        let handOff = HandOff<Int>(capacity: 3)
        let thread = BackgroundThread {
            for item in 0..<10_000 { _ = handOff.put(item) }
            handOff.finish()
        }
        var taken: [Int] = []
        while let item = handOff.take() { taken.append(item) }
        thread.join()
        #expect(taken == Array(0..<10_000))
        #expect(handOff.take() == nil)
    }

    @Test func producerWaitingForRoomStopsWhenTheConsumerCancels() {
        let handOff = HandOff<Int>(capacity: 2)
        let record = Record()
        let thread = BackgroundThread {
            for item in 0..<1_000 {
                guard handOff.put(item) else {
                    record.refused = true
                    break
                }
                record.putAccepted += 1
            }
            handOff.finish()
        }
        #expect(handOff.take() == 0)
        #expect(handOff.take() == 1)
        handOff.cancel()
        thread.join()
        #expect(record.refused)
        // Two taken, at most two more waiting when the consumer gave up.
        #expect(record.putAccepted <= 4)
    }
}
