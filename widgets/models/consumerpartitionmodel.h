#pragma once
// ConsumerPartitionModel: the consume panel's member's assignment, one row
// per partition: its position (next offset to deliver), its committed
// offset, the partition's end (its high watermark, or its last stable
// offset when reading committed) and the lag between them. The end comes
// from the latest snapshot, so it moves while the member is not fetching
// (a pull consumer between polls); the last fetch's is shown until a
// snapshot has the partition.
// Each report from the engine is diffed into narrow changes. Owned by the
// consume panel; GUI thread.

#include "engine/consumetypes.h"
#include "models/rowsynctablemodel.h"

#include <map>

namespace bb {

class ConsumerPartitionModel : public RowSyncTableModel {
    Q_OBJECT
public:
    enum Column { PartitionColumn, Position, Committed, HighWatermark, Lag, Count };

    explicit ConsumerPartitionModel(QObject *parent = nullptr);

    void setPartitions(std::vector<ConsumePartition> partitions);
    const std::vector<ConsumePartition> &partitions() const { return m_rows; }
    // The partitions' ends now, by partition number (from a snapshot).
    void setLiveEnds(std::map<int, Offset> ends);
    Offset end(const ConsumePartition &p) const;
    std::int64_t lag(const ConsumePartition &p) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const ConsumePartition &p, int column, int role) const;

    std::vector<ConsumePartition> m_rows;
    std::map<int, Offset> m_liveEnds;
};

} // namespace bb
