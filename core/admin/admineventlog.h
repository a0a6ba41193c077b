#pragma once
// The event log as the admin API serves it: every cluster event the
// snapshots carried, numbered from 1 in arrival order across restarts, the
// most recent kCapacity kept. A client polls with "after the last number I
// saw" and learns if it fell so far behind that events were dropped.

#include "broker/clusterobserver.h"

#include <QJsonObject>

#include <cstdint>
#include <deque>
#include <vector>

namespace bb::admin {

class AdminEventLog {
public:
    static constexpr std::size_t kCapacity = 20000;

    void append(const std::vector<ClusterEvent> &events, std::uint64_t run);
    // {"events": [...], "next": N, "dropped": M}: events numbered above
    // `after`, at most `limit`; "next" is the number to ask after next time.
    QJsonObject page(std::uint64_t after, int limit) const;
    std::uint64_t last() const { return m_first + m_events.size() - 1; }

private:
    struct Entry {
        ClusterEvent event;
        std::uint64_t run;
    };
    std::deque<Entry> m_events;
    std::uint64_t m_first = 1; // the number of m_events.front()
};

} // namespace bb::admin
