#include "metrics/timeseries.h"

#include <algorithm>

namespace bb {

// A ring needs at least one slot; a smaller capacity is taken as one.
TimeSeries::TimeSeries(int capacity)
    : m_ring(std::size_t(std::max(capacity, 1)))
{
}

void TimeSeries::append(Micros time, double value)
{
    const int cap = capacity();
    if (m_size < cap) {
        m_ring[std::size_t((m_head + m_size) % cap)] = {time, value};
        ++m_size;
    } else {
        m_ring[std::size_t(m_head)] = {time, value};
        m_head = (m_head + 1) % cap;
    }
}

void TimeSeries::clear()
{
    m_head = 0;
    m_size = 0;
}

// Out of range gives an empty sample: charts ask while series are swapped in
// snapshots, and a blank point is better than a crash there.
Sample TimeSeries::at(int i) const
{
    if (i < 0 || i >= m_size)
        return {};
    return m_ring[std::size_t((m_head + i) % capacity())];
}

Sample TimeSeries::last() const
{
    return at(m_size - 1);
}

std::vector<Sample> TimeSeries::toVector() const
{
    std::vector<Sample> out;
    out.reserve(std::size_t(m_size));
    for (int i = 0; i < m_size; ++i)
        out.push_back(at(i));
    return out;
}

double RateMeter::update(Micros now, std::int64_t counter)
{
    if (m_prevTime < 0 || now < m_prevTime) {
        // First sample, or the clock was reset (a new run): start over.
        m_prevTime = now;
        m_prevCount = counter;
        m_lastRate = 0;
        return m_lastRate;
    }
    if (now == m_prevTime)
        return m_lastRate; // no time has passed; measure over a longer span next call
    // A counter that went down was reset (its owner restarted) and counted
    // up from zero since, as Prometheus' rate() assumes.
    const std::int64_t delta = counter >= m_prevCount ? counter - m_prevCount : counter;
    m_lastRate = double(delta) * double(kSecond) / double(now - m_prevTime);
    m_prevTime = now;
    m_prevCount = counter;
    return m_lastRate;
}

} // namespace bb
