#include <QApplication>
#include <QPalette>

#include "models/eventlogmodel.h"

#include "common/format.h"
#include "common/statuscolors.h"

namespace bb {

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventLogModel::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    if (snapshot->run != m_run) {
        clear();
        m_run = snapshot->run;
    }
    const auto &fresh = snapshot->newEvents;
    if (fresh.empty())
        return;
    // More new events than the log keeps: only the newest kMaxRows matter.
    const std::size_t take = std::min<std::size_t>(fresh.size(), kMaxRows);
    const std::size_t overflow = m_events.size() + take > std::size_t(kMaxRows) ? m_events.size() + take - kMaxRows : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_events.erase(m_events.begin(), m_events.begin() + std::ptrdiff_t(overflow));
        endRemoveRows();
    }
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(take) - 1);
    m_events.insert(m_events.end(), fresh.end() - std::ptrdiff_t(take), fresh.end());
    endInsertRows();
}

void EventLogModel::clear()
{
    if (m_events.empty())
        return;
    beginResetModel();
    m_events.clear();
    endResetModel();
}

const ClusterEvent *EventLogModel::eventAt(int row) const
{
    return row >= 0 && row < int(m_events.size()) ? &m_events[std::size_t(row)] : nullptr;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterEvent &e = m_events[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Time ? formatSeconds(e.time) : e.text;
    case Qt::ToolTipRole:
        return index.column() == Time ? formatVirtualTime(e.time) : e.text;
    case Qt::DecorationRole:
        if (index.column() == Time)
            return toneDot(eventTone(e.kind), QApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        return int((index.column() == Time ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default: break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Time ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return section == Time ? tr("Time (s)") : tr("Event");
}

} // namespace bb
