#pragma once
// Replica: one node's copy of one partition: its log, its view of the
// partition state, and the leader-side bookkeeping (followers' fetch
// positions, produce requests waiting for the high watermark, parked
// fetches) or the follower-side fetch loop. Owned by its Node.

#include "broker/producerstate.h"
#include "log/partitionlog.h"
#include "model/messages.h"
#include "model/partitionstate.h"

#include <deque>
#include <optional>
#include <vector>

namespace bb {

struct FollowerState {
    NodeId id;
    Offset leo{-1};                // unknown until the follower fetches
    Micros lastCaughtUpTime = 0;
    Micros lastFetchTime = 0;
    Offset lastFetchLeaderLeo{-1};
    std::int64_t brokerEpoch = -1; // of the incarnation that sent the last fetch
};

struct WaitingProduce {
    ActorId client;
    std::int64_t correlation = 0;
    Offset base;
    Offset required; // the high watermark that commits the batch
    Micros deadline = 0;
    bool marker = false; // a transaction marker: answered with WriteTxnMarkersResponse
};

struct ParkedFetch {
    ActorId from;
    FetchRequest request;
    Micros deadline = 0;
};

struct ReplicaStats {
    std::int64_t recordsIn = 0;
    std::int64_t bytesIn = 0;
    std::int64_t batchesIn = 0;
};

struct Replica {
    explicit Replica(TopicPartition t, const LogConfig &config) : tp(t), log(config) {}

    TopicPartition tp;
    TopicConfig config;
    PartitionLog log;
    PartitionState state;      // as last applied from the controller
    bool hasState = false;
    bool isLeader = false;
    Offset hw;
    Offset checkpointedHw{-1};
    Epoch persistedEpoch = kNoEpoch;
    // Idempotent and transactional producers: deduplication, open
    // transactions, aborted index. Kept on followers too, for failover.
    ProducerState producers;

    // Last stable offset: read_committed readers see records up to here,
    // never past the first offset of a transaction still open (Kafka's LSO).
    Offset lastStableOffset() const { return producers.firstUnstableOffset(hw) < hw ? producers.firstUnstableOffset(hw) : hw; }

    // Leader side.
    std::vector<FollowerState> followers;
    Offset leaderEpochStart;
    std::optional<std::vector<NodeId>> pendingIsr;
    Micros pendingIsrSince = 0;
    std::deque<WaitingProduce> waiting;
    std::vector<ParkedFetch> parked;

    // Follower side.
    NodeId fetchingFrom = kNoNode;
    bool fetchInFlight = false;
    std::int64_t fetchCorrelation = 0;
    Micros fetchSentAt = 0;
    Micros fetchRetryAt = -1;

    ReplicaStats stats;
};

} // namespace bb
