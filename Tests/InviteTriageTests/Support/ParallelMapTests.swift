import CSystem
import Foundation
import Testing
@testable import InviteTriage

/// `parallelMap` keeps the order of its input, and behind a writer its workers run below the
/// caller's priority while the calling thread keeps its own.
@Suite struct ParallelMapTests {
    @Test func resultsComeInTheOrderOfTheInput() {
        let input = Array(0..<10_000)
        #expect(input.parallelMap { $0 * 3 } == input.map { $0 * 3 })
        #expect(input.parallelMap(behindWriter: true) { $0 * 3 } == input.map { $0 * 3 })
        #expect([Int]().parallelMap { $0 }.isEmpty)
    }

    #if os(Linux)
    /// Threads of the shared pool lowered by an earlier test stay lowered (this test's own
    /// thread may be one), so what is checked is the workers' level, not a difference.
    @Test func workersBehindAWriterYieldTheirCoreButTheWriterDoesNot() {
        let writerNiceness = csystem_thread_niceness()
        // Judged in the background, as the rescore does, so the writer's thread is not a worker.
        let work = BackgroundWork { Array(0..<2_000).parallelMap(behindWriter: true) { _ in csystem_thread_niceness() } }
        let niceness = work.takeResult()
        #expect(niceness.allSatisfy { $0 >= ThreadPriority.niceness }, "every worker is lowered: \(Set(niceness))")
        #expect(csystem_thread_niceness() == writerNiceness, "the writer keeps its priority")
    }
    #endif
}
