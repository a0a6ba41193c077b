#include <QApplication>
#include <QFont>
#include <QPalette>

#include "models/grouptablemodel.h"

#include "common/format.h"
#include "common/statuscolors.h"

namespace bb {
namespace {

Tone phaseTone(GroupPhase phase)
{
    switch (phase) {
    case GroupPhase::Stable: return Tone::Good;
    case GroupPhase::PreparingRebalance:
    case GroupPhase::CompletingRebalance: return Tone::Warning;
    case GroupPhase::Empty: return Tone::Muted;
    }
    return Tone::Muted;
}

bool rightAligned(int column)
{
    return column == GroupTableModel::Generation || column == GroupTableModel::Members || column >= GroupTableModel::Lag;
}

} // namespace

GroupTableModel::GroupTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void GroupTableModel::setSnapshot(const SnapshotPtr &snapshot)
{
    syncRows(m_rows, snapshot ? snapshot->groups : std::vector<GroupSnapshot>(),
             [](const GroupSnapshot &g) { return g.groupId; },
             [this](const GroupSnapshot &g, int column, int role) { return cell(g, column, role); });
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows[std::size_t(index.row())], index.column(), role);
}

QString GroupTableModel::membersToolTip(const GroupSnapshot &g)
{
    if (g.members.empty())
        return tr("No members: the group keeps its committed offsets until a consumer joins again.");
    QStringList lines;
    for (const GroupMemberSnapshot &m : g.members) {
        QStringList parts;
        for (TopicPartition tp : m.assignment)
            if (const GroupPartitionSnapshot *p = g.partition(tp))
                parts << p->name();
        const QString who = m.memberId == g.leaderId ? tr("%1 (leader)").arg(m.memberId) : m.memberId;
        lines << (parts.isEmpty() ? tr("%1: no partitions").arg(who) : tr("%1: %2").arg(who, parts.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString GroupTableModel::lagToolTip(const GroupSnapshot &g)
{
    QStringList lines;
    lines << (g.readCommitted ? tr("Lag to the last stable offset (read_committed):") : tr("Lag to the high watermark:"));
    for (const GroupPartitionSnapshot &p : g.partitions) {
        if (p.lag < 0)
            lines << tr("%1: unknown, the partition is offline").arg(p.name());
        else if (p.committed.value < 0)
            lines << tr("%1: %2 (nothing committed: from the log start)").arg(p.name(), formatCount(p.lag));
        else
            lines << tr("%1: %2 (committed %3)").arg(p.name(), formatCount(p.lag), formatCount(p.committed.value));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant GroupTableModel::cell(const GroupSnapshot &g, int column, int role) const
{
    const bool latency = g.latencyCount > 0;
    if (g.external && column >= Rate) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("—");
        if (role == Qt::ToolTipRole)
            return tr("Not known: the group's members are Kafka clients, and what they consume stays with them.");
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Group: return g.external ? tr("%1 (external)").arg(g.groupId) : g.groupId;
        case State: return groupPhaseName(g.state);
        case Generation: return g.generation;
        case Members: return int(g.members.size());
        case Assignor: return g.protocol.isEmpty() ? QStringLiteral("—") : g.protocol;
        case Lag: return formatCount(g.totalLag);
        case Rate: return formatRate(g.consumedRate);
        case P50: return latency ? formatLatency(g.p50) : QStringLiteral("—");
        case P99: return latency ? formatLatency(g.p99) : QStringLiteral("—");
        case Count: break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == State)
            return toneColor(phaseTone(g.state), QApplication::palette());
        break;
    case Qt::FontRole:
        if (g.external && column == Group) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        return int((rightAligned(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case Group:
            if (g.external)
                return tr("A group of Kafka clients on the Kafka listeners; its lag comes from the offsets they commit.");
            break;
        case Members: return membersToolTip(g);
        case Lag: return lagToolTip(g);
        case State:
            switch (g.state) {
            case GroupPhase::Empty: return tr("No members.");
            case GroupPhase::PreparingRebalance: return tr("Waiting for the members to join the next generation; nobody consumes meanwhile.");
            case GroupPhase::CompletingRebalance: return tr("Waiting for the leader's assignment (SyncGroup).");
            case GroupPhase::Stable: return tr("Every member has its partitions of generation %1.").arg(g.generation);
            }
            break;
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((rightAligned(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Generation: return tr("Bumps on every rebalance; a commit from an older generation is refused.");
        case Lag: return tr("Records below the high watermark (the last stable offset for read_committed) the group has not committed, over its partitions.");
        case Rate: return tr("Records handed to the group's consumers per second.");
        case P50:
        case P99: return tr("End-to-end latency, record timestamp to delivery to the consumer, since the run began.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Group: return tr("Group");
    case State: return tr("State");
    case Generation: return tr("Generation");
    case Members: return tr("Members");
    case Assignor: return tr("Assignor");
    case Lag: return tr("Lag");
    case Rate: return tr("Consumed");
    case P50: return tr("End-to-end p50");
    case P99: return tr("End-to-end p99");
    case Count: break;
    }
    return {};
}

} // namespace bb
