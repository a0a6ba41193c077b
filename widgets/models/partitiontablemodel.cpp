#include <QApplication>
#include <QFont>
#include <QPalette>

#include "models/partitiontablemodel.h"

#include "common/format.h"
#include "common/icons.h"
#include "common/statuscolors.h"

namespace bb {

PartitionTableModel::PartitionTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void PartitionTableModel::setSnapshot(const SnapshotPtr &snapshot)
{
    std::vector<Row> next;
    if (snapshot) {
        next.reserve(snapshot->partitions.size());
        for (const PartitionSnapshot &p : snapshot->partitions) {
            Row row;
            row.partition = p;
            for (const GroupSnapshot &g : snapshot->groups) {
                const GroupPartitionSnapshot *gp = g.partition(p.tp);
                if (!gp)
                    continue;
                ++row.groups;
                if (gp->lag > row.lag) {
                    row.lag = gp->lag;
                    row.group = g.groupId;
                }
            }
            next.push_back(std::move(row));
        }
    }
    syncRows(m_rows, std::move(next), [](const Row &r) { return r.partition.tp; },
             [this](const Row &r, int column, int role) { return cell(r, column, role); });
}

const PartitionSnapshot *PartitionTableModel::partitionAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)].partition : nullptr;
}

int PartitionTableModel::rowOf(const QString &topic, int partition) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].partition.topic == topic && m_rows[i].partition.tp.partition.value == partition)
            return int(i);
    return -1;
}

int PartitionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant PartitionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows[std::size_t(index.row())], index.column(), role);
}

int PartitionTableModel::alignment(int column)
{
    switch (Column(column)) {
    case Leader:
    case Epoch: return int(Qt::AlignCenter);
    case LogStart:
    case HighWatermark:
    case LogEnd:
    case Lag: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

bool PartitionTableModel::leaderDown(const PartitionSnapshot &p)
{
    for (const auto &r : p.replicaStates)
        if (r.isLeader)
            return !r.up;
    return false;
}

QString PartitionTableModel::statusText(const PartitionSnapshot &p)
{
    if (p.starting())
        return tr("Starting");
    if (p.dataLost())
        return tr("Data lost");
    if (p.offline)
        return tr("Offline");
    if (leaderDown(p))
        return tr("Leader down");
    if (p.underReplicated)
        return tr("Under-replicated");
    return tr("In sync");
}

QString PartitionTableModel::replicaDetails(const PartitionSnapshot &p)
{
    QStringList lines;
    lines << tr("<b>%1</b>, leader epoch %2").arg(p.name().toHtmlEscaped()).arg(p.leaderEpoch.value);
    lines << QStringLiteral("<table cellspacing=\"6\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"right\">%3</th>"
                            "<th align=\"right\">%4</th><th align=\"right\">%5</th></tr>")
                 .arg(tr("Replica"), tr("Role"), tr("Log start"), tr("HW"), tr("LEO"));
    for (const auto &r : p.replicaStates) {
        QString role = r.isLeader ? tr("leader") : r.inIsr ? tr("in ISR") : tr("out of sync");
        if (!r.up)
            role = tr("down");
        auto off = [&](Offset o) { return r.up && o.value >= 0 ? formatCount(o.value) : QStringLiteral("—"); };
        lines << QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                     .arg(tr("node %1").arg(r.node.value), role, off(r.logStart), off(r.hw), off(r.leo));
    }
    lines << QStringLiteral("</table>");
    return lines.join(QString());
}

QString PartitionTableModel::dataLostText(const PartitionSnapshot &p)
{
    QString text = p.lostTo.value >= 0
        ? tr("Data lost on damaged storage: node %1, the only in-sync replica, came back without offsets %2 to %3, "
             "and no other in-sync replica held them. Consumers never get those records; the partition serves what is left.")
              .arg(p.lostOn.value).arg(formatCount(p.lostFrom.value), formatCount(p.lostTo.value - 1))
        : tr("Data lost on damaged storage: node %1, the only in-sync replica, came back with an empty log (its database "
             "was set aside), and no other in-sync replica held its records. The partition starts again from what is written next.")
              .arg(p.lostOn.value);
    if (p.offline)
        text += QLatin1Char(' ') + tr("No replica can lead right now: writes and reads fail until one returns.");
    return text;
}

QVariant PartitionTableModel::cell(const Row &row, int column, int role) const
{
    if (column != Lag)
        return partitionCell(row.partition, column, role);
    switch (role) {
    case Qt::DisplayRole:
        return row.lag >= 0 ? formatCount(row.lag) : QStringLiteral("—");
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ToolTipRole:
        if (row.groups == 0)
            return tr("No consumer group reads this partition.");
        if (row.lag < 0)
            return tr("The lag is not known while the partition is offline.");
        return row.groups == 1 ? tr("Group %1 is %2 behind.").arg(row.group, formatRecordCount(row.lag))
                               : tr("%1 groups read this partition; the furthest behind, %2, by %3.")
                                     .arg(row.groups).arg(row.group, formatRecordCount(row.lag));
    default:
        return partitionCell(row.partition, column, role); // the row's tint
    }
}

QVariant PartitionTableModel::partitionCell(const PartitionSnapshot &p, int column, int role) const
{
    auto offset = [](Offset o) { return o.value >= 0 ? QVariant(formatCount(o.value)) : QVariant(QStringLiteral("—")); };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Partition: return p.name();
        case Status: return statusText(p);
        case Leader: return p.offline ? tr("none") : QString::number(p.leader.value);
        case Epoch: return p.leaderEpoch.value;
        case Replicas: return formatNodeList(p.replicas);
        case Isr: return formatNodeList(p.isr);
        case LogStart: return offset(p.logStart);
        case HighWatermark: return offset(p.hw);
        case LogEnd: return offset(p.leo);
        case Lag:
        case Count: break;
        }
        break;
    case Qt::BackgroundRole:
        if (p.starting())
            break;
        if (p.offline || leaderDown(p) || p.dataLost())
            return toneTint(Tone::Bad, QApplication::palette());
        if (p.underReplicated)
            return toneTint(Tone::Warning, QApplication::palette());
        break;
    case Qt::ForegroundRole:
        if (p.starting() && (column == Status || column == Leader))
            return toneColor(Tone::Muted, QApplication::palette());
        if (column == Status || ((p.offline || leaderDown(p)) && column == Leader))
            return toneColor(p.offline || leaderDown(p) || p.dataLost() ? Tone::Bad : p.underReplicated ? Tone::Warning : Tone::Good, QApplication::palette());
        break;
    case Qt::FontRole:
        if (column == Status && !p.starting() && (p.offline || p.underReplicated || leaderDown(p) || p.dataLost())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::DecorationRole:
        if (column == Status && p.dataLost() && !p.starting())
            return styleIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ToolTipRole:
        if (column == Status && p.dataLost() && !p.starting())
            return dataLostText(p);
        if (column == Status) {
            if (p.starting())
                return tr("No leader yet: the controller elects one once the replicas' nodes have registered.");
            if (p.offline)
                return tr("No replica can lead: writes and reads fail until one returns.");
            if (leaderDown(p))
                return tr("The leader's node is down, but the controller has not noticed yet: it waits for the broker's session to time out before electing a new leader.");
            if (p.underReplicated)
                return tr("The ISR (%1) is smaller than the replica set (%2).").arg(formatNodeList(p.isr), formatNodeList(p.replicas));
            return tr("Every replica is in the ISR.");
        }
        return replicaDetails(p);
    default: break;
    }
    return {};
}

QVariant PartitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Isr: return tr("In-sync replicas: the followers caught up with the leader.");
        case LogStart: return tr("The leader's first offset still kept (retention moves it).");
        case HighWatermark: return tr("The leader's high watermark: records below it are committed and readable.");
        case LogEnd: return tr("The leader's log end offset: the next offset it will write.");
        case Lag: return tr("The largest lag of any consumer group on the partition: records below the high watermark it has not committed.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Partition: return tr("Partition");
    case Status: return tr("Status");
    case Leader: return tr("Leader");
    case Epoch: return tr("Epoch");
    case Replicas: return tr("Replicas");
    case Isr: return tr("ISR");
    case LogStart: return tr("Log start");
    case HighWatermark: return tr("High watermark");
    case LogEnd: return tr("Log end");
    case Lag: return tr("Max lag");
    case Count: break;
    }
    return {};
}

} // namespace bb
