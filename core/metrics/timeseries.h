#pragma once
// TimeSeries: a fixed-capacity ring of (virtual time, value) samples for the
// charts. Appending overwrites the oldest sample once full; no allocation
// after construction. Plain value; copied into snapshots.

#include "model/ids.h"

#include <cstdint>
#include <vector>

namespace bb {

struct Sample {
    Micros time = 0;
    double value = 0;
};

class TimeSeries {
public:
    explicit TimeSeries(int capacity = 600);

    void append(Micros time, double value);
    void clear();
    int size() const { return m_size; }
    int capacity() const { return int(m_ring.size()); }
    // i = 0 is the oldest sample kept.
    Sample at(int i) const;
    Sample last() const;
    std::vector<Sample> toVector() const;

private:
    std::vector<Sample> m_ring;
    int m_head = 0; // index of the oldest sample
    int m_size = 0;
};

// Turns a monotonically growing counter into a per-second rate between two
// samples: rate(prev, now) = (count - prevCount) / elapsed.
class RateMeter {
public:
    // Returns the rate per virtual second since the previous call (0 on the first call).
    double update(Micros now, std::int64_t counter);
    double last() const { return m_lastRate; }

private:
    Micros m_prevTime = -1;
    std::int64_t m_prevCount = 0;
    double m_lastRate = 0;
};

} // namespace bb
