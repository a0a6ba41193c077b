#pragma once
// Produce-path throughput, measured the same way by `brokerbench-cli bench`
// and bench/bb_produce: records of `recordBytes` in batches of 100, pushed
// through the real producer, network, leader and (for RF=3) followers, with
// a memcpy of the same bytes measured in the same run as the ceiling.

#include <cstdint>

namespace bb {

struct ProduceBenchResult {
    int recordBytes = 100;
    double memcpyRecordsPerSecond = 0;
    double rf1RecordsPerSecond = 0;
    double rf3AcksAllRecordsPerSecond = 0;
    std::int64_t rf1Records = 0; // acknowledged; below the requested count if the pipeline stalled
    std::int64_t rf3Records = 0;
};

struct ProduceBenchOptions {
    int recordBytes = 100;
    int batchRecords = 100;
    std::int64_t rf1Records = 4'000'000;
    std::int64_t rf3Records = 2'000'000;
    bool runMemcpy = true;
    bool runRf1 = true;
    bool runRf3 = true;
};

ProduceBenchResult runProduceBench(const ProduceBenchOptions &options);

} // namespace bb
