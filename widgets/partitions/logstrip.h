#pragma once
// LogStrip: what the partition view draws for one partition: the offsets of
// every replica's log (log start, high watermark, log end), the leader, and
// a list of named markers on the same offset axis: consumer groups'
// committed offsets with their lag, the last stable offset, anything else
// that points into the log. Plain values, built from a ClusterSnapshot by
// logStripsFrom(); a new kind of marker needs no change to the view.
//
// LogScale maps offsets to x: one scale per topic, so the partitions of a
// topic compare by length, with a nice round range that grows in steps
// (so bars do not creep as records flow). Any thread.

#include "engine/snapshot.h"

#include <QString>

#include <vector>

namespace bb {

struct LogStripReplica {
    NodeId node;
    bool up = false;
    bool inIsr = false;
    bool leader = false;
    Offset logStart{-1}; // -1 while the node is down
    Offset hw{-1};
    Offset leo{-1};
};

struct LogStripMarker {
    enum class Kind { Group, StableOffset, Other };
    QString name;                // "billing", "LSO"
    Offset offset;
    std::int64_t lag = -1;       // records behind the end it is measured to; -1: not known
    Kind kind = Kind::Group;
    int color = -1;              // seriesColor() index (a group keeps its chart colour); -1: by position
};

struct LogStrip {
    TopicPartition tp;
    QString topic;
    QString name;                // "orders-0"
    NodeId leader = kNoNode;
    Epoch epoch{0};
    bool offline = false;
    bool starting = false;       // offline because no leader was elected yet
    bool underReplicated = false;
    Offset logStart{-1};         // the leader's, -1 when offline
    Offset hw{-1};
    Offset leo{-1};
    std::vector<LogStripReplica> replicas; // preferred leader first
    std::vector<LogStripMarker> markers;
};

// One strip per partition of the snapshot, in its order. Markers: each
// consumer group's committed offset with its lag (coloured by the group's
// place in snapshot.groups, as in the charts); a group that has committed
// nothing on a partition has no marker there.
std::vector<LogStrip> logStripsFrom(const ClusterSnapshot &snapshot);

struct LogScale {
    std::int64_t start = 0;
    std::int64_t end = 10;   // > start
    std::int64_t step = 2;   // between ticks
    bool known = false;      // false: no replica up, no marker: no ticks

    // The range covering every offset of `strips` (replicas and markers),
    // widened to multiples of a 1, 2, 2.5 or 5 x 10^n step.
    static LogScale covering(const std::vector<const LogStrip *> &strips);
    double fraction(std::int64_t offset) const;
    std::vector<std::int64_t> ticks() const; // none unless known
};

} // namespace bb
