#pragma once
// Timing and behaviour settings shared by the nodes and the controller of a
// cluster. Defaults are Kafka's ideas scaled down so a fault resolves in a
// few virtual seconds (Kafka's own defaults are tens of seconds).

#include "broker/nodestorage.h"
#include "model/ids.h"

#include <cstdint>

namespace bb {

struct NodeConfig {
    FlushPolicy flush = FlushPolicy::Never; // Kafka's default: rely on replication, let the OS flush
    Micros flushInterval = 1 * kSecond;
    Micros heartbeatInterval = 100 * kMillisecond;
    Micros replicaLagTimeMax = 2 * kSecond;   // replica.lag.time.max.ms
    Micros fetchMaxWait = 200 * kMillisecond; // replica.fetch.wait.max.ms
    Micros fetchTimeout = 1 * kSecond;        // resend a follower fetch that got no answer
    Micros fetchBackoff = 50 * kMillisecond;  // after an error
    Micros alterPartitionRetry = 500 * kMillisecond;
    Micros hwCheckpointInterval = 100 * kMillisecond;
    std::int64_t replicaFetchMaxBytes = 1 << 20;
};

struct ControllerConfig {
    Micros sessionTimeout = 600 * kMillisecond; // broker.session.timeout.ms
    Micros sessionCheckInterval = 50 * kMillisecond;
    Micros leaderRebalanceInterval = 5 * kSecond; // auto.leader.rebalance; 0 turns it off
};

// Fixed addresses on the network.
inline ActorId nodeActor(NodeId n) { return ActorId(n.value); }
inline NodeId nodeOfActor(ActorId a) { return NodeId(a.value); }
inline constexpr ActorId kControllerActor{100};
// Coordinators share the controller's host: like the controller, they are
// modelled as always available (a healthy quorum), a stated simplification.
inline constexpr ActorId kGroupCoordinatorActor{101};
inline constexpr ActorId kTransactionCoordinatorActor{102};
inline constexpr ActorId kQueueCoordinatorActor{103};
inline constexpr ActorId kExchangeRouterActor{104};
// The producers the queue coordinator (dead letters, redrive) and the
// exchange router (routed messages) write with, on the same host.
inline constexpr ActorId kQueueCoordinatorProducerActor{105};
inline constexpr ActorId kExchangeRouterProducerActor{106};
inline constexpr std::int32_t kFirstClientActor = 1000;
inline constexpr std::int32_t kControllerHost = 100;
inline constexpr int kMaxNodes = 9;

} // namespace bb
