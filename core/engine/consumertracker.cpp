#include <QtGlobal>

#include "engine/consumertracker.h"

#include "engine/consumersnapshots.h"
#include "cluster/cluster.h"

#include <algorithm>

namespace bb {

void ConsumerTracker::reset()
{
    m_consumers.clear();
    m_groups.clear();
    m_queueDepth.clear();
}

ConsumerTracker::GroupTrack &ConsumerTracker::group(const QString &id)
{
    return m_groups.try_emplace(id, m_capacity).first->second;
}

void ConsumerTracker::sample(const Cluster &cluster, Micros now)
{
    // Latency over this interval, per group: what each consumer recorded
    // since the previous sample.
    std::map<QString, LatencyHistogram> windows;
    // Consumers removed since the last sample: their counts stay in their
    // groups' totals, their tracks go.
    std::erase_if(m_consumers, [&](const auto &entry) {
        const auto &consumers = cluster.consumers();
        return std::none_of(consumers.begin(), consumers.end(), [&](const Consumer *c) { return c->address() == entry.first; });
    });
    for (const Consumer *c : cluster.consumers()) {
        const QString &groupId = c->config().groupId;
        if (groupId.isEmpty())
            continue; // standalone: no group to count it in
        ConsumerTrack &t = m_consumers[c->address()];
        t.group = groupId;
        const ConsumerStats &stats = c->stats();
        GroupTrack &g = group(groupId);
        g.builtIn = true;
        g.consumed += stats.recordsConsumed - t.consumed;
        t.consumed = stats.recordsConsumed;
        const LatencyHistogram window = stats.endToEnd.since(t.previous);
        t.previous = stats.endToEnd;
        if (window.count() > 0) {
            g.latency.merge(window);
            windows[groupId].merge(window);
        }
    }
    for (const GroupSnapshot &s : readGroups(cluster))
        group(s.groupId).lag.append(now, double(s.totalLag));
    for (auto &[id, g] : m_groups) {
        g.rate.append(now, g.meter.update(now, g.consumed));
        // Nothing delivered in the interval: a gap rather than a claim of 0 ms.
        auto w = windows.find(id);
        if (w == windows.end())
            continue;
        g.p50.append(now, double(w->second.quantile(0.50)) / kMillisecond);
        g.p99.append(now, double(w->second.quantile(0.99)) / kMillisecond);
    }
    for (const QueueSnapshot &q : readQueues(cluster))
        m_queueDepth.try_emplace(q.name, m_capacity).first->second.append(now, double(q.depth));
}

void ConsumerTracker::complete(std::vector<GroupSnapshot> &groups) const
{
    for (GroupSnapshot &s : groups) {
        auto it = m_groups.find(s.groupId);
        if (it == m_groups.end())
            continue;
        const GroupTrack &g = it->second;
        s.external = !g.builtIn;
        s.consumed = g.consumed;
        s.consumedRate = g.meter.last();
        s.latencyCount = g.latency.count();
        s.p50 = g.latency.quantile(0.50);
        s.p99 = g.latency.quantile(0.99);
    }
}

void ConsumerTracker::fillSeries(SeriesSnapshot &series) const
{
    for (const auto &[id, g] : m_groups)
        series.groups.push_back({id, g.lag.toVector(), g.p50.toVector(), g.p99.toVector(), g.rate.toVector()});
    for (const auto &[name, depth] : m_queueDepth)
        series.queues.push_back({name, depth.toVector()});
}

} // namespace bb
