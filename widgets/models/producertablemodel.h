#pragma once
// ProducerTableModel: one row per producer of the latest snapshot: its
// topic and acks setting, records sent, acknowledged and failed, retries,
// the acknowledged rate and the produce latency percentiles since the run
// began. Owned by its view's parent; GUI thread.

#include "models/snapshottablemodel.h"

namespace bb {

class ProducerTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { Producer, Topic, Acks, Sent, Acked, Failed, Retries, Rate, P50, P99, P999, Count };

    explicit ProducerTableModel(QObject *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int index = 0; // creation order: producers are never removed
        ProducerSnapshot producer;
    };
    QVariant cell(const Row &row, int column, int role) const;

    std::vector<Row> m_rows;
};

} // namespace bb
