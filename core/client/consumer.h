#pragma once
// Consumer: reads partitions, alone (assign) or in a consumer group
// (subscribe) coordinated by the GroupCoordinator: join, sync, heartbeat,
// generations; a commit from an older generation is fenced. Pull (the
// application calls poll()) or push (records are handed to the listener as
// they arrive, up to `prefetch` buffered). Offsets are committed
// automatically every autoCommitInterval or by the application. Seek to an
// offset or a timestamp (replay), pause and resume partitions.
// read_committed consumers read up to the last stable offset and skip
// records of aborted transactions. Control batches (transaction markers) are
// never handed to the application.
//
// Records stay in the fetched batches until delivered: the buffer holds
// batches and offset ranges, never one object per record, and never more
// than `prefetch` undelivered records (a fetch answer that would overflow it
// is cut mid-batch; the rest is fetched again later).
//
// An Actor on the client's host; the application calls it on the loop thread.

#include "broker/clusterconfig.h"
#include "metrics/histogram.h"
#include "model/consumermodes.h"
#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <QStringList>

#include <map>
#include <memory>
#include <span>

namespace bb {

class Consumer;

struct ConsumerConfig {
    QString clientId;                  // names the member ("<clientId>-<n>"); addConsumer() sets it
    QString groupId;                   // empty: standalone, use assign() (and no commits)
    QString assignor = QStringLiteral("range"); // "range", "roundrobin", "cooperative-sticky"
    Micros sessionTimeout = 1 * kSecond;
    Micros heartbeatInterval = 200 * kMillisecond;
    Micros rebalanceTimeout = 2 * kSecond;
    OffsetReset reset = OffsetReset::Earliest;
    CommitMode commit = CommitMode::Auto;
    Micros autoCommitInterval = 1 * kSecond;
    Isolation isolation = Isolation::ReadUncommitted;
    DeliveryMode delivery = DeliveryMode::Pull;
    int maxPollRecords = 500;
    int prefetch = 500;                // records buffered ahead (both modes)
    Micros fetchMaxWait = 100 * kMillisecond;
    std::int64_t fetchMaxBytes = 1 << 20;
    Micros requestTimeout = 2 * kSecond; // an unanswered request is sent again (commits are reported failed)
    Micros retryBackoff = 100 * kMillisecond;
};

// One consumed record. `batch` keeps the record's bytes alive (a shared
// reference, no copy).
struct ConsumedRecord {
    TopicPartition tp;
    Offset offset;
    RecordView record;
    RecordBatch batch;
};

class ConsumerListener {
public:
    virtual ~ConsumerListener() = default;
    // Push mode: records as they arrive. Pull mode: never called.
    virtual void onRecords(Consumer &, std::span<const ConsumedRecord>) {}
    virtual void onAssigned(Consumer &, const std::vector<TopicPartition> &) {}
    // Before partitions move to another member: the last chance to commit.
    virtual void onRevoked(Consumer &, const std::vector<TopicPartition> &) {}
    virtual void onCommitted(Consumer &, Errc, const std::vector<PartitionOffset> &) {}
};

struct ConsumerStats {
    std::int64_t recordsConsumed = 0;   // handed to the application
    std::int64_t fetches = 0;           // fetch requests sent
    std::int64_t rebalances = 0;        // assignments received
    std::int64_t commits = 0;           // commits the coordinator accepted
    std::int64_t commitsFenced = 0;     // IllegalGeneration / UnknownMemberId / RebalanceInProgress
    std::int64_t abortedSkipped = 0;    // read_committed: records of aborted transactions skipped
    // End-to-end latency of every record handed to the application: its
    // delivery time minus its timestamp (the producer's creation time).
    LatencyHistogram endToEnd;
};

class Consumer final : public Actor {
public:
    Consumer(ActorId self, EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap,
             ConsumerConfig config, ConsumerListener *listener);
    ~Consumer() override;

    ActorId address() const { return m_self; }
    const ConsumerConfig &config() const { return m_config; }

    // Group mode (needs a groupId). May be called before or after start().
    void subscribe(const QStringList &topics);
    // Standalone mode: these partitions, no group. Start positions are the
    // group's committed offsets if a groupId is set, else the reset policy.
    void assign(const std::vector<TopicPartition> &partitions);
    // Idempotent; Cluster::addConsumer() calls it.
    void start();
    // Leaves the group (a clean shutdown); a crash is simply never calling it.
    // Auto-commit mode commits the positions first.
    void close();
    // The application is gone (its goodbye may still be on the way): no
    // more callbacks.
    void detachListener();
    bool isClosed() const;

    // Pull mode: replaces the contents of `out` with up to `max` buffered
    // records (skipping paused partitions); returns how many. Reusing `out`
    // across polls keeps its capacity.
    int poll(std::vector<ConsumedRecord> &out, int max);
    // Commits the given offsets (the next offset to read, Kafka's convention)
    // with this member's id and generation. Every result reaches onCommitted,
    // refusals made without asking included: no groupId (InvalidConfig), not
    // a member yet (RebalanceInProgress).
    void commit(const std::vector<PartitionOffset> &offsets);
    // Commits the current position of every assigned partition.
    void commitPositions();

    void seek(TopicPartition tp, Offset offset);
    void seekToTimestamp(TopicPartition tp, Micros timestamp);
    void seekToBeginning(TopicPartition tp);
    // Reads tp again from the group's committed offset (fetched anew, stable
    // offsets under read_committed): how a transactional application
    // recovers after an abort, whoever owned the partition meanwhile.
    void seekToCommitted(TopicPartition tp);
    // Stops fetching and delivering tp; records buffered for it are dropped
    // and fetched again after resume() (the position does not move).
    void pause(TopicPartition tp);
    void resume(TopicPartition tp);

    std::vector<TopicPartition> assignment() const;
    QStringList subscription() const;
    bool isPaused(TopicPartition tp) const;
    int bufferedRecords() const;                   // fetched, not yet delivered (<= prefetch)
    Offset position(TopicPartition tp) const;      // next offset to deliver; Offset(-1) if unknown
    Offset committed(TopicPartition tp) const;     // last commit this member saw succeed or fetched; -1 if none
    Offset highWatermark(TopicPartition tp) const; // from the last fetch; lag = hw - position
    Epoch leaderEpoch(TopicPartition tp) const;    // newest leader epoch seen for tp; kNoEpoch if none
    std::int32_t generation() const;
    QString memberId() const;
    bool isGroupLeader() const;
    bool isStable() const;                         // group mode: has the assignment of the current generation
    const ConsumerStats &stats() const;

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    ActorId m_self;
    ConsumerConfig m_config;
};

} // namespace bb
