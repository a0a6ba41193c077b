#include <QApplication>
#include <QFont>
#include <QPalette>

#include "models/messagetablemodel.h"

#include "common/format.h"
#include "common/statuscolors.h"
#include "messages/recordtext.h"

namespace bb {

MessageTableModel::MessageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MessageTableModel::setPage(BrowsePage page)
{
    beginResetModel();
    m_page = std::move(page);
    m_hw = m_page.hw;
    m_leo = m_page.leo;
    endResetModel();
}

void MessageTableModel::clear()
{
    setPage({});
}

void MessageTableModel::setLogState(Offset hw, Offset leo)
{
    std::vector<RecordState> before;
    before.reserve(m_page.records.size());
    for (const BrowseRecord &r : m_page.records)
        before.push_back(stateOf(r));
    m_hw = hw;
    m_leo = leo;
    int first = -1, last = -1;
    for (std::size_t i = 0; i < m_page.records.size(); ++i)
        if (stateOf(m_page.records[i]) != before[i]) {
            first = first < 0 ? int(i) : first;
            last = int(i);
        }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, State), index(last, State));
}

const BrowseRecord *MessageTableModel::recordAt(int row) const
{
    return row >= 0 && row < int(m_page.records.size()) ? &m_page.records[std::size_t(row)] : nullptr;
}

int MessageTableModel::rowOf(Offset offset) const
{
    auto it = std::lower_bound(m_page.records.begin(), m_page.records.end(), offset,
                               [](const BrowseRecord &r, Offset o) { return r.offset < o; });
    return it != m_page.records.end() && it->offset == offset ? int(it - m_page.records.begin()) : -1;
}

MessageTableModel::RecordState MessageTableModel::stateOf(const BrowseRecord &r) const
{
    // A leader that lost its log (truncation, unclean election) may no
    // longer hold what was read.
    if (m_leo.value >= 0 && r.offset >= m_leo)
        return RecordState::Gone;
    return r.offset < m_hw ? RecordState::Committed : RecordState::NotCommitted;
}

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_page.records.size());
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == OffsetColumn || section == Time ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Time)
        return tr("The record's timestamp, in virtual seconds since the scenario started");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case OffsetColumn: return tr("Offset");
    case Time: return tr("Time (s)");
    case Key: return tr("Key");
    case Value: return tr("Value");
    case Headers: return tr("Headers");
    case State: return tr("State");
    case Count: break;
    }
    return {};
}

QVariant MessageTableModel::display(const BrowseRecord &r, int column) const
{
    switch (Column(column)) {
    case OffsetColumn: return formatCount(r.offset.value);
    case Time: return formatSeconds(r.timestamp);
    case Key: return r.key.isNull() ? tr("null") : recordBytesText(r.key, 40);
    case Value:
        if (r.control)
            return tr("transaction marker");
        return r.value.isNull() ? tr("tombstone") : recordValueText(r.value, r.generatorSequence, kValueChars);
    case Headers: {
        QStringList parts;
        for (const BrowseHeader &h : r.headers)
            parts << QStringLiteral("%1=%2").arg(h.key, recordBytesText(h.value, 20));
        return parts.join(QStringLiteral(", "));
    }
    case State:
        switch (stateOf(r)) {
        case RecordState::Committed: return tr("committed");
        case RecordState::NotCommitted: return tr("not committed");
        case RecordState::Gone: return tr("gone");
        }
        break;
    case Count: break;
    }
    return {};
}

QVariant MessageTableModel::toolTip(const BrowseRecord &r, int column) const
{
    switch (Column(column)) {
    case Key: return r.key.isNull() ? tr("No key: the producer chose the partition") : recordBytesText(r.key, 400);
    case Value:
        return r.value.isNull() ? tr("A tombstone: no value; compaction deletes the key")
                                : recordValueText(r.value, r.generatorSequence, 400);
    case State:
        switch (stateOf(r)) {
        case RecordState::Committed: return tr("Below the high watermark: every in-sync replica has it");
        case RecordState::NotCommitted: return tr("At or above the high watermark: not on every in-sync replica yet");
        case RecordState::Gone: return tr("The leader's log no longer reaches this offset: it was truncated away");
        }
        break;
    default: break;
    }
    return {};
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BrowseRecord &r = m_page.records[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(r, column);
    case Qt::ToolTipRole: return toolTip(r, column);
    case Qt::TextAlignmentRole:
        return int((column == OffsetColumn || column == Time ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const QPalette pal = QApplication::palette();
        if ((column == Key && r.key.isNull()) || (column == Value && (r.value.isNull() || r.control)))
            return toneColor(Tone::Muted, pal);
        if (column == State) {
            const RecordState s = stateOf(r);
            return toneColor(s == RecordState::Committed ? Tone::Good : s == RecordState::Gone ? Tone::Bad : Tone::Warning, pal);
        }
        return {};
    }
    case Qt::FontRole:
        if (column == Key || column == Value) {
            QFont f = QApplication::font();
            f.setItalic((column == Key && r.key.isNull()) || (column == Value && (r.value.isNull() || r.control)));
            return f.italic() ? QVariant(f) : QVariant();
        }
        return {};
    default: return {};
    }
}

} // namespace bb
