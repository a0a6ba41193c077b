#include <QApplication>
#include <QPalette>

#include "models/consumerpartitionmodel.h"

#include "common/format.h"
#include "common/statuscolors.h"

#include <algorithm>

namespace bb {
namespace {

QString offsetText(Offset offset)
{
    return offset.value >= 0 ? formatCount(offset.value) : QStringLiteral("—");
}

} // namespace

ConsumerPartitionModel::ConsumerPartitionModel(QObject *parent)
    : RowSyncTableModel(parent)
{
}

void ConsumerPartitionModel::setPartitions(std::vector<ConsumePartition> partitions)
{
    syncRows(m_rows, std::move(partitions), [](const ConsumePartition &p) { return p.partition; },
             [this](const ConsumePartition &p, int column, int role) { return cell(p, column, role); });
}

void ConsumerPartitionModel::setLiveEnds(std::map<int, Offset> ends)
{
    if (ends == m_liveEnds)
        return;
    m_liveEnds = std::move(ends);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, HighWatermark), index(int(m_rows.size()) - 1, Lag));
}

Offset ConsumerPartitionModel::end(const ConsumePartition &p) const
{
    const auto it = m_liveEnds.find(p.partition);
    return it != m_liveEnds.end() && it->second.value >= 0 ? it->second : p.hw;
}

std::int64_t ConsumerPartitionModel::lag(const ConsumePartition &p) const
{
    const Offset e = end(p);
    return p.position.value >= 0 && e.value >= 0 ? std::max<std::int64_t>(0, e.value - p.position.value) : -1;
}

int ConsumerPartitionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsumerPartitionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ConsumerPartitionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows[std::size_t(index.row())], index.column(), role);
}

QVariant ConsumerPartitionModel::cell(const ConsumePartition &p, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case PartitionColumn: return p.partition;
        case Position: return offsetText(p.position);
        case Committed: return offsetText(p.committed);
        case HighWatermark: return offsetText(end(p));
        case Lag: return lag(p) >= 0 ? formatCount(lag(p)) : QStringLiteral("—");
        case Count: break;
        }
        return {};
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // A committed offset behind the position: a restart would read
        // those records again.
        if (column == Committed && p.committed.value >= 0 && p.position.value > p.committed.value)
            return toneColor(Tone::Warning, QApplication::palette());
        if (column == Lag && lag(p) > 0)
            return toneColor(Tone::Warning, QApplication::palette());
        return {};
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case Position: return tr("The next offset this member will deliver");
        case Committed: return tr("The group's committed offset: where a member starts after a rebalance or restart");
        case HighWatermark: return tr("The partition's high watermark now (its last stable offset when reading committed): where reading ends");
        case Lag: return tr("Records between the position and the high watermark: what this member has not read yet");
        default: return {};
        }
    default: return {};
    }
}

QVariant ConsumerPartitionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PartitionColumn: return tr("Partition");
    case Position: return tr("Position");
    case Committed: return tr("Committed");
    case HighWatermark: return tr("HW");
    case Lag: return tr("Lag");
    case Count: break;
    }
    return {};
}

} // namespace bb
