#pragma once
// A progress line on standard error, only when it is a terminal (logs and
// pipes stay clean): redrawn in place (\r) at most every 250 ms, and erased
// before anything else is printed, so a report never runs into it.

#include <QString>

#include <chrono>

namespace bbcli {

class ProgressLine {
public:
    // Looks at the terminal and starts the wall clock.
    void start();
    bool terminal() const { return m_terminal; }
    // Standard output goes to the same terminal: erase before printing to it.
    bool sharedTerminal() const { return m_sharedTerminal; }
    // Wall seconds since start().
    double seconds() const;
    // Whether to draw now: on a terminal, at the first call and then every
    // 250 ms (always when `force`).
    bool due(bool force = false);
    void draw(const QString &text);
    void clear();

private:
    bool m_terminal = false;
    bool m_sharedTerminal = false;
    bool m_showing = false; // a line is on the terminal
    bool m_drawn = false;   // due() said yes once
    std::chrono::steady_clock::time_point m_start, m_lastShown;
};

// A wall time for people: "4.2 s", "35 s", "12 min", "2 h 5 min".
QString humanDuration(double seconds);

} // namespace bbcli
