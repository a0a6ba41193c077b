#include <QApplication>
#include <QFont>
#include <QPalette>

#include "models/nodetablemodel.h"

#include "common/format.h"
#include "common/statuscolors.h"

namespace bb {

NodeTableModel::NodeTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void NodeTableModel::setSnapshot(const SnapshotPtr &snapshot)
{
    syncRows(m_rows, snapshot ? snapshot->nodes : std::vector<NodeSnapshot>(),
             [](const NodeSnapshot &n) { return n.id; },
             [this](const NodeSnapshot &n, int column, int role) { return cell(n, column, role); });
}

const NodeSnapshot *NodeTableModel::nodeAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows[std::size_t(index.row())], index.column(), role);
}

QVariant NodeTableModel::cell(const NodeSnapshot &n, int column, int role) const
{
    const bool down = n.state == NodeState::Crashed;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Node: return tr("Node %1").arg(n.id.value);
        case State: return nodeStateName(n.state);
        case Leaders: return n.leaders;
        case Partitions: return n.partitions;
        case Stored: return down ? tr("—") : formatBytes(n.bytes);
        case Flush: return flushPolicyName(n.flush, n.flushInterval);
        case Pending: return formatCount(n.pendingWrites);
        case RateIn: return down ? tr("—") : formatRate(n.recordsInRate);
        case Count: break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == State)
            return toneColor(nodeStateTone(n.state), QApplication::palette());
        if (down && column != Node)
            return toneColor(Tone::Muted, QApplication::palette());
        break;
    case Qt::FontRole:
        if (column == State && n.state != NodeState::Up) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column >= Leaders)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case State:
            switch (n.state) {
            case NodeState::Up: return tr("Running and registered with the controller (incarnation %1).").arg(n.incarnation);
            case NodeState::Fenced: return tr("The process runs, but the controller no longer counts it as alive: it is cut off from the controller.");
            case NodeState::Starting: return tr("The process runs and is registering with the controller; it serves no partition yet.");
            case NodeState::Isolated: return tr("Cut off from the whole network.");
            case NodeState::Crashed: return tr("The process is down; its storage waits for a restart.");
            }
            break;
        case Pending: return tr("Writes in the OS cache that a power loss would drop.");
        case Flush: return n.storage == StorageKind::Sqlite ? tr("Stored in SQLite; fsync %1.").arg(flushPolicyName(n.flush, n.flushInterval))
                                                              : tr("Stored in memory; fsync %1.").arg(flushPolicyName(n.flush, n.flushInterval));
        case RateIn: return tr("Records appended (as leader and as follower), %1 in total by this incarnation.").arg(formatCount(n.recordsIn));
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section >= Leaders ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Node: return tr("Node");
    case State: return tr("State");
    case Leaders: return tr("Leaders");
    case Partitions: return tr("Replicas");
    case Stored: return tr("Stored");
    case Flush: return tr("Flush");
    case Pending: return tr("Unflushed");
    case RateIn: return tr("Records in");
    case Count: break;
    }
    return {};
}

} // namespace bb
