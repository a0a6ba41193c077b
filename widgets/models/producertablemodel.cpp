#include <QApplication>
#include <QFont>
#include <QPalette>

#include "models/producertablemodel.h"

#include "common/format.h"
#include "common/statuscolors.h"

namespace bb {

ProducerTableModel::ProducerTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void ProducerTableModel::setSnapshot(const SnapshotPtr &snapshot)
{
    std::vector<Row> next;
    if (snapshot) {
        int builtIn = 0;
        int external = 0;
        for (const ProducerSnapshot &p : snapshot->producers)
            next.push_back({{p.external, p.external ? external++ : builtIn++}, p});
    }
    syncRows(m_rows, std::move(next), [](const Row &r) { return r.key; },
             [this](const Row &r, int column, int role) { return cell(r, column, role); });
}

int ProducerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProducerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ProducerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows[std::size_t(index.row())], index.column(), role);
}

QVariant ProducerTableModel::cell(const Row &row, int column, int role) const
{
    const ProducerSnapshot &p = row.producer;
    const QString unknown = QStringLiteral("—");
    if (p.external && (column == Retries || column >= P50)) {
        if (role == Qt::DisplayRole)
            return unknown;
        if (role == Qt::ToolTipRole)
            return tr("Not known for a Kafka client: only its requests and their answers pass through the listeners.");
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Producer: return p.external ? tr("%1 (external)").arg(p.name) : p.name;
        case Topic: return p.topic;
        case Acks: return acksName(p.acks);
        case Sent: return formatCount(p.sent);
        case Acked: return formatCount(p.acked);
        case Failed: return formatCount(p.failed);
        case Retries: return formatCount(p.retries);
        case Rate: return formatRate(p.ackedRate);
        case P50: return p.acked ? formatLatency(p.p50) : unknown;
        case P99: return p.acked ? formatLatency(p.p99) : unknown;
        case P999: return p.acked ? formatLatency(p.p999) : unknown;
        case Count: break;
        }
        break;
    case Qt::ForegroundRole:
        if ((column == Failed && p.failed > 0) || (column == Retries && p.retries > 0))
            return toneColor(column == Failed ? Tone::Bad : Tone::Warning, QApplication::palette());
        break;
    case Qt::ToolTipRole:
        if (p.external && column == Producer)
            return tr("A Kafka client with client id \"%1\", producing through the Kafka listeners; acks as in its latest request.")
                .arg(p.name);
        break;
    case Qt::FontRole:
        if (p.external && column == Producer) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        return int((column >= Sent ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default: break;
    }
    return {};
}

QVariant ProducerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section >= Sent ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Acks: return tr("0: no answer awaited; 1: the leader's append; all: every in-sync replica.");
        case Retries: return tr("Batches sent again after an error or a timeout: how duplicates appear under at-least-once.");
        case P50:
        case P99:
        case P999: return tr("Batch creation to acknowledgement, since the run began.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Producer: return tr("Producer");
    case Topic: return tr("Topic");
    case Acks: return tr("Acks");
    case Sent: return tr("Sent");
    case Acked: return tr("Acknowledged");
    case Failed: return tr("Failed");
    case Retries: return tr("Retries");
    case Rate: return tr("Ack rate");
    case P50: return tr("p50");
    case P99: return tr("p99");
    case P999: return tr("p99.9");
    case Count: break;
    }
    return {};
}

} // namespace bb
