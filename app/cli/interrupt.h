#pragma once
// Ctrl-C (SIGINT) and SIGTERM ask a long command (check, run, lab) to stop
// early with a partial report instead of killing it: while a StopOnSignals
// lives, either signal sets a flag the work polls. The handler is one-shot
// (SA_RESETHAND): a second signal quits at once.

#include <atomic>
#include <csignal>

namespace bbcli {

// The exit status of a command stopped by Ctrl-C (128 + SIGINT, as shells say).
constexpr int kInterruptedStatus = 130;

class StopOnSignals {
public:
    // Installs the handlers and clears the flag; a signal the process
    // ignores stays ignored.
    StopOnSignals();
    // Puts the previous handlers back.
    ~StopOnSignals();
    StopOnSignals(const StopOnSignals &) = delete;
    StopOnSignals &operator=(const StopOnSignals &) = delete;

    // Set by the handler; read from any thread.
    static const std::atomic<bool> &flag();
    static bool requested() { return flag().load(); }

private:
    struct Previous {
        int signal = 0;
        bool installed = false;
        struct sigaction action {};
    };
    Previous m_previous[2];
};

} // namespace bbcli
