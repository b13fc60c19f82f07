import CSystem

enum FreedMemory {
    /// Hands memory freed by a finished phase back to the system. glibc keeps one heap per
    /// thread that allocated: what the CSV reader's thread or the digest freed stays resident,
    /// and the next phase's threads allocate beside it instead of reusing it.
    static func release() {
        csystem_release_freed()
    }
}
