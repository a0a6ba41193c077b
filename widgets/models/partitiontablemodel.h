#pragma once
// PartitionTableModel: one row per topic-partition of the latest snapshot:
// leader and leader epoch, replica set and ISR, and the leader's log start,
// high watermark and log end offset (each replica's in the tooltip), and the
// largest lag of any consumer group on it.
// Under-replicated rows get a warning tint, offline rows and rows that lost
// data on damaged storage a red one (with a warning sign and the lost
// offsets in the status tooltip).
// Owned by its view's parent; GUI thread.

#include "models/snapshottablemodel.h"

namespace bb {

class PartitionTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { Partition, Status, Leader, Epoch, Replicas, Isr, LogStart, HighWatermark, LogEnd, Lag, Count };

    explicit PartitionTableModel(QObject *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot) override;
    const PartitionSnapshot *partitionAt(int row) const;
    int rowOf(const QString &topic, int partition) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        PartitionSnapshot partition;
        std::int64_t lag = -1; // the largest of any group's; -1: no group reads it
        QString group;         // the group with that lag
        int groups = 0;        // groups reading it
    };
    QVariant cell(const Row &row, int column, int role) const;
    QVariant partitionCell(const PartitionSnapshot &p, int column, int role) const;
    static int alignment(int column);
    // The controller's leader is crashed and the controller has not noticed yet.
    static bool leaderDown(const PartitionSnapshot &p);
    static QString statusText(const PartitionSnapshot &p);
    static QString replicaDetails(const PartitionSnapshot &p);
    static QString dataLostText(const PartitionSnapshot &p);

    std::vector<Row> m_rows;
};

} // namespace bb
