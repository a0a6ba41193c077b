#include "metrics/histogram.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace bb {
namespace {

// Keeps the counters meaningful (if imprecise) instead of wrapping, should a
// very long flat-out run ever fill them.
std::int64_t addSaturating(std::int64_t a, std::int64_t b)
{
    std::int64_t sum;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
    return sum;
}

} // namespace

// Values below 2 * kSub land in a bucket of their own. Above, each power of
// two [2^e, 2^(e+1)) is split into kSub equal buckets picked by the kSubBits
// bits after the leading one, so a bucket spans at most 1/kSub of its values.
int LatencyHistogram::bucketOf(Micros value)
{
    if (value < kSub)
        return value < 0 ? 0 : int(value);
    const int exponent = std::bit_width(std::uint64_t(value)) - 1;
    const int bucket = (exponent - kSubBits + 1) * kSub + int((value >> (exponent - kSubBits)) - kSub);
    return std::min(bucket, kBuckets - 1);
}

// The largest value of the bucket. The last bucket also holds every value
// clamped into it, so it has no upper edge.
Micros LatencyHistogram::bucketUpper(int bucket)
{
    if (bucket < kSub)
        return std::max(bucket, 0);
    if (bucket >= kBuckets - 1)
        return std::numeric_limits<Micros>::max();
    const int shift = bucket / kSub - 1; // exponent - kSubBits
    const Micros lower = Micros(bucket % kSub + kSub) << shift;
    return lower + (Micros(1) << shift) - 1;
}

void LatencyHistogram::record(Micros value)
{
    // A negative latency can only come from a clock mix-up; count it as zero
    // rather than lose it.
    value = std::max<Micros>(value, 0);
    std::uint32_t &slot = m_counts[std::size_t(bucketOf(value))];
    if (slot != std::numeric_limits<std::uint32_t>::max())
        ++slot;
    if (m_count == 0 || value < m_min)
        m_min = value;
    m_max = std::max(m_max, value);
    ++m_count;
    m_sum = addSaturating(m_sum, value);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        const std::uint64_t sum = std::uint64_t(m_counts[i]) + other.m_counts[i];
        m_counts[i] = std::uint32_t(std::min<std::uint64_t>(sum, std::numeric_limits<std::uint32_t>::max()));
    }
    m_min = m_count == 0 ? other.m_min : std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
    m_count = addSaturating(m_count, other.m_count);
    m_sum = addSaturating(m_sum, other.m_sum);
}

LatencyHistogram LatencyHistogram::since(const LatencyHistogram &earlier) const
{
    LatencyHistogram d;
    int first = -1, last = -1;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        // A saturated bucket (or an `earlier` that is not a prefix) cannot go
        // below zero.
        d.m_counts[i] = m_counts[i] > earlier.m_counts[i] ? m_counts[i] - earlier.m_counts[i] : 0;
        if (d.m_counts[i] == 0)
            continue;
        d.m_count += d.m_counts[i];
        if (first < 0)
            first = int(i);
        last = int(i);
    }
    if (d.m_count == 0)
        return d;
    d.m_sum = std::max<std::int64_t>(m_sum - earlier.m_sum, 0);
    d.m_min = std::max(first == 0 ? Micros(0) : bucketUpper(first - 1) + 1, m_min);
    d.m_max = std::min(bucketUpper(last), m_max);
    return d;
}

void LatencyHistogram::reset()
{
    *this = LatencyHistogram();
}

Micros LatencyHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    // The small slack keeps rounding (0.7 * 10 = 7.000000000000001) from
    // moving the rank one value up.
    const double exact = q * double(m_count);
    const auto rank = std::clamp<std::int64_t>(std::int64_t(std::ceil(exact - exact * 1e-12)), 1, m_count);
    std::int64_t seen = 0;
    for (int b = 0; b < kBuckets; ++b) {
        seen += m_counts[std::size_t(b)];
        if (seen >= rank)
            return std::min(bucketUpper(b), m_max);
    }
    return m_max; // only if a bucket saturated
}

} // namespace bb
