#pragma once
// The broker protocol: every message an actor can send another. Actors meet
// only through these (over a Transport), never by calling each other, so the
// same node code runs on the simulated network and over TCP.
// Plain values; moved, never shared between threads.

#include "model/acks.h"
#include "model/error.h"
#include "model/groupmessages.h"
#include "model/leaderepoch.h"
#include "model/partitionstate.h"
#include "model/queuemessages.h"
#include "model/recordbatch.h"
#include "model/routingmessages.h"
#include "model/transactionmessages.h"

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace bb {

// Client -> partition leader.
struct ProduceRequest {
    std::int64_t correlation = 0;
    TopicPartition tp;
    Acks acks = Acks::All;
    Micros timeout = 0;
    RecordBatch batch;
};

struct ProduceResponse {
    std::int64_t correlation = 0;
    TopicPartition tp;
    Errc error = Errc::None;
    Offset baseOffset;
    Offset logStart;
};

// Follower or consumer -> partition leader. A follower says which epoch its
// log ends in, and the leader answers with a diverging epoch when the two
// logs disagree (KIP-101/KIP-595 truncation), instead of data.
struct FetchRequest {
    std::int64_t correlation = 0;
    TopicPartition tp;
    NodeId replica = kNoNode; // kNoNode for consumers
    std::int64_t brokerEpoch = -1;
    Epoch currentLeaderEpoch = kNoEpoch;
    Offset fetchOffset;
    Epoch lastFetchedEpoch = kNoEpoch;
    std::int64_t maxBytes = 1 << 20;
    Micros maxWait = 0;
    bool readCommitted = false;
};

struct FetchResponse {
    std::int64_t correlation = 0;
    TopicPartition tp;
    Errc error = Errc::None;
    Epoch leaderEpoch = kNoEpoch;
    Offset highWatermark;
    Offset lastStable;
    Offset logStart;
    std::optional<EpochEndOffset> diverging; // set: the logs disagree, truncate first
    std::vector<LogEntry> entries;
    std::vector<AbortedTransaction> aborted; // read_committed fetches: aborted ranges in `entries`
};

// Node <-> controller (the KRaft broker lifecycle, simplified).
// A log a node found damaged when it started: cut at `from`, it had ended
// at `to`.
struct LostRange {
    TopicPartition tp;
    Offset from;
    Offset to;
};

struct BrokerRegistration {
    NodeId node;
    std::int64_t incarnation = 0;
    // What this incarnation lost to damaged storage when it started: logs
    // cut short, or its whole store (set aside, so it knows no partition).
    std::vector<LostRange> damagedLogs;
    bool storeLost = false;
};

struct BrokerHeartbeat {
    NodeId node;
    std::int64_t brokerEpoch = -1;
    std::int64_t metadataVersion = -1;
};

// Sent by the controller on registration, in reply to a heartbeat from a
// node whose metadata is behind (full = true: replace everything), and on
// every change (full = false: a delta). Partition states are self-contained,
// so a node applies each one whose partition epoch is newer than its own.
struct MetadataUpdate {
    std::int64_t version = 0;
    std::int64_t brokerEpoch = -1; // the receiver's current broker epoch (-1: not registered / fenced)
    bool full = false;
    // `topics` lists every topic (always so when full): a topic the node
    // knows and the list lacks was deleted.
    bool allTopics = false;
    std::vector<TopicMeta> topics;
    std::vector<PartitionState> partitions;
    std::vector<NodeId> liveNodes;
};

// Partition leader -> controller: propose a new ISR (KIP-497). The leader
// keeps using the larger of the old and proposed ISR until the controller
// answers, so a cut-off leader can never shrink its ISR on its own.
struct AlterPartition {
    NodeId leader;
    std::int64_t brokerEpoch = -1;
    TopicPartition tp;
    Epoch leaderEpoch;
    std::int32_t partitionEpoch = 0;
    std::vector<NodeId> newIsr;
    // Parallel to newIsr: the broker epoch each member last fetched with
    // (KIP-903), so a fetch from a member's previous incarnation cannot
    // bring the new one, which may have lost its log, into the ISR.
    std::vector<std::int64_t> newIsrBrokerEpochs;
};

struct AlterPartitionResponse {
    TopicPartition tp;
    Errc error = Errc::None;
    PartitionState state;
};

// Client -> any node: where are the leaders?
struct MetadataRequest {
    std::int64_t correlation = 0;
};

struct MetadataResponse {
    std::int64_t correlation = 0;
    std::vector<TopicMeta> topics;
    std::vector<PartitionState> partitions;
    std::vector<NodeId> liveNodes;
};

using Message = std::variant<std::monostate, ProduceRequest, ProduceResponse, FetchRequest, FetchResponse,
                             BrokerRegistration, BrokerHeartbeat, MetadataUpdate, AlterPartition,
                             AlterPartitionResponse, MetadataRequest, MetadataResponse,
                             // consumer groups
                             JoinGroupRequest, JoinGroupResponse, SyncGroupRequest, SyncGroupResponse,
                             HeartbeatRequest, HeartbeatResponse, LeaveGroupRequest, LeaveGroupResponse,
                             OffsetCommitRequest, OffsetCommitResponse, OffsetFetchRequest, OffsetFetchResponse,
                             ListOffsetsRequest, ListOffsetsResponse,
                             // idempotence and transactions
                             InitProducerIdRequest, InitProducerIdResponse, AddPartitionsToTxnRequest,
                             AddOffsetsToTxnRequest, EndTxnRequest, TxnResponse, TxnOffsetCommitRequest,
                             WriteTxnMarkersRequest, WriteTxnMarkersResponse,
                             // queues and routing
                             QueueFetchRequest, QueueFetchResponse, QueueAckRequest, QueueAckResponse,
                             PublishRequest, PublishResponse>;

// A short name per message kind, for traces and the event log.
const char *messageName(const Message &m);

} // namespace bb
