#pragma once
// GroupTableModel: one row per consumer group of the latest snapshot: its
// state, assignor, generation, members, total lag, records consumed per
// second and end-to-end latency since the run began (a dash for a group of
// Kafka clients only, marked external). Tooltips list the members'
// partitions and the lag per partition. Owned by its view's
// parent; GUI thread.

#include "models/snapshottablemodel.h"

namespace bb {

class GroupTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { Group, State, Assignor, Generation, Members, Lag, Rate, P50, P99, Count };

    explicit GroupTableModel(QObject *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The group id of a row; empty outside the rows.
    QString groupAt(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].groupId : QString(); }

private:
    QVariant cell(const GroupSnapshot &g, int column, int role) const;
    static QString membersToolTip(const GroupSnapshot &g);
    static QString lagToolTip(const GroupSnapshot &g);

    std::vector<GroupSnapshot> m_rows;
};

} // namespace bb
