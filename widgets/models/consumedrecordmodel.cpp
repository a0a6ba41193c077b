#include <QApplication>
#include <QFont>
#include <QPalette>

#include "models/consumedrecordmodel.h"

#include "common/format.h"
#include "common/statuscolors.h"
#include "messages/recordtext.h"

namespace bb {

ConsumedRecordModel::ConsumedRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConsumedRecordModel::add(std::vector<ConsumedRow> records)
{
    if (records.empty())
        return;
    // Only the newest kMaxRows can be shown.
    const std::size_t from = records.size() > std::size_t(kMaxRows) ? records.size() - std::size_t(kMaxRows) : 0;
    const int n = int(records.size() - from);
    beginInsertRows({}, 0, n - 1);
    for (std::size_t i = from; i < records.size(); ++i)
        m_rows.push_front(std::move(records[i]));
    endInsertRows();
    if (int(m_rows.size()) > kMaxRows) {
        beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
        m_rows.resize(kMaxRows);
        endRemoveRows();
    }
}

void ConsumedRecordModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const ConsumedRow *ConsumedRecordModel::recordAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int ConsumedRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsumedRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ConsumedRecordModel::display(const ConsumedRow &r, int column) const
{
    switch (Column(column)) {
    case PartitionColumn: return r.partition;
    case OffsetColumn: return formatCount(r.offset.value);
    case Time: return formatSeconds(r.timestamp);
    case Latency: return formatLatency(r.latency);
    case Key: return r.key.isNull() ? tr("null") : recordBytesText(r.key, 40);
    case Value: return r.value.isNull() ? tr("tombstone") : recordValueText(r.value, r.generatorSequence, kValueChars);
    case Count: break;
    }
    return {};
}

QVariant ConsumedRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsumedRow &r = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const bool missing = (column == Key && r.key.isNull()) || (column == Value && r.value.isNull());
    switch (role) {
    case Qt::DisplayRole: return display(r, column);
    case Qt::ToolTipRole:
        if (column == Key)
            return r.key.isNull() ? tr("No key: the producer chose the partition") : recordBytesText(r.key, 400);
        if (column == Value)
            return r.value.isNull() ? tr("A tombstone: no value") : recordValueText(r.value, r.generatorSequence, 400);
        if (column == Latency)
            return tr("From the record's timestamp to its delivery to this consumer (virtual time)");
        return {};
    case Qt::TextAlignmentRole:
        return int((column == Key || column == Value ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ForegroundRole: return missing ? QVariant(toneColor(Tone::Muted, QApplication::palette())) : QVariant();
    case Qt::FontRole: {
        if (!missing)
            return {};
        QFont f = QApplication::font();
        f.setItalic(true);
        return f;
    }
    default: return {};
    }
}

QVariant ConsumedRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Key || section == Value ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PartitionColumn: return tr("Partition");
    case OffsetColumn: return tr("Offset");
    case Time: return tr("Timestamp (s)");
    case Latency: return tr("Latency");
    case Key: return tr("Key");
    case Value: return tr("Value");
    case Count: break;
    }
    return {};
}

} // namespace bb
