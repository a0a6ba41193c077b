#pragma once
// What a harness does when a property of a loader breaks: say which and
// abort, which libFuzzer records as a crash (and the replay driver as a
// failing test). Not assert(): it must hold in release builds too.
#include <cstdio>
#include <cstdlib>

#define BB_FUZZ_CHECK(condition, what)                                                         \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "fuzz property broken: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)
