#pragma once
// Per-topic log settings (Kafka's segment.bytes, retention.ms, retention.bytes,
// cleanup.policy=compact, delete.retention.ms). Plain value.

#include "model/ids.h"

#include <cstdint>

namespace bb {

struct LogConfig {
    std::int64_t segmentBytes = 1 << 20;
    Micros retentionTime = -1;        // < 0: keep forever
    std::int64_t retentionBytes = -1; // < 0: no size limit
    bool compact = false;
    Micros deleteRetention = 10 * kSecond; // how long a tombstone survives compaction
};

} // namespace bb
