#pragma once
// ConsumerPartitionModel: the consume panel's member's assignment, one row
// per partition: its position (next offset to deliver), its committed
// offset, the high watermark of its last fetch and the lag between them.
// Each report from the engine is diffed into narrow changes. Owned by the
// consume panel; GUI thread.

#include "engine/consumetypes.h"
#include "models/rowsynctablemodel.h"

namespace bb {

class ConsumerPartitionModel : public RowSyncTableModel {
    Q_OBJECT
public:
    enum Column { PartitionColumn, Position, Committed, HighWatermark, Lag, Count };

    explicit ConsumerPartitionModel(QObject *parent = nullptr);

    void setPartitions(std::vector<ConsumePartition> partitions);
    const std::vector<ConsumePartition> &partitions() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const ConsumePartition &p, int column, int role) const;

    std::vector<ConsumePartition> m_rows;
};

} // namespace bb
