#pragma once
// The consumer side of a ClusterSnapshot, read from a Cluster without
// changing it: each consumer group as its coordinator sees it (state,
// generation, members and their partitions) with its committed offset and
// lag on every partition it reads, and each queue's depth and counters from
// the queue coordinator. What needs more than one look (rates, latency
// percentiles) is added by the ConsumerTracker. Engine thread.

#include "engine/snapshot.h"

namespace bb {

class Cluster;

std::vector<GroupSnapshot> readGroups(const Cluster &cluster);
std::vector<QueueSnapshot> readQueues(const Cluster &cluster);

} // namespace bb
