#include <QApplication>
#include <QPalette>

#include "models/queuetablemodel.h"

#include "common/format.h"
#include "common/statuscolors.h"

namespace bb {

QueueTableModel::QueueTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void QueueTableModel::setSnapshot(const SnapshotPtr &snapshot)
{
    syncRows(m_rows, snapshot ? snapshot->queues : std::vector<QueueSnapshot>(),
             [](const QueueSnapshot &q) { return q.name; },
             [this](const QueueSnapshot &q, int column, int role) { return cell(q, column, role); });
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows[std::size_t(index.row())], index.column(), role);
}

QVariant QueueTableModel::cell(const QueueSnapshot &q, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Queue: return q.fifo ? tr("%1 (FIFO)").arg(q.name) : q.name;
        case Topic: return q.topic;
        case Depth: return formatCount(q.depth);
        case InFlight: return formatCount(q.inFlight);
        case Consumers: return q.consumers;
        case Delivered: return formatCount(q.delivered);
        case Redelivered: return formatCount(q.redelivered);
        case Acknowledged: return formatCount(q.acknowledged);
        case DeadLettered: return formatCount(q.deadLettered + q.discarded);
        case OldestAge: return q.depth + q.inFlight > 0 ? formatLatency(q.oldestMessageAge) : QStringLiteral("—");
        case Count: break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == DeadLettered && q.deadLettered + q.discarded > 0)
            return toneColor(Tone::Bad, QApplication::palette());
        if (column == Redelivered && q.redelivered > 0)
            return toneColor(Tone::Warning, QApplication::palette());
        if (column == Consumers && q.consumers == 0 && q.depth > 0)
            return toneColor(Tone::Warning, QApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        return int((column >= Depth ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == DeadLettered) {
            if (q.deadLetterTopic.isEmpty())
                return tr("No dead-letter topic: %1 discarded past the delivery limit.").arg(formatRecordCount(q.discarded));
            return tr("%1 written to %2.").arg(formatRecordCount(q.deadLettered), q.deadLetterTopic);
        }
        if (column == Consumers && q.consumers == 0 && q.depth > 0)
            return tr("Messages are waiting and nobody fetches them.");
        break;
    default: break;
    }
    return {};
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section >= Depth ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Depth: return tr("Messages ready to deliver, including those not read from the topic yet.");
        case InFlight: return tr("Delivered and locked until acknowledged or until the visibility timeout runs out.");
        case Consumers: return tr("Members that fetched within the visibility timeout or wait in a long poll now.");
        case Redelivered: return tr("Deliveries after the first: a lock ran out or a consumer released the message.");
        case DeadLettered: return tr("Past the delivery limit or rejected: moved to the dead-letter topic (or discarded without one).");
        case OldestAge: return tr("Age of the oldest message not finished yet.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Queue: return tr("Queue");
    case Topic: return tr("Topic");
    case Depth: return tr("Depth");
    case InFlight: return tr("In flight");
    case Consumers: return tr("Consumers");
    case Delivered: return tr("Delivered");
    case Redelivered: return tr("Redelivered");
    case Acknowledged: return tr("Acknowledged");
    case DeadLettered: return tr("Dead-lettered");
    case OldestAge: return tr("Oldest");
    case Count: break;
    }
    return {};
}

} // namespace bb
