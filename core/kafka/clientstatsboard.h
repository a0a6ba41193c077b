#pragma once
// ClientStatsBoard: where the listener thread pins up a copy of its
// connections' statistics for other threads to read. The counters
// themselves live on the listener thread and are touched by it alone, so
// the per-request path takes no lock and sends no signal; the thread
// publishes a fresh copy at most every 250 ms after a change
// (ListenerThread::statsChanged), and the lock here guards only the swap
// of one shared pointer: a reader never waits for the sockets.
// Any thread.

#include "kafka/clientstats.h"

#include <QMutex>

namespace bb::kafka {

class ClientStatsBoard {
public:
    void publish(std::vector<ClientStats> stats)
    {
        auto list = std::make_shared<const std::vector<ClientStats>>(std::move(stats));
        QMutexLocker lock(&m_mutex);
        m_latest = std::move(list);
    }
    ClientStatsList latest() const
    {
        QMutexLocker lock(&m_mutex);
        return m_latest;
    }

private:
    mutable QMutex m_mutex;
    ClientStatsList m_latest = std::make_shared<const std::vector<ClientStats>>();
};

} // namespace bb::kafka
