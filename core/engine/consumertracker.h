#pragma once
// ConsumerTracker: the consumer side of the SnapshotBuilder's memory between
// snapshots. Every sample it folds each consumer's counters and end-to-end
// latency histogram into its group's totals (by differences, so a consumer
// that is removed takes nothing away), and appends one point per group
// (total lag, end-to-end p50/p99 over the interval, records consumed per
// second) and per queue (depth) to the series. Owned by the SnapshotBuilder;
// engine thread.

#include "engine/snapshot.h"
#include "metrics/histogram.h"

#include <map>

namespace bb {

class Cluster;

class ConsumerTracker {
public:
    explicit ConsumerTracker(int seriesCapacity) : m_capacity(seriesCapacity) {}

    void reset();
    void sample(const Cluster &cluster, Micros now);
    // Adds what the tracker knows (consumed counts and rate, latency
    // percentiles, whether only Kafka clients were ever in the group) to
    // groups read from the cluster.
    void complete(std::vector<GroupSnapshot> &groups) const;
    void fillSeries(SeriesSnapshot &series) const;

private:
    struct ConsumerTrack {
        QString group;
        std::int64_t consumed = 0;
        LatencyHistogram previous;
    };
    struct GroupTrack {
        explicit GroupTrack(int capacity) : lag(capacity), p50(capacity), p99(capacity), rate(capacity) {}
        std::int64_t consumed = 0;
        bool builtIn = false;     // a built-in consumer was a member once: consumption is seen
        LatencyHistogram latency; // since the run began
        RateMeter meter;
        TimeSeries lag;
        TimeSeries p50;
        TimeSeries p99;
        TimeSeries rate;
    };
    GroupTrack &group(const QString &id);

    int m_capacity;
    std::map<ActorId, ConsumerTrack> m_consumers;
    std::map<QString, GroupTrack> m_groups;
    std::map<QString, TimeSeries> m_queueDepth;
};

} // namespace bb
