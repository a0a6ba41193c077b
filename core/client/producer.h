#pragma once
// Producer: the client that publishes. Records accumulate per partition in
// a batch builder (linger, batch size), are partitioned by key hash (or
// round-robin for null keys, or explicitly), and are sent to the partition
// leader with acks 0, 1 or all. Failed or timed-out sends are retried with
// backoff; a retry after a lost acknowledgement is how duplicates appear
// under at-least-once. At most maxInFlight requests per partition are
// outstanding (1 keeps order across retries).
//
// An Actor on the client's host; the application calls send() directly on
// the loop thread (it is the client library, not another actor).

#include "cluster/clusterconfig.h"
#include "metrics/histogram.h"
#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <deque>
#include <map>
#include <span>
#include <unordered_map>

namespace bb {

enum class Partitioner { KeyHash, RoundRobin };

struct ProducerConfig {
    Acks acks = Acks::All;
    int retries = 1 << 30;
    Micros retryBackoff = 100 * kMillisecond;
    Micros requestTimeout = 2 * kSecond;
    Micros deliveryTimeout = 30 * kSecond;
    int batchRecords = 100;
    std::int64_t batchBytes = 16 * 1024;
    Micros linger = 5 * kMillisecond;
    int maxInFlight = 1;
    int maxQueuedBatches = 256; // per partition; beyond it send() refuses (buffer.memory)
    Partitioner partitioner = Partitioner::KeyHash;
};

class ProducerListener {
public:
    virtual ~ProducerListener() = default;
    virtual void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros createdAt) = 0;
    virtual void onFailed(TopicPartition tp, const RecordBatch &batch, const Error &error) = 0;
};

struct ProducerStats {
    std::int64_t recordsSent = 0;   // accepted by send()
    std::int64_t recordsAcked = 0;
    std::int64_t recordsFailed = 0;
    std::int64_t batchesAcked = 0;
    std::int64_t requests = 0;
    std::int64_t retries = 0;
    std::int64_t refused = 0;       // send() refused: no metadata or queue full
    LatencyHistogram latency;       // batch creation to acknowledgement
};

class Producer final : public Actor {
public:
    Producer(ActorId self, EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap,
             ProducerConfig config, ProducerListener *listener);

    void start();
    ActorId address() const { return m_self; }
    const ProducerConfig &config() const { return m_config; }
    bool hasMetadata() const { return !m_topics.empty(); }
    int partitionCount(TopicId topic) const;
    Result<TopicId> topicId(const QString &name) const;

    // The partition a keyed record goes to under Partitioner::KeyHash.
    static int partitionForKey(QByteArrayView key, int partitions);

    // partition < 0: chosen by the partitioner.
    Error send(TopicId topic, QByteArrayView key, QByteArrayView value, Micros timestamp,
               std::span<const RecordHeader> headers = {}, int partition = -1);
    // Seals every open batch now (linger elapsed for all).
    void flush();
    std::int64_t pendingBatches() const;

    const ProducerStats &stats() const { return m_stats; }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    enum class State { Queued, InFlight };
    struct Pending {
        RecordBatch batch;
        State state = State::Queued;
        std::int64_t correlation = 0;
        Micros createdAt = 0;
        Micros sentAt = 0;
        Micros retryAt = 0;
        int attempts = 0;
    };
    struct PartitionQueue {
        explicit PartitionQueue(qsizetype reserve) : builder(reserve) {}
        RecordBatchBuilder builder;
        Micros openedAt = 0;
        std::deque<Pending> queue;
        int inFlight = 0;
    };

    void handle(ActorId from, const ProduceResponse &m);
    void handle(ActorId from, const MetadataResponse &m);
    PartitionQueue &queueFor(TopicPartition tp);
    void seal(TopicPartition tp, PartitionQueue &q);
    void close(PartitionQueue &q);
    void drain(TopicPartition tp, PartitionQueue &q);
    void requestMetadata();
    void fail(TopicPartition tp, PartitionQueue &q, std::size_t index, const Error &error);
    void tick();

    ActorId m_self;
    EventLoop &m_loop;
    Transport &m_transport;
    std::vector<ActorId> m_bootstrap;
    ProducerConfig m_config;
    ProducerListener *m_listener;

    std::map<TopicId, TopicMeta> m_topics;
    std::unordered_map<TopicPartition, NodeId> m_leaders;
    std::unordered_map<TopicPartition, PartitionQueue> m_queues;
    TopicPartition m_lastTp;
    PartitionQueue *m_lastQueue = nullptr;
    std::int64_t m_nextCorrelation = 1;
    std::int64_t m_metadataCorrelation = 0;
    Micros m_metadataSentAt = -1;
    Micros m_metadataFetchedAt = -1;
    std::size_t m_bootstrapIndex = 0;
    std::uint32_t m_roundRobin = 0;
    bool m_ticking = false;
    ProducerStats m_stats;
};

} // namespace bb
