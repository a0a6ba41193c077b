#include "interrupt.h"

namespace bbcli {
namespace {

std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void onStopSignal(int)
{
    // Only this is safe in a handler; the work notices within a tick.
    g_stop.store(true);
}

} // namespace

StopOnSignals::StopOnSignals()
{
    g_stop.store(false);
    const int signals[] = {SIGINT, SIGTERM};
    for (int i = 0; i < 2; ++i) {
        Previous &p = m_previous[i];
        p.signal = signals[i];
        // A command started in the background by a script ignores SIGINT
        // (the shell's doing, so that Ctrl-C reaches only the foreground):
        // keep it so.
        sigaction(p.signal, nullptr, &p.action);
        if (p.action.sa_handler == SIG_IGN)
            continue;
        struct sigaction action {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        p.installed = sigaction(p.signal, &action, &p.action) == 0;
    }
}

StopOnSignals::~StopOnSignals()
{
    for (const Previous &p : m_previous)
        if (p.installed)
            sigaction(p.signal, &p.action, nullptr);
}

const std::atomic<bool> &StopOnSignals::flag() { return g_stop; }

} // namespace bbcli
