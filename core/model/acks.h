#pragma once
// How many replicas must hold a record before the leader acknowledges it
// (Kafka's acks: 0, 1, all). A value on its own so a snapshot or a scenario
// can name it without the wire messages.

#include <cstdint>

namespace bb {

enum class Acks : std::int8_t { None = 0, Leader = 1, All = -1 };

} // namespace bb
