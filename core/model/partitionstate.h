#pragma once
// Metadata value types the controller owns and the nodes and clients cache:
// a topic's settings and a partition's leader, replicas and ISR.

#include "model/logconfig.h"
#include "model/ids.h"

#include <QString>

#include <algorithm>
#include <vector>

namespace bb {

struct TopicConfig {
    int partitions = 1;
    int replicationFactor = 1;
    int minInsyncReplicas = 1;
    bool uncleanLeaderElection = false;
    LogConfig log;
};

struct TopicMeta {
    TopicId id;
    QString name;
    TopicConfig config;
};

struct PartitionState {
    TopicPartition tp;
    NodeId leader = kNoNode;
    Epoch leaderEpoch{0};
    std::int32_t partitionEpoch = 0; // bumps on every change (leader or ISR)
    std::vector<NodeId> replicas;    // assignment, preferred leader first
    std::vector<NodeId> isr;
    // Set when the only in-sync replica came back from damaged storage
    // without records: no replica that may lead holds them, they are gone.
    NodeId lostOn = kNoNode;
    Offset lostFrom{-1};
    Offset lostTo{-1}; // -1: not known (the node's whole store was set aside)

    bool dataLost() const { return lostOn != kNoNode; }
    bool inIsr(NodeId n) const { return std::find(isr.begin(), isr.end(), n) != isr.end(); }
    bool isReplica(NodeId n) const { return std::find(replicas.begin(), replicas.end(), n) != replicas.end(); }
};

} // namespace bb
