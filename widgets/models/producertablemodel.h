#pragma once
// ProducerTableModel: one row per producer of the latest snapshot: its
// topic and acks setting, records sent, acknowledged and failed, retries,
// the acknowledged rate and the produce latency percentiles since the run
// began. The built-in producers come first, then the Kafka clients that
// produced through the listeners, marked external, with a dash for what
// is not known of them. Owned by its view's parent; GUI thread.

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
        // (external, creation order): producers are never removed, and
        // external ones stay after the built-in ones, however many come.
        std::pair<bool, int> key;
        ProducerSnapshot producer;
    };
    QVariant cell(const Row &row, int column, int role) const;

    std::vector<Row> m_rows;
};

} // namespace bb
