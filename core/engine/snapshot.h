#pragma once
// ClusterSnapshot: what the GUI sees of a running cluster. Plain immutable
// values, built on the engine thread by SnapshotBuilder and handed to the
// GUI thread as shared_ptr<const ClusterSnapshot>; nothing in it points back
// into the cluster, so a view may keep one as long as it likes.
//
// It includes value headers only, never the cluster: a view compiles
// against this header, not against the engine. engine/snapshotvalues.cpp
// fails the build if that changes.

#include "broker/nodestorage.h"
#include "metrics/timeseries.h"
#include "model/acks.h"
#include "model/clusterevent.h"
#include "model/groupphase.h"
#include "model/ids.h"

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace bb {

// Starting: the process runs and has not registered with the controller
// yet (a fresh cluster, or a restart). Fenced: it had registered, but the
// controller no longer counts it as alive (cut off from the controller).
enum class NodeState { Up, Fenced, Isolated, Crashed, Starting };

struct NodeSnapshot {
    NodeId id;
    NodeState state = NodeState::Up;
    bool registered = false;       // the node's own view: it holds a broker epoch
    bool aliveAtController = false;
    int leaders = 0;               // partitions it leads (controller's view)
    int partitions = 0;            // replicas it hosts (assignment)
    std::int64_t bytes = 0;        // sum of its replicas' log sizes (0 while crashed)
    FlushPolicy flush = FlushPolicy::Never;
    Micros flushInterval = 0;
    StorageKind storage = StorageKind::Memory;
    std::int64_t pendingWrites = 0; // store writes not yet flushed
    std::int64_t incarnation = 0;
    std::int64_t recordsIn = 0;     // appended by this incarnation (leader and follower)
    double recordsInRate = 0;       // per virtual second
    bool cutFromController = false; // a link fault (not isolation) between it and the controller
    std::vector<NodeId> cutFromNodes; // peers it has a cut link with
    bool operator==(const NodeSnapshot &) const = default;
};

struct ReplicaSnapshot {
    NodeId node;
    bool up = false;
    bool inIsr = false;
    bool isLeader = false;     // the controller's leader
    Offset logStart{-1};       // -1 while the node is down
    Offset hw{-1};
    Offset lso{-1};            // last stable offset: below the HW while a transaction is open
    Offset leo{-1};
    std::int64_t bytes = 0;
    bool operator==(const ReplicaSnapshot &) const = default;
};

struct PartitionSnapshot {
    TopicPartition tp;
    QString topic;
    NodeId leader = kNoNode;
    Epoch leaderEpoch{0};
    std::vector<NodeId> replicas; // preferred leader first
    std::vector<NodeId> isr;
    bool offline = false;         // no leader
    bool underReplicated = false; // ISR smaller than the replica set
    // Records lost on damaged storage (the only in-sync replica came back
    // without them): on which node, and which offsets (lostTo -1: unknown).
    NodeId lostOn = kNoNode;
    Offset lostFrom{-1};
    Offset lostTo{-1};
    bool dataLost() const { return lostOn != kNoNode; }
    std::vector<ReplicaSnapshot> replicaStates; // in replica order
    // The leader's offsets (-1 when offline or the leader is down).
    Offset logStart{-1};
    Offset hw{-1};
    Offset lso{-1};
    Offset leo{-1};
    QString name() const { return QStringLiteral("%1-%2").arg(topic).arg(tp.partition.value); }
    // No leader yet because none was ever elected (a cluster starting up),
    // as opposed to offline after its replicas failed.
    bool starting() const { return offline && leaderEpoch.value == 0; }
    bool operator==(const PartitionSnapshot &) const = default;
};

struct TopicSnapshot {
    TopicId id;
    QString name;
    int partitions = 0;
    int replicationFactor = 0;
    int minInsyncReplicas = 0;
    std::int64_t recordsIn = 0; // appended at the leaders since the run began
    double recordsInRate = 0;
    bool operator==(const TopicSnapshot &) const = default;
};

struct ProducerSnapshot {
    QString name;   // for an external producer, its client id
    QString topic;  // for an external producer, every topic it wrote to, comma-separated
    // A Kafka client on the listeners (broker/externalproducers.h): no
    // retries and no latency known, acks of its latest request.
    bool external = false;
    Acks acks = Acks::All;
    std::int64_t sent = 0;
    std::int64_t acked = 0;
    std::int64_t failed = 0;
    std::int64_t retries = 0;
    double ackedRate = 0; // per virtual second
    // Latency since the run began, batch creation to acknowledgement.
    Micros p50 = 0;
    Micros p99 = 0;
    Micros p999 = 0;
    bool operator==(const ProducerSnapshot &) const = default;
};

struct GroupMemberSnapshot {
    QString memberId;
    QString clientId;                        // the client's name ("billing")
    std::vector<TopicPartition> assignment;  // of the current generation
    bool operator==(const GroupMemberSnapshot &) const = default;
};

// Where a group stands on one partition. The lag is measured to the
// leader's high watermark, or to its last stable offset when the group's
// consumers read committed; with nothing committed, from the log start.
struct GroupPartitionSnapshot {
    TopicPartition tp;
    QString topic;
    Offset committed{-1};    // the next offset the group reads; -1: nothing committed
    Offset end{-1};          // HW or LSO; -1 while the partition is offline
    std::int64_t lag = -1;   // -1: not known (offline)
    QString owner;           // member id assigned the partition; empty if none
    QString name() const { return QStringLiteral("%1-%2").arg(topic).arg(tp.partition.value); }
    bool operator==(const GroupPartitionSnapshot &) const = default;
};

struct GroupSnapshot {
    QString groupId;
    GroupPhase state = GroupPhase::Empty;
    std::int32_t generation = 0;
    QString protocol;          // the assignor ("range", "cooperative-sticky")
    QString leaderId;
    bool readCommitted = false;
    std::vector<GroupMemberSnapshot> members;
    std::vector<GroupPartitionSnapshot> partitions; // subscribed or committed, by topic then partition
    // Only Kafka clients on the listeners were ever in it: what they consume
    // (and its latency) is theirs, not seen here.
    bool external = false;
    std::int64_t totalLag = 0; // over the partitions whose lag is known
    std::int64_t maxLag = 0;
    std::int64_t consumed = 0; // records its consumers handed to the application since the run began
    double consumedRate = 0;   // per virtual second
    // End-to-end latency (record timestamp to delivery) since the run began.
    std::int64_t latencyCount = 0;
    Micros p50 = 0;
    Micros p99 = 0;
    const GroupPartitionSnapshot *partition(TopicPartition tp) const;
    bool operator==(const GroupSnapshot &) const = default;
};

struct QueueSnapshot {
    QString name;
    QString topic;
    QString deadLetterTopic;
    bool fifo = false;
    std::int64_t depth = 0;        // available: ready to deliver, read from the log or not yet
    std::int64_t inFlight = 0;     // delivered and locked, not acknowledged yet
    std::int64_t delivered = 0;    // deliveries, first and repeated
    std::int64_t redelivered = 0;
    std::int64_t acknowledged = 0;
    std::int64_t deadLettered = 0; // written to the dead-letter topic
    std::int64_t discarded = 0;    // past the delivery limit with no dead-letter topic
    int consumers = 0;             // members fetching from it lately
    Micros oldestMessageAge = 0;
    bool operator==(const QueueSnapshot &) const = default;
};

// Rings sampled every SnapshotBuilder::kSampleInterval of virtual time.
struct TopicSeries {
    QString topic;
    std::vector<Sample> recordsPerSecond;
};

struct ProducerSeries {
    QString producer;
    std::vector<Sample> p50Ms; // over each sample interval, in milliseconds
    std::vector<Sample> p99Ms;
};

struct GroupSeries {
    QString group;
    std::vector<Sample> lag;              // total over its partitions, records
    std::vector<Sample> p50Ms;            // end-to-end, over each sample interval
    std::vector<Sample> p99Ms;
    std::vector<Sample> recordsPerSecond; // consumed (throughput out)
};

struct QueueSeries {
    QString queue;
    std::vector<Sample> depth;
};

struct SeriesSnapshot {
    std::vector<TopicSeries> topics;
    std::vector<ProducerSeries> producers;
    std::vector<GroupSeries> groups;
    std::vector<QueueSeries> queues;
};

struct ClusterSnapshot {
    Micros time = 0;
    double speed = 1;          // requested factor
    double achievedSpeed = 0;  // what the CPU delivered since the previous snapshot
    bool paused = false;
    bool flatOut = false;
    std::uint64_t traceHash = 0;
    std::uint64_t events = 0;  // loop events processed
    std::uint64_t run = 0;     // bumps on every load or restart: time starts over
    QString scenarioName;
    QString scenarioTitle;
    std::uint64_t seed = 0;
    std::vector<NodeSnapshot> nodes;           // by id
    std::vector<TopicSnapshot> topics;         // by id
    std::vector<PartitionSnapshot> partitions; // by topic, then partition
    std::vector<ProducerSnapshot> producers;   // in creation order
    std::vector<GroupSnapshot> groups;         // by group id
    std::vector<QueueSnapshot> queues;         // by name
    std::vector<ClusterEvent> newEvents;       // since the previous snapshot of this run
    std::int64_t eventCount = 0;               // cluster events since the run began
    SeriesSnapshot series;

    const NodeSnapshot *node(NodeId id) const;
    const PartitionSnapshot *partition(const QString &topic, int partition) const;
    const GroupSnapshot *group(const QString &groupId) const;
    double totalRecordsInRate() const;
};

using SnapshotPtr = std::shared_ptr<const ClusterSnapshot>;

QString nodeStateName(NodeState state);
QString flushPolicyName(FlushPolicy policy, Micros interval);
QString acksName(Acks acks);
QString groupPhaseName(GroupPhase phase);

} // namespace bb

Q_DECLARE_METATYPE(bb::SnapshotPtr)
