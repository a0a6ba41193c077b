#pragma once
// MessageTableModel: one page of one partition's records, as the message
// browser shows them: offset, virtual timestamp, key, headers, value, and
// whether the record is committed (below the high watermark), not yet, or
// gone from the leader's log since it was read. A new page replaces the
// rows; log moves (setLogState) only touch the State column of the rows
// whose state changed. Owned by the message browser; GUI thread.

#include "engine/browse.h"

#include <QAbstractTableModel>

namespace bb {

class MessageTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OffsetColumn, Time, Key, State, Headers, Value, Count }; // Value last: it takes the rest
    enum class RecordState { Committed, NotCommitted, Gone };
    static constexpr int kValueChars = 32; // in the table; the tooltip has more

    explicit MessageTableModel(QObject *parent = nullptr);

    void setPage(BrowsePage page);
    void clear();
    // The leader's high watermark and log end now (from a snapshot).
    void setLogState(Offset hw, Offset leo);
    const BrowsePage &page() const { return m_page; }
    const BrowseRecord *recordAt(int row) const;
    int rowOf(Offset offset) const;
    RecordState stateOf(const BrowseRecord &record) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const BrowseRecord &r, int column) const;
    QVariant toolTip(const BrowseRecord &r, int column) const;

    BrowsePage m_page;
    Offset m_hw{-1};
    Offset m_leo{-1};
};

} // namespace bb
