#pragma once
// Consumer: reads partitions, alone (assign) or in a consumer group
// (subscribe) coordinated by the GroupCoordinator: join, sync, heartbeat,
// generations; a commit from an older generation is fenced. Pull (the
// application calls poll()) or push (records are handed to the listener as
// they arrive, up to `prefetch` buffered). Offsets are committed
// automatically every autoCommitInterval or by the application. Seek to an
// offset or a timestamp (replay), pause and resume partitions.
// read_committed consumers read up to the last stable offset and skip
// records of aborted transactions.
//
// An Actor on the client's host; the application calls it on the loop thread.

#include "cluster/clusterconfig.h"
#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <QStringList>

#include <deque>
#include <map>
#include <span>

namespace bb {

class Consumer;

enum class OffsetReset { Earliest, Latest };
enum class CommitMode { Auto, Manual };
enum class DeliveryMode { Pull, Push };
enum class Isolation { ReadUncommitted, ReadCommitted };

struct ConsumerConfig {
    QString groupId;                   // empty: standalone, use assign()
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
    std::int64_t recordsConsumed = 0;
    std::int64_t fetches = 0;
    std::int64_t rebalances = 0;        // assignments received
    std::int64_t commits = 0;
    std::int64_t commitsFenced = 0;     // IllegalGeneration / UnknownMemberId / RebalanceInProgress
    std::int64_t abortedSkipped = 0;    // read_committed: records of aborted transactions skipped
};

class Consumer final : public Actor {
public:
    Consumer(ActorId self, EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap,
             ConsumerConfig config, ConsumerListener *listener);
    ~Consumer() override;

    ActorId address() const { return m_self; }
    const ConsumerConfig &config() const { return m_config; }

    void subscribe(const QStringList &topics);
    void assign(const std::vector<TopicPartition> &partitions);
    void start();
    // Leaves the group (a clean shutdown); a crash is simply never calling it.
    void close();

    // Pull mode: moves up to `max` buffered records into `out`; returns how many.
    int poll(std::vector<ConsumedRecord> &out, int max);
    // Commits the given offsets (the next offset to read, Kafka's convention).
    void commit(const std::vector<PartitionOffset> &offsets);
    // Commits the current position of every assigned partition.
    void commitPositions();

    void seek(TopicPartition tp, Offset offset);
    void seekToTimestamp(TopicPartition tp, Micros timestamp);
    void seekToBeginning(TopicPartition tp);
    void pause(TopicPartition tp);
    void resume(TopicPartition tp);

    std::vector<TopicPartition> assignment() const;
    Offset position(TopicPartition tp) const;      // next offset to deliver; Offset(-1) if unknown
    Offset committed(TopicPartition tp) const;     // last commit this member saw succeed; -1 if none
    Offset highWatermark(TopicPartition tp) const; // from the last fetch; lag = hw - position
    std::int32_t generation() const;
    QString memberId() const;
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
