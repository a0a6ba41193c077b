#include "runslices.h"

#include "sim/eventloop.h"

#include <algorithm>
#include <chrono>

namespace bb {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kReportEvery = std::chrono::milliseconds(100);
// A slice's length in virtual time adapts so that it takes between these of
// wall time: short enough for a stop to be seen at once, long enough that
// the checks cost nothing next to the events.
constexpr auto kSliceAtLeast = std::chrono::milliseconds(5);
constexpr auto kSliceAtMost = std::chrono::milliseconds(40);
constexpr Micros kFirstSlice = kMillisecond;
constexpr Micros kShortestSlice = 10;
// Idle stretches grow slices, so a burst after one cannot hide in a long slice.
constexpr Micros kLongestSlice = kSecond;

} // namespace

bool runInSlices(EventLoop &loop, Micros origin, Micros end, const RunControl &control)
{
    if (!control.stop && !control.progress) {
        loop.runUntil(end);
        return true;
    }
    const auto report = [&] {
        if (control.progress)
            control.progress({loop.now() - origin, end - origin, loop.eventsProcessed()});
    };
    Micros slice = kFirstSlice;
    auto lastReport = Clock::now();
    bool stopped = false;
    while (loop.now() < end) {
        if (control.stop && control.stop->load(std::memory_order_relaxed)) {
            stopped = true;
            break;
        }
        const auto before = Clock::now();
        loop.runUntil(std::min(end, loop.now() + slice));
        const auto after = Clock::now();
        if (after - before < kSliceAtLeast)
            slice = std::min(slice * 2, kLongestSlice);
        else if (after - before > kSliceAtMost)
            slice = std::max(slice / 2, kShortestSlice);
        if (after - lastReport >= kReportEvery) {
            lastReport = after;
            report();
        }
    }
    if (!stopped)
        loop.runUntil(end); // events due at `end` when the run started there, as runUntil alone would
    report();
    return !stopped;
}

} // namespace bb
