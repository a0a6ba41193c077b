#pragma once
// Running a simulation to a virtual time in slices, so that a caller on the
// same thread can show progress and stop it part way: the command line's
// progress line and Ctrl-C. Between slices nothing is scheduled, and
// EventLoop::runUntil runs every event due by its target and nothing else,
// so any split of a run processes the same events in the same order (the
// trace hash does not change). The checks happen per slice, never per event.

#include "model/ids.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace bb {

class EventLoop;

struct RunProgress {
    Micros done = 0;  // virtual time run so far
    Micros total = 0; // virtual time asked for
    std::uint64_t events = 0; // processed by the loop so far
};

struct RunControl {
    // Set (from a signal handler, say) to stop at the end of the slice in progress.
    const std::atomic<bool> *stop = nullptr;
    // Called about every 100 ms of wall time, and once at the end (whether
    // the run reached it or stopped).
    std::function<void(const RunProgress &)> progress;
};

// Runs `loop` to virtual time `end`; progress counts from `origin`. Returns
// false when control.stop ended it early. Without a stop flag or a
// progress callback it is one runUntil(end).
bool runInSlices(EventLoop &loop, Micros origin, Micros end, const RunControl &control);

} // namespace bb
