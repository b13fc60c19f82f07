import CSystem
import Foundation
import Testing
@testable import InviteTriage

/// `parallelMap` keeps the order of its input, and behind a writer its workers run lowered.
@Suite struct ParallelMapTests {
    @Test func resultsComeInTheOrderOfTheInput() {
        let input = Array(0..<10_000)
        #expect(input.parallelMap { $0 * 3 } == input.map { $0 * 3 })
        // In the background: the calling thread runs an iteration, and this one runs other tests
        // after (processes they start would inherit a lowered priority).
        #expect(BackgroundWork { input.parallelMap(behindWriter: true) { $0 * 3 } }.takeResult() == input.map { $0 * 3 })
        #expect([Int]().parallelMap { $0 }.isEmpty)
    }

    #if os(Linux)
    /// Threads of the shared pool lowered by an earlier test stay lowered (this test's own
    /// thread may be one), so what is checked is the workers' level, not a difference.
    @Test func workersBehindAWriterYieldTheirCore() {
        // Judged in the background, as the rescore does, so this thread is not a worker.
        let work = BackgroundWork { Array(0..<2_000).parallelMap(behindWriter: true) { _ in csystem_thread_niceness() } }
        let niceness = work.takeResult()
        #expect(niceness.allSatisfy { $0 >= ThreadPriority.niceness }, "every worker is lowered: \(Set(niceness))")
    }

    /// A thread already below the lowered level (a process started under `nice -n 10`) stays there.
    @Test func loweringNeverRaisesAThreadsPriority() {
        final class Seen: @unchecked Sendable { var niceness: Int32 = -100 }
        let seen = Seen()
        let thread = BackgroundThread {  // a thread of its own, gone after
            csystem_lower_thread_priority(ThreadPriority.niceness + 5)
            ThreadPriority.lowerCurrentThread()
            seen.niceness = csystem_thread_niceness()
        }
        thread.join()
        #expect(seen.niceness == ThreadPriority.niceness + 5)
    }
    #endif
}
