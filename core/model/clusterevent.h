#pragma once
// ClusterEvent: one rare event of a running cluster (a crash, an election,
// a rebalance...), as the observers report it and the event log shows it.
// Plain value.

#include "model/ids.h"

#include <QString>

namespace bb {

enum class ClusterEventKind {
    NodeCrashed,
    NodeRestarted,
    NodeFenced,
    NodeRegistered,
    NetworkFault,
    NetworkHealed,
    LeaderElected,
    UncleanElection,
    PartitionOffline,
    IsrShrunk,
    IsrExpanded,
    Truncated,
    StorageDamaged,     // a node found a damaged batch in its stored log (CRC) and cut the log there
    StorageFault,       // a storage fault injected (a flipped bit, a torn write ahead, a lying fsync)
    DataLost,           // a partition's only in-sync replica lost records to damaged storage
    TopicCreated,
    TopicDeleted,
    ProducerRetry,
    ProducerFailed,
    ClientCrashed,
    QueueDeadLettered,  // a queue moved (or discarded) a message it could not deliver
    QueueRedrive,       // dead-lettered messages moving back to their queue
    ProducerFenced,        // a transactional id taken over, or a transaction timed out
    TransactionCommitted,
    TransactionAborted,
    GroupMemberJoined,
    GroupMemberLeft,
    GroupMemberExpired,    // missed its session timeout or did not rejoin in time
    GroupRebalanceStarted,
    GroupRebalance,        // a new generation with its assignment
    ExternalClient,        // a Kafka client connected, disconnected or sent something the listener refused
};

struct ClusterEvent {
    Micros time = 0;
    ClusterEventKind kind{};
    NodeId node = kNoNode;
    TopicPartition tp{TopicId(-1), PartitionId(-1)};
    QString text; // a plain sentence for the event log
};

} // namespace bb
