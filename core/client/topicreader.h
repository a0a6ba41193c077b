#pragma once
// TopicReader: reads every partition of one topic (or a chosen subset) with
// raw FetchRequests to the partition leaders, up to the high watermark, the
// way a consumer does without a group: metadata from any node, a long-poll
// fetch loop per partition, leader changes followed through NotLeader and
// FencedLeaderEpoch answers, and lost requests resent after a timeout.
// Positions live only in memory (no commits).
//
// Not an actor: a library piece inside one (the queue coordinator, a
// requester, a responder). The owner passes it the messages it receives and
// calls tick() from its timer; requests go out under the owner's address with
// correlations from the reader's own range, so several readers can share one
// owner. Runs on the owner's event loop thread.

#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <functional>
#include <map>

namespace bb {

struct TopicReaderConfig {
    Micros maxWait = 100 * kMillisecond;     // long poll at the leader
    Micros requestTimeout = 1 * kSecond;     // resend a fetch or metadata request that got no answer
    Micros retryBackoff = 50 * kMillisecond; // after an error
    std::int64_t maxBytes = 1 << 20;
};

class TopicReader {
public:
    // Called once per data record in offset order within a partition
    // (transaction markers are skipped). `batch` keeps the record's bytes alive.
    using RecordHandler = std::function<void(TopicPartition, Offset, const RecordView &, const RecordBatch &)>;
    // Asked before each fetch: false holds the partition back (flow control);
    // tick() asks again.
    using Gate = std::function<bool(TopicPartition, Offset next)>;

    // `correlationBase` separates this reader's requests from the owner's
    // other readers; use a distinct multiple of 2^32 per reader.
    TopicReader(ActorId self, EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap,
                QString topic, std::int64_t correlationBase, TopicReaderConfig config = {});

    void setRecordHandler(RecordHandler handler) { m_handler = std::move(handler); }
    void setGate(Gate gate) { m_gate = std::move(gate); }
    // Where to start a partition (before it is discovered); the default is
    // the earliest offset. Offsets below the log start jump to it.
    void setStartOffset(int partition, Offset offset) { m_startOffsets[partition] = offset; }
    // Reads only these partitions (before start()); empty: all of them.
    void setPartitions(std::vector<int> partitions) { m_only = std::move(partitions); }

    void start();
    // True if `message` answered one of this reader's requests (it is consumed).
    bool handle(Message &message);
    // Retries, timeouts and gated partitions; the owner calls it every few ms.
    void tick();

    const QString &topic() const { return m_topic; }
    bool knowsTopic() const { return m_topicId.value >= 0; }
    TopicId topicId() const { return m_topicId; }
    int partitionCount() const { return m_partitionCount; }
    std::vector<TopicPartition> partitions() const;
    // Next offset to read; Offset(-1) if the partition is not known yet.
    Offset position(TopicPartition tp) const;
    // From the last answer; Offset(-1) before the first one.
    Offset highWatermark(TopicPartition tp) const;
    // Records below the high watermark not read yet, over all partitions.
    std::int64_t unread() const;
    std::int64_t fetches() const { return m_fetches; }

private:
    struct Part {
        TopicPartition tp;
        NodeId leader = kNoNode;
        Epoch leaderEpoch = kNoEpoch;
        Offset next;
        Offset hw{-1};
        bool inFlight = false;
        std::int64_t correlation = 0;
        Micros sentAt = 0;
        Micros retryAt = 0;
    };

    void handleMetadata(const MetadataResponse &m);
    void handleFetch(Part &p, FetchResponse &m);
    void requestMetadata();
    void maybeFetch(Part &p);
    bool wanted(int partition) const;

    ActorId m_self;
    EventLoop &m_loop;
    Transport &m_transport;
    std::vector<ActorId> m_bootstrap;
    QString m_topic;
    TopicReaderConfig m_config;
    RecordHandler m_handler;
    Gate m_gate;
    std::map<int, Offset> m_startOffsets;
    std::vector<int> m_only;

    TopicId m_topicId{-1};
    int m_partitionCount = 0;
    std::map<TopicPartition, Part> m_parts;
    std::int64_t m_nextCorrelation;
    std::int64_t m_metadataCorrelation = -1;
    Micros m_metadataSentAt = -1;
    Micros m_metadataRetryAt = 0;
    std::size_t m_bootstrapIndex = 0;
    std::int64_t m_fetches = 0;
    bool m_started = false;
};

// The value of the first header named `key` (empty, not null, for a header
// without a value); a null view if the record has no such header.
QByteArrayView recordHeader(const RecordView &record, QByteArrayView key);

} // namespace bb
