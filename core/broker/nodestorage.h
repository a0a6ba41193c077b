#pragma once
// How a node keeps its log: in memory or in SQLite, and when it flushes
// (Kafka's log.flush.interval.*). Plain values, apart from the node so a
// snapshot or a scenario can name them.

namespace bb {

enum class StorageKind { Memory, Sqlite };
enum class FlushPolicy { EveryBatch, Interval, Never };

} // namespace bb
