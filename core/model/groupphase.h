#pragma once
// Where a consumer group stands in its rebalance protocol, as the group
// coordinator keeps it (Kafka's group states, less Dead). A value on its own
// so a snapshot can carry it without the coordinator.

namespace bb {

enum class GroupPhase { Empty, PreparingRebalance, CompletingRebalance, Stable };

} // namespace bb
