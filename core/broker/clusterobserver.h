#pragma once
// ClusterObserver: how the invariant checker and the event log watch a
// running cluster without being actors. Called synchronously on the event
// loop thread; rare events only, plus high-watermark moves (one call per
// move, not per record).

#include "model/clusterevent.h"

namespace bb {

class ClusterObserver {
public:
    virtual ~ClusterObserver() = default;
    // A node took leadership of tp in leader epoch `epoch`.
    virtual void onBecameLeader(NodeId, std::int64_t /*incarnation*/, TopicPartition, Epoch) {}
    virtual void onHighWatermark(NodeId, std::int64_t /*incarnation*/, TopicPartition, Offset /*from*/, Offset /*to*/) {}
    // A replica removed records from `to` on while its high watermark was `hw`.
    virtual void onTruncated(NodeId, TopicPartition, Offset /*to*/, Offset /*hw*/) {}
    virtual void onEvent(const ClusterEvent &) {}
};

} // namespace bb
