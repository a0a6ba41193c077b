#pragma once
// SnapshotBuilder: reads a Cluster (never changes it) and turns it into a
// ClusterSnapshot. Between snapshots it keeps what a single look cannot
// give: rate meters, the metric rings sampled on virtual time, the previous
// latency histograms (for windowed percentiles), the consumer groups' and
// queues' tracks (ConsumerTracker) and how many cluster events were already
// published. Owned by the Engine; lives on the engine thread.

#include "engine/consumertracker.h"
#include "engine/snapshot.h"
#include "metrics/histogram.h"
#include "topology/scenario.h"

#include <map>

namespace bb {

struct EngineStatus {
    double speed = 1;
    double achievedSpeed = 0;
    bool paused = false;
    bool flatOut = false;
    std::uint64_t run = 0;
};

class SnapshotBuilder {
public:
    static constexpr Micros kSampleInterval = 250 * kMillisecond;
    static constexpr int kSeriesCapacity = 1200; // five virtual minutes

    // Forgets everything: a new cluster (load or restart) starts at time 0.
    void reset(const Scenario &scenario);
    // Updates the rates and appends one point to every series. The engine
    // calls it every kSampleInterval of virtual time, whatever the speed.
    void sample(const Cluster &cluster);
    ClusterSnapshot build(const Cluster &cluster, const EngineStatus &status);

private:
    struct TopicTrack {
        QString name;
        std::int64_t recordsIn = 0;
        RateMeter rate;
        TimeSeries series{kSeriesCapacity};
    };
    struct ProducerTrack {
        QString name;
        LatencyHistogram previous;
        RateMeter rate;
        TimeSeries p50{kSeriesCapacity};
        TimeSeries p99{kSeriesCapacity};
    };

    void sampleTopics(const Cluster &cluster, Micros now);
    std::vector<NodeSnapshot> nodes(const Cluster &cluster) const;
    std::vector<PartitionSnapshot> partitions(const Cluster &cluster) const;
    std::vector<ProducerSnapshot> producers(const Cluster &cluster) const;
    SeriesSnapshot series() const;

    QString m_scenarioName;
    QString m_scenarioTitle;
    std::vector<QString> m_producerTopics; // by producer index, from the scenario
    std::map<NodeId, RateMeter> m_nodeRates;
    std::map<TopicId, TopicTrack> m_topics;
    std::map<TopicPartition, Offset> m_lastLeo;
    std::vector<ProducerTrack> m_producers;
    std::vector<RateMeter> m_externalRates; // acknowledged records, by ExternalProducers index
    ConsumerTracker m_consumers{kSeriesCapacity};
    std::int64_t m_publishedEvents = 0;
};

} // namespace bb
