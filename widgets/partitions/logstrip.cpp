#include <QtGlobal>

#include "partitions/logstrip.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bb {

std::vector<LogStrip> logStripsFrom(const ClusterSnapshot &snapshot)
{
    std::vector<LogStrip> strips;
    strips.reserve(snapshot.partitions.size());
    for (const PartitionSnapshot &p : snapshot.partitions) {
        LogStrip s;
        s.tp = p.tp;
        s.topic = p.topic;
        s.name = p.name();
        s.leader = p.leader;
        s.epoch = p.leaderEpoch;
        s.offline = p.offline;
        s.starting = p.starting();
        s.underReplicated = p.underReplicated;
        s.logStart = p.logStart;
        s.hw = p.hw;
        s.leo = p.leo;
        for (const ReplicaSnapshot &r : p.replicaStates)
            s.replicas.push_back({r.node, r.up, r.inIsr, r.isLeader, r.logStart, r.hw, r.leo});
        for (std::size_t g = 0; g < snapshot.groups.size(); ++g) {
            const GroupSnapshot &group = snapshot.groups[g];
            const GroupPartitionSnapshot *gp = group.partition(p.tp);
            if (gp && gp->committed.value >= 0)
                s.markers.push_back({group.groupId, gp->committed, gp->lag, LogStripMarker::Kind::Group, int(g)});
        }
        strips.push_back(std::move(s));
    }
    return strips;
}

namespace {

// The smallest 1, 2, 2.5 or 5 x 10^n at or above `value` (at least 1).
std::int64_t niceStep(double value)
{
    if (value <= 1)
        return 1;
    double scale = 1;
    while (scale * 10 < value)
        scale *= 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * scale >= value)
            return std::max<std::int64_t>(1, std::llround(m * scale));
    return std::llround(10 * scale);
}

} // namespace

LogScale LogScale::covering(const std::vector<const LogStrip *> &strips)
{
    std::int64_t lo = std::numeric_limits<std::int64_t>::max();
    std::int64_t hi = 0;
    auto see = [&](Offset start, Offset end) {
        if (start.value >= 0)
            lo = std::min(lo, start.value);
        if (end.value >= 0)
            hi = std::max(hi, end.value);
    };
    for (const LogStrip *s : strips) {
        for (const LogStripReplica &r : s->replicas)
            see(r.logStart, r.leo);
        for (const LogStripMarker &m : s->markers)
            see(m.offset, m.offset);
    }
    LogScale scale;
    scale.known = lo <= hi;
    if (!scale.known)
        lo = 0;
    // About four intervals between round ticks.
    scale.step = niceStep(double(std::max<std::int64_t>(hi - lo, 8)) / 4.0);
    scale.start = lo / scale.step * scale.step;
    scale.end = std::max((hi + scale.step - 1) / scale.step * scale.step, scale.start + scale.step);
    return scale;
}

double LogScale::fraction(std::int64_t offset) const
{
    return std::clamp(double(offset - start) / double(end - start), 0.0, 1.0);
}

std::vector<std::int64_t> LogScale::ticks() const
{
    std::vector<std::int64_t> out;
    for (std::int64_t t = start; known && t <= end && out.size() < 64; t += step)
        out.push_back(t);
    return out;
}

} // namespace bb
