#ifndef CSYSTEM_H
#define CSYSTEM_H

// System calls that Swift's Glibc module does not offer.

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

/// Gives memory freed in every malloc arena back to the system (glibc's malloc_trim); a no-op elsewhere.
static inline void csystem_release_freed(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

/// Lowers the calling thread's priority to `niceness` (on Linux each thread has its own),
/// never raising it (a process started under `nice -n 10` keeps 10); a no-op elsewhere. An
/// unprivileged thread cannot raise it back.
static inline void csystem_lower_thread_priority(int niceness) {
#if defined(__linux__)
    id_t thread = (id_t)syscall(SYS_gettid);
    if (getpriority(PRIO_PROCESS, thread) < niceness) setpriority(PRIO_PROCESS, thread, niceness);
#endif
}

/// The calling thread's niceness (0 where threads have none of their own).
static inline int csystem_thread_niceness(void) {
#if defined(__linux__)
    return getpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid));
#else
    return 0;
#endif
}

#endif
