#pragma once
// LatencyHistogram: log-linear buckets (HdrHistogram's idea, ~1.5% relative
// precision) over microseconds, fixed size, so recording a value is an
// increment and never allocates. p50/p99/p999 read from it.
// Plain value; single-threaded.

#include "model/ids.h"

#include <array>
#include <cstdint>

namespace bb {

class LatencyHistogram {
public:
    static constexpr int kSubBits = 6;                 // 64 sub-buckets per power of two
    static constexpr int kSub = 1 << kSubBits;
    static constexpr int kBuckets = (40 - kSubBits + 1) * kSub; // up to ~2^40 us (~12 days)

    void record(Micros value);
    void merge(const LatencyHistogram &other);
    // The values recorded since `earlier` was copied from this histogram (a
    // window for "p99 over the last second"). Its min and max are
    // bucket-precise, not exact.
    LatencyHistogram since(const LatencyHistogram &earlier) const;
    void reset();

    std::int64_t count() const { return m_count; }
    Micros min() const { return m_count ? m_min : 0; }
    Micros max() const { return m_max; }
    double mean() const { return m_count ? double(m_sum) / double(m_count) : 0.0; }
    // The value at quantile q in [0, 1] (upper edge of its bucket, capped at max()).
    Micros quantile(double q) const;

    static int bucketOf(Micros value);
    static Micros bucketUpper(int bucket);

private:
    std::array<std::uint32_t, kBuckets> m_counts{};
    std::int64_t m_count = 0;
    std::int64_t m_sum = 0;
    Micros m_min = 0;
    Micros m_max = 0;
};

} // namespace bb
