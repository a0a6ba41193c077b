#pragma once
// NodeTableModel: one row per broker node of the latest snapshot: state,
// leaderships, hosted replicas, bytes stored, flush policy, unflushed writes
// and the rate of records appended. Diffs each snapshot against the last.
// Owned by its view's parent; GUI thread.

#include "models/snapshottablemodel.h"

namespace bb {

class NodeTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { Node, State, Flush, Leaders, Partitions, Stored, Pending, RateIn, Count };

    explicit NodeTableModel(QObject *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot) override;
    const NodeSnapshot *nodeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const NodeSnapshot &node, int column, int role) const;

    std::vector<NodeSnapshot> m_rows;
};

} // namespace bb
