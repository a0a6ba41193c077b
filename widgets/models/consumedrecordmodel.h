#pragma once
// ConsumedRecordModel: the records the consume panel's consumer delivered,
// newest first: partition, offset, the record's timestamp, its delivery
// latency, key and value. Keeps the most recent kMaxRows; a batch from the
// engine is one insert at the top and at most one removal at the bottom.
// Owned by the consume panel; GUI thread.

#include "engine/consumetypes.h"

#include <QAbstractTableModel>

#include <deque>

namespace bb {

class ConsumedRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PartitionColumn, OffsetColumn, Time, Latency, Key, Value, Count }; // Value last: it takes the rest
    static constexpr int kMaxRows = kConsumeRing;
    static constexpr int kValueChars = 80; // in the table; the tooltip has more

    explicit ConsumedRecordModel(QObject *parent = nullptr);

    // Oldest first, as the agent hands them over.
    void add(std::vector<ConsumedRow> records);
    void clear();
    const ConsumedRow *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ConsumedRow &r, int column) const;

    std::deque<ConsumedRow> m_rows;
};

} // namespace bb
