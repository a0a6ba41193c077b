#pragma once
// QueueTableModel: one row per queue of the latest snapshot: its topic,
// depth (ready to deliver), messages in flight (locked by a consumer),
// consumers, deliveries and redeliveries, acknowledgements, dead letters and
// the age of the oldest unfinished message. Owned by its view's parent; GUI
// thread.

#include "models/snapshottablemodel.h"

namespace bb {

class QueueTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { Queue, Topic, Depth, InFlight, Consumers, Delivered, Redelivered, Acknowledged, DeadLettered, OldestAge, Count };

    explicit QueueTableModel(QObject *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const QueueSnapshot &q, int column, int role) const;

    std::vector<QueueSnapshot> m_rows;
};

} // namespace bb
