#pragma once
// Consumer::Impl: the consumer's state, private to the client library.
// consumer.cpp holds the fetch path (metadata, positions, fetch, buffer,
// delivery) and the public API; consumergroup.cpp the group membership
// (join, sync, heartbeat, commits). Lives on the cluster's loop thread.

#include "client/consumer.h"

#include <set>
#include <unordered_map>

namespace bb {

struct Consumer::Impl {
    // Undelivered records of one fetched batch: offsets [from, to).
    struct Chunk {
        LogEntry entry;
        Offset from;
        Offset to;
        int remaining = 0;
    };
    // How a partition's start position is being found.
    enum class Start { Committed, Reset, Timestamp, Ready };
    struct Part {
        TopicPartition tp;
        Start start = Start::Committed;
        Offset position{-1};      // next offset to deliver
        Offset fetchPosition{-1}; // next offset to fetch (past what is buffered)
        Offset hw{-1};
        Offset lastStable{-1};
        Offset autoCommitted{-1}; // last position the auto-commit sent
        Micros seekTimestamp = 0;
        bool paused = false;
        bool fetchInFlight = false;
        std::int64_t fetchCorrelation = 0;
        Micros fetchSentAt = 0;
        std::int64_t listCorrelation = 0;
        Micros listSentAt = -1;
        Micros retryAt = 0;
        std::vector<Chunk> chunks; // delivered from `head`; cleared (capacity kept) when drained
        std::size_t head = 0;
    };
    struct Leader {
        NodeId node = kNoNode;
        Epoch epoch = kNoEpoch;
    };
    enum class Phase { Standalone, NeedJoin, Joining, Syncing, Stable, Closed };
    struct PendingCommit {
        std::int64_t correlation = 0;
        Micros sentAt = 0;
        std::int32_t generation = -1;
        std::vector<PartitionOffset> offsets;
    };

    Impl(Consumer &q, EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap, ConsumerListener *listener);

    Consumer &q;
    EventLoop &loop;
    Transport &transport;
    std::vector<ActorId> bootstrap;
    ConsumerListener *listener;
    const ConsumerConfig &config() const { return q.m_config; }
    bool readCommitted() const { return q.m_config.isolation == Isolation::ReadCommitted; }
    bool cooperative() const { return q.m_config.assignor == QLatin1String("cooperative-sticky"); }
    template <typename T>
    void send(ActorId to, T message) { transport.send(q.m_self, to, Message(std::move(message))); }

    // Metadata.
    std::map<TopicId, TopicMeta> topics;
    std::unordered_map<TopicPartition, Leader> leaders;
    std::int64_t metadataCorrelation = 0;
    Micros metadataSentAt = -1;
    Micros metadataFetchedAt = -1;
    bool metadataWanted = false; // asked for within the backoff: the tick sends it
    std::size_t bootstrapIndex = 0;

    // Assigned partitions, in partition order (deterministic iteration).
    std::map<TopicPartition, Part> parts;
    std::map<TopicPartition, Offset> committed;
    int buffered = 0;
    std::size_t fetchCursor = 0;
    std::size_t pollCursor = 0;
    std::int64_t offsetFetchCorrelation = 0;
    Micros offsetFetchSentAt = -1;
    std::vector<AbortedTransaction> abortedScratch;
    std::vector<ProducerId> activeAborted;
    std::vector<ConsumedRecord> pushScratch;
    bool delivering = false;

    // Group membership.
    Phase phase = Phase::Standalone;
    QStringList subscription;
    QString memberId;
    std::int32_t generation = -1;
    QString leaderId;
    std::int64_t joinCorrelation = 0;
    Micros joinSentAt = 0;
    std::int64_t syncCorrelation = 0;
    Micros syncSentAt = 0;
    std::int64_t heartbeatCorrelation = 0;
    std::int32_t heartbeatGeneration = -1;
    Micros heartbeatSentAt = -1;
    Micros rejoinAt = 0;
    bool followUp = false;                 // the assignor held partitions back: rejoin after the sync
    std::map<TopicId, int> joinedTopics;   // subscribed topics and partition counts at the last join
    std::vector<PendingCommit> commits;
    Micros lastAutoCommit = 0;

    bool started = false;
    std::int64_t nextCorrelation = 1;
    ConsumerStats stats;

    std::int64_t correlation() { return nextCorrelation++; }

    // consumer.cpp: metadata, positions, fetching, buffering, delivery.
    void tick();
    void pump();
    void requestMetadata();
    void handle(const MetadataResponse &m);
    void handle(FetchResponse &m);
    void handle(const ListOffsetsResponse &m);
    void handle(const OffsetFetchResponse &m);
    Part *part(TopicPartition tp);
    Part &addPart(TopicPartition tp, Start start);
    void dropPart(TopicPartition tp);
    void clearBuffer(Part &p);
    void setPosition(Part &p, Offset offset);
    void syncPosition(Part &p);
    void leaderLost(TopicPartition tp);
    // Kafka's "last seen leader epoch": metadata older than it is ignored.
    void seeLeaderEpoch(TopicPartition tp, Epoch epoch);
    void sendFetch(Part &p);
    void sendListOffsets(Part &p);
    void requestCommitted();
    void buffer(Part &p, FetchResponse &m);
    int take(Part &p, std::vector<ConsumedRecord> &out, int max);
    int collect(std::vector<ConsumedRecord> &out, int max);
    void deliverPush();
    std::vector<TopicPartition> assigned() const;

    // consumergroup.cpp: join, sync, heartbeat, leave, commits.
    bool groupMode() const { return phase != Phase::Standalone; }
    std::vector<TopicId> resolvedTopics() const;
    void groupTick();
    void rejoin();
    void sendJoin();
    void losePartitions();
    void revoke(const std::vector<TopicPartition> &tps);
    void applyAssignment(std::vector<TopicPartition> assignment);
    void checkSubscriptionChange();
    void handle(const JoinGroupResponse &m);
    void handle(const SyncGroupResponse &m);
    void handle(const HeartbeatResponse &m);
    void handle(const OffsetCommitResponse &m);
    void handle(const LeaveGroupResponse &) {}
    void sendCommit(std::vector<PartitionOffset> offsets);
    void commitFailed(const PendingCommit &c, Errc error);
    void autoCommit();
    void leave();
};

} // namespace bb
