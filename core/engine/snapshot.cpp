#include <QCoreApplication>

#include "engine/snapshot.h"

namespace bb {
namespace {
// A class lupdate can see, so it files these strings under bb::SnapshotNames.
struct SnapshotNames {
    Q_DECLARE_TR_FUNCTIONS(bb::SnapshotNames)
};
} // namespace

const NodeSnapshot *ClusterSnapshot::node(NodeId id) const
{
    for (const auto &n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

const PartitionSnapshot *ClusterSnapshot::partition(const QString &topic, int partition) const
{
    for (const auto &p : partitions)
        if (p.topic == topic && p.tp.partition.value == partition)
            return &p;
    return nullptr;
}

const GroupSnapshot *ClusterSnapshot::group(const QString &groupId) const
{
    for (const auto &g : groups)
        if (g.groupId == groupId)
            return &g;
    return nullptr;
}

const GroupPartitionSnapshot *GroupSnapshot::partition(TopicPartition tp) const
{
    for (const auto &p : partitions)
        if (p.tp == tp)
            return &p;
    return nullptr;
}

double ClusterSnapshot::totalRecordsInRate() const
{
    double sum = 0;
    for (const auto &t : topics)
        sum += t.recordsInRate;
    return sum;
}

QString nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::Up: return SnapshotNames::tr("Up");
    case NodeState::Fenced: return SnapshotNames::tr("Fenced");
    case NodeState::Isolated: return SnapshotNames::tr("Isolated");
    case NodeState::Crashed: return SnapshotNames::tr("Crashed");
    case NodeState::Starting: return SnapshotNames::tr("Starting");
    }
    return QString();
}

QString flushPolicyName(FlushPolicy policy, Micros interval)
{
    switch (policy) {
    case FlushPolicy::EveryBatch: return SnapshotNames::tr("every batch");
    case FlushPolicy::Interval:
        return interval % kSecond == 0 ? SnapshotNames::tr("every %1 s").arg(interval / kSecond)
                                       : SnapshotNames::tr("every %1 ms").arg(interval / kMillisecond);
    case FlushPolicy::Never: return SnapshotNames::tr("never (OS)");
    }
    return QString();
}

QString acksName(Acks acks)
{
    switch (acks) {
    case Acks::None: return QStringLiteral("0");
    case Acks::Leader: return QStringLiteral("1");
    case Acks::All: return QStringLiteral("all");
    }
    return QString();
}

QString groupPhaseName(GroupPhase phase)
{
    switch (phase) {
    case GroupPhase::Empty: return SnapshotNames::tr("Empty");
    case GroupPhase::PreparingRebalance: return SnapshotNames::tr("Preparing rebalance");
    case GroupPhase::CompletingRebalance: return SnapshotNames::tr("Completing rebalance");
    case GroupPhase::Stable: return SnapshotNames::tr("Stable");
    }
    return QString();
}

} // namespace bb
