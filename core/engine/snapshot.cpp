#include <QCoreApplication>

#include "engine/snapshot.h"

namespace bb {
namespace {
QString tr(const char *s) { return QCoreApplication::translate("bb::ClusterSnapshot", s); }
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
    case NodeState::Up: return tr("Up");
    case NodeState::Fenced: return tr("Fenced");
    case NodeState::Isolated: return tr("Isolated");
    case NodeState::Crashed: return tr("Crashed");
    }
    return QString();
}

QString flushPolicyName(FlushPolicy policy, Micros interval)
{
    switch (policy) {
    case FlushPolicy::EveryBatch: return tr("every batch");
    case FlushPolicy::Interval:
        return interval % kSecond == 0 ? tr("every %1 s").arg(interval / kSecond)
                                       : tr("every %1 ms").arg(interval / kMillisecond);
    case FlushPolicy::Never: return tr("never (OS)");
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
    case GroupPhase::Empty: return tr("Empty");
    case GroupPhase::PreparingRebalance: return tr("Preparing rebalance");
    case GroupPhase::CompletingRebalance: return tr("Completing rebalance");
    case GroupPhase::Stable: return tr("Stable");
    }
    return QString();
}

} // namespace bb
