#include <QApplication>
#include <QPalette>

#include "models/publishlogmodel.h"

#include "common/format.h"
#include "common/statuscolors.h"

/*
    TRANSLATOR bb::PublishLogModel

    A refused send shows the engine's error sentence (core), which stays in
    English.
*/

namespace bb {

PublishLogModel::PublishLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString PublishLogModel::describe(const SendResult &r)
{
    if (r.error)
        return r.error.message;
    const QString where = QStringLiteral("%1-%2").arg(r.topic).arg(r.partition);
    if (r.offset.value < 0)
        return tr("%1: sent (acks=0: no offset)").arg(where);
    return tr("%1 at offset %2").arg(where, formatCount(r.offset.value));
}

void PublishLogModel::add(const SendResult &result)
{
    // acks=0: nothing answers, so there is no latency to show.
    const bool timed = !result.error && result.offset.value >= 0;
    push({result.at, describe(result), timed ? result.latency : -1, result.error ? Row::Error : Row::Ok});
}

void PublishLogModel::addNote(const QString &text, Micros time)
{
    push({time, text, -1, Row::Note});
}

void PublishLogModel::addTransaction(const TransactionResult &r)
{
    if (r.error) {
        addError(tr("Transaction of %1 not committed: %2").arg(formatRecordCount(r.records), r.error.message), r.at);
        return;
    }
    if (r.committed)
        push({r.at, tr("Transaction committed: %1").arg(formatRecordCount(r.records)), -1, Row::Ok});
    else
        addNote(tr("Transaction aborted: %1").arg(formatRecordCount(r.records)), r.at);
}

void PublishLogModel::addError(const QString &text, Micros time)
{
    push({time, text, -1, Row::Error});
}

void PublishLogModel::push(Row row)
{
    beginInsertRows({}, 0, 0);
    m_rows.push_front(std::move(row));
    endInsertRows();
    if (int(m_rows.size()) > kMaxRows) {
        beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
        m_rows.resize(kMaxRows);
        endRemoveRows();
    }
}

void PublishLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString PublishLogModel::resultText(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].text : QString();
}

bool PublishLogModel::isError(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[std::size_t(row)].kind == Row::Error;
}

int PublishLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PublishLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant PublishLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time: return formatSeconds(r.time);
        case Result: return r.text;
        case Latency: return r.latency >= 0 ? formatLatency(r.latency) : QString();
        case Count: break;
        }
        return {};
    case Qt::ToolTipRole: return index.column() == Result ? r.text : QVariant();
    case Qt::TextAlignmentRole:
        return int((index.column() == Result ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (r.kind == Row::Error && index.column() == Result)
            return toneColor(Tone::Bad, QApplication::palette());
        if (r.kind == Row::Note)
            return toneColor(Tone::Muted, QApplication::palette());
        return {};
    default: return {};
    }
}

QVariant PublishLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Result ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time: return tr("Time (s)");
    case Result: return tr("Answer");
    case Latency: return tr("Took");
    case Count: break;
    }
    return {};
}

} // namespace bb
