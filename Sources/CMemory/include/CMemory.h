#ifndef CMEMORY_H
#define CMEMORY_H

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

/// Gives memory freed in every malloc arena back to the system (glibc's malloc_trim); a no-op elsewhere.
static inline void cmemory_release_freed(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

#endif
