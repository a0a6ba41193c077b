#pragma once
// ExternalProducers: what producers outside the simulation (real Kafka
// clients on the listeners) wrote into the cluster, one tally per client
// id. The Kafka gateway keeps it; snapshots read it, so external producers
// show beside the built-in ones. It knows no more than the produce requests
// and their answers tell: no retries, no latency as the client saw it.
// Part of the Cluster; single-threaded (the engine thread).

#include "model/messages.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace bb {

struct ExternalProducerTally {
    QString clientId;
    std::vector<QString> topics; // in the order first written to
    Acks acks = Acks::All;       // of its latest request
    std::int64_t sent = 0;       // records in the batches sent to the leaders
    std::int64_t acked = 0;      // records in batches a leader acknowledged (acks 1 or all)
    std::int64_t failed = 0;     // records refused, answered with an error or timed out
};

class ExternalProducers {
public:
    // The client's tally, made on first use.
    ExternalProducerTally &of(const QString &clientId)
    {
        auto it = std::find_if(m_tallies.begin(), m_tallies.end(),
                               [&](const ExternalProducerTally &t) { return t.clientId == clientId; });
        if (it != m_tallies.end())
            return *it;
        ExternalProducerTally &made = m_tallies.emplace_back();
        made.clientId = clientId;
        return made;
    }
    static void addTopic(ExternalProducerTally &t, const QString &topic)
    {
        if (std::find(t.topics.begin(), t.topics.end(), topic) == t.topics.end())
            t.topics.push_back(topic);
    }
    // In the order first seen.
    const std::vector<ExternalProducerTally> &all() const { return m_tallies; }

private:
    std::vector<ExternalProducerTally> m_tallies;
};

} // namespace bb
