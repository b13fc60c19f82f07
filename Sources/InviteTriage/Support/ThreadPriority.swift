import CSystem

/// Threads whose work can wait: they yield their core to the writing thread, and to the
/// parser of the largest file, which would otherwise wait for one while every other thread
/// waits for them. Lowered for good: an unprivileged thread cannot raise itself again.
enum ThreadPriority {
    /// A third of the writer's share when both want the same core.
    static let niceness: Int32 = 5

    static func lowerCurrentThread() {
        csystem_lower_thread_priority(niceness)
    }
}
