#pragma once
// EventLogModel: the cluster's events in plain sentences with their virtual
// time, oldest first. Appends each snapshot's new events, drops the oldest
// beyond a bound, and starts over when the engine starts a new run.
// Owned by EventLogView; GUI thread.

#include "engine/snapshot.h"

#include <QAbstractTableModel>

#include <deque>

namespace bb {

class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Event, Count };
    static constexpr int kMaxRows = 5000;

    explicit EventLogModel(QObject *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot);
    void clear();
    const ClusterEvent *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<ClusterEvent> m_events;
    std::uint64_t m_run = 0;
};

} // namespace bb
